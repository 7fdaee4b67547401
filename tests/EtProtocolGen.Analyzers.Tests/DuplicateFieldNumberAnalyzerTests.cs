using System.Threading.Tasks;
using Xunit;
using Verifier = EtProtocolGen.Analyzers.Tests.Infrastructure.Verify<EtProtocolGen.Analyzers.DuplicateFieldNumberAnalyzer>;

namespace EtProtocolGen.Analyzers.Tests
{
    public class DuplicateFieldNumberAnalyzerTests
    {
        [Fact]
        public Task Both_fields_that_share_a_number_are_reported_at_the_number() =>
            Verifier.DiagnosticsAsync("""
                using EtProtocolGen;

                [Message(1)]
                public partial class C2M_Move : IMessage
                {
                    [Field({|ETP0003:1|})] public int X { get; set; }
                    [Field({|ETP0003:1|})] public int Y;
                    [Field(2)] public int Z { get; set; }
                }
                """);

        [Fact]
        public Task The_message_names_both_fields() =>
            Verifier.DiagnosticsAsync(
                """
                using EtProtocolGen;

                [Message(1)]
                public partial class C2M_Move : IMessage
                {
                    [Field(3)] public int X { get; set; }
                    [Field(3)] public int Y { get; set; }
                }
                """,
                Verifier.Diagnostic(DiagnosticDescriptors.DuplicateFieldNumber).WithSpan(6, 12, 6, 13).WithArguments(3, "C2M_Move", "X", "Y"),
                Verifier.Diagnostic(DiagnosticDescriptors.DuplicateFieldNumber).WithSpan(7, 12, 7, 13).WithArguments(3, "C2M_Move", "Y", "X"));

        [Fact]
        public Task The_same_number_in_different_messages_is_fine() =>
            Verifier.DiagnosticsAsync("""
                using EtProtocolGen;

                [Message(1)]
                public partial class A : IMessage { [Field(1)] public int X { get; set; } }

                [Message(2)]
                public partial class B : IMessage { [Field(1)] public int X { get; set; } }

                public class NotAMessage
                {
                    [Field(1)] public int X { get; set; }
                    [Field(1)] public int Y { get; set; }
                }
                """);
    }
}
