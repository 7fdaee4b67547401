using System.Threading.Tasks;
using Xunit;
using Verifier = EtProtocolGen.Analyzers.Tests.Infrastructure.Verify<EtProtocolGen.Analyzers.DuplicateOpcodeAnalyzer>;

namespace EtProtocolGen.Analyzers.Tests
{
    public class DuplicateOpcodeAnalyzerTests
    {
        [Fact]
        public Task Every_message_that_shares_an_opcode_is_reported_at_its_opcode_argument() =>
            Verifier.DiagnosticsAsync(
                """
                using EtProtocolGen;

                [Message({|ETP0002:7|})]
                public partial class C2M_Ping : IMessage { }

                [Message({|ETP0002:7|}, Scope = MessageScope.Inner)]
                public partial class M2M_Ping : IMessage { }

                [Message(8)]
                public partial class C2M_Other : IMessage { }
                """);

        [Fact]
        public Task Duplicates_across_files_and_through_constants_are_found_and_named() =>
            Verifier.DiagnosticsAsync(
                """
                using EtProtocolGen;

                public static class Opcodes
                {
                    public const ushort Ping = 100;
                }

                [Message(Opcodes.Ping)]
                public partial class C2M_Ping : IMessage { }

                [Message(opcode: 100)]
                public partial struct M2C_Pong : IMessage { }
                """,
                Verifier.Diagnostic(DiagnosticDescriptors.DuplicateOpcode).WithSpan(8, 10, 8, 22).WithArguments(100, "C2M_Ping", "'M2C_Pong'"),
                Verifier.Diagnostic(DiagnosticDescriptors.DuplicateOpcode).WithSpan(11, 10, 11, 21).WithArguments(100, "M2C_Pong", "'C2M_Ping'"));

        [Fact]
        public Task Distinct_opcodes_are_not_reported() =>
            Verifier.DiagnosticsAsync(
                """
                using EtProtocolGen;

                [Message(1)]
                public partial class A : IMessage { }
                """,
                """
                using EtProtocolGen;

                [Message(2)]
                public partial class B : IMessage { }

                public class C { }
                """);
    }
}
