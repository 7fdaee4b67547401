using System.Threading.Tasks;
using EtProtocolGen.Analyzers.Tests.Infrastructure;
using Xunit;

namespace EtProtocolGen.Analyzers.Tests
{
    /// <summary>ETP0203 and ETP0204: [Reserved] numbers and names and [assembly: ReservedOpcodes] stay unused, with or without a manifest.</summary>
    public class ReservedAnalyzerTests
    {
        [Fact]
        public Task A_field_under_a_reserved_number_is_an_error() =>
            Verify<ReservedAnalyzer>.DiagnosticsAsync("""
                using EtProtocolGen;

                [Message(1), Authorize, Reserved(3, 4)]
                public partial class C2M_Move : IMessage
                {
                    [Field(1)] public int X { get; set; }
                    [Field({|ETP0203:4|})] public int Y { get; set; }
                }
                """);

        [Fact]
        public Task A_field_with_a_reserved_name_is_an_error_in_any_of_several_attributes() =>
            Verify<ReservedAnalyzer>.DiagnosticsAsync("""
                using EtProtocolGen;

                [Message(1), Authorize, Reserved(3), Reserved(Names = "Old, Speed")]
                public partial class C2M_Move : IMessage
                {
                    [Field(1)] public int X { get; set; }
                    [Field(2)] public int {|ETP0203:Speed|} { get; set; }
                }
                """);

        [Fact]
        public Task Fields_outside_the_reservations_are_fine() =>
            Verify<ReservedAnalyzer>.DiagnosticsAsync("""
                using EtProtocolGen;

                [Message(1), Authorize, Reserved(3, 4, Names = "Old")]
                public partial class C2M_Move : IMessage
                {
                    [Field(1)] public int X { get; set; }
                    [Field(5)] public int Oldest { get; set; }
                }
                """);

        [Fact]
        public Task A_message_under_a_reserved_opcode_is_an_error() =>
            Verify<ReservedAnalyzer>.DiagnosticsAsync("""
                using EtProtocolGen;

                [assembly: ReservedOpcodes(10007, 10008)]

                [Message({|ETP0204:10008|}), Authorize]
                public partial class C2M_Move : IMessage { }

                [Message(10009), Authorize]
                public partial class C2M_Stop : IMessage { }
                """);
    }
}
