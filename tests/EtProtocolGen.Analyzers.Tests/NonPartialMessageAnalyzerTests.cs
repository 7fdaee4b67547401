using System.Threading.Tasks;
using EtProtocolGen.CodeFixes;
using Xunit;
using Verifier = EtProtocolGen.Analyzers.Tests.Infrastructure.Verify<EtProtocolGen.Analyzers.NonPartialMessageAnalyzer>;

namespace EtProtocolGen.Analyzers.Tests
{
    public class NonPartialMessageAnalyzerTests
    {
        [Fact]
        public Task A_message_class_that_is_not_partial_is_reported() =>
            Verifier.DiagnosticsAsync("""
                using EtProtocolGen;

                [Message(1)]
                public class {|ETP0001:C2M_Ping|} : IMessage
                {
                }
                """);

        [Fact]
        public Task A_message_nested_in_a_type_that_is_not_partial_is_reported_and_names_that_type() =>
            Verifier.DiagnosticsAsync(
                """
                using EtProtocolGen;

                public static class Protocol
                {
                    [Message(1)]
                    public partial class C2M_Ping : IMessage
                    {
                    }
                }
                """,
                Verifier.Diagnostic(DiagnosticDescriptors.NonPartialMessage).WithSpan(6, 26, 6, 34).WithArguments("Protocol", "C2M_Ping"));

        [Fact]
        public Task Partial_classes_structs_and_records_and_types_without_Message_are_not_reported() =>
            Verifier.DiagnosticsAsync("""
                using EtProtocolGen;

                public partial class Protocol
                {
                    [Message(1)]
                    public partial class C2M_Ping : IMessage { }

                    [Message(2)]
                    public partial struct M2C_Pos : IMessage { }

                    [Message(3)]
                    public partial record C2M_Say : IMessage { }
                }

                public class PlainClass { }
                """);

        [Fact]
        public Task The_fix_makes_the_message_and_every_containing_type_partial_keeping_modifiers_in_order() =>
            Verifier.FixAsync<MakeMessagePartialCodeFix>(
                """
                using EtProtocolGen;

                public static class Protocol
                {
                    internal class Nested
                    {
                        [Message(1)]
                        public sealed class {|ETP0001:C2M_Ping|} : IMessage { }

                        [Message(2)]
                        public readonly struct {|ETP0001:M2C_Pos|} : IMessage { }
                    }
                }

                [Message(3)]
                record {|ETP0001:C2M_Say|} : IMessage;
                """,
                """
                using EtProtocolGen;

                public static partial class Protocol
                {
                    internal partial class Nested
                    {
                        [Message(1)]
                        public sealed partial class C2M_Ping : IMessage { }

                        [Message(2)]
                        public readonly partial struct M2C_Pos : IMessage { }
                    }
                }

                [Message(3)]
                partial record C2M_Say : IMessage;
                """);

        [Fact]
        public Task Fix_all_makes_messages_in_every_file_partial() =>
            Verifier.FixAsync<MakeMessagePartialCodeFix>(
                new[]
                {
                    """
                    using EtProtocolGen;

                    [Message(1)]
                    public class {|ETP0001:C2M_Ping|} : IMessage { }
                    """,
                    """
                    using EtProtocolGen;

                    [Message(2)]
                    public class {|ETP0001:C2M_Pong|} : IMessage { }

                    [Message(3)]
                    class {|ETP0001:C2M_Hello|} : IMessage { }
                    """,
                },
                new[]
                {
                    """
                    using EtProtocolGen;

                    [Message(1)]
                    public partial class C2M_Ping : IMessage { }
                    """,
                    """
                    using EtProtocolGen;

                    [Message(2)]
                    public partial class C2M_Pong : IMessage { }

                    [Message(3)]
                    partial class C2M_Hello : IMessage { }
                    """,
                },
                MakeMessagePartialCodeFix.EquivalenceKey);
    }
}
