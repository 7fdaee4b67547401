using System.Threading.Tasks;
using EtProtocolGen.CodeFixes;
using Xunit;
using Verifier = EtProtocolGen.Analyzers.Tests.Infrastructure.Verify<EtProtocolGen.Analyzers.UnsupportedMessageShapeAnalyzer>;

namespace EtProtocolGen.Analyzers.Tests
{
    public class UnsupportedMessageShapeAnalyzerTests
    {
        [Fact]
        public Task A_generic_message_is_reported_with_the_reason() =>
            Verifier.DiagnosticsAsync(
                """
                using EtProtocolGen;

                [Message(1), Authorize]
                public partial class C2M_Wrapper<T> : IMessage
                {
                    [Field(1)] public int Value { get; set; }
                }
                """,
                Verifier.Diagnostic(DiagnosticDescriptors.UnsupportedMessageShape).WithSpan(4, 22, 4, 33)
                    .WithArguments("C2M_Wrapper", "is generic; an opcode names exactly one wire shape, so declare one message per type argument"));

        [Fact]
        public Task A_message_nested_in_a_generic_type_is_reported_and_names_that_type() =>
            Verifier.DiagnosticsAsync(
                """
                using EtProtocolGen;

                public partial class Protocol<T>
                {
                    [Message(1), Authorize]
                    public partial class C2M_Ping : IMessage { }
                }
                """,
                Verifier.Diagnostic(DiagnosticDescriptors.UnsupportedMessageShape).WithSpan(6, 26, 6, 34)
                    .WithArguments("C2M_Ping", "is nested in the generic type 'Protocol'; the registry cannot name it without type arguments"));

        [Fact]
        public Task A_message_without_an_opcode_that_implements_IMessage_is_reported_and_a_plain_value_is_not() =>
            Verifier.DiagnosticsAsync("""
                using EtProtocolGen;

                [Message]
                public partial class {|ETP0006:C2M_NoOpcode|} : IMessage { }

                [Message]
                public partial class {|ETP0006:M2C_NoOpcodeResponse|} : IResponse
                {
                    [Field(1)] public int RpcId { get; set; }
                    [Field(2)] public int Error { get; set; }
                    [Field(3)] public string Message { get; set; } = "";
                }

                [Message]
                public partial class UnitInfo
                {
                    [Field(1)] public long UnitId { get; set; }
                }
                """);

        [Fact]
        public Task Static_abstract_and_ref_struct_messages_are_reported() =>
            Verifier.DiagnosticsAsync("""
                using EtProtocolGen;

                [Message(1), Authorize]
                public static partial class {|ETP0006:C2M_Static|} { }

                [Message(2), Authorize]
                public abstract partial class {|ETP0006:C2M_Abstract|} : IMessage { }

                [Message(3), Authorize]
                public ref partial struct {|ETP0006:C2M_Span|} { }
                """);

        [Fact]
        public Task A_message_deriving_from_another_message_is_reported_and_names_the_base() =>
            Verifier.DiagnosticsAsync(
                """
                using EtProtocolGen;

                [Message(1), Authorize]
                public partial class C2M_Move : IMessage
                {
                    [Field(1)] public int X { get; set; }
                }

                [Message(2), Authorize]
                public partial class C2M_Jump : C2M_Move
                {
                    [Field(2)] public int Height { get; set; }
                }
                """,
                Verifier.Diagnostic(DiagnosticDescriptors.UnsupportedMessageShape).WithSpan(10, 22, 10, 30)
                    .WithArguments("C2M_Jump", "derives from message 'C2M_Move'; the protobuf wire format has no inheritance, so declare the shared fields in each message"));

        [Fact]
        public Task Classes_and_positional_records_without_a_parameterless_constructor_are_reported() =>
            Verifier.DiagnosticsAsync("""
                using EtProtocolGen;

                [Message(1), Authorize]
                public partial class {|ETP0006:C2M_Move|} : IMessage
                {
                    public C2M_Move(int x) { X = x; }

                    [Field(1)] public int X { get; set; }
                }

                [Message(2), Authorize]
                public partial record {|ETP0006:C2M_Say|}(string Text) : IMessage;
                """);

        [Fact]
        public Task A_file_local_message_or_one_nested_in_a_file_local_type_is_reported() =>
            Verifier.DiagnosticsAsync(
                """
                using EtProtocolGen;

                [Message(1), Authorize]
                file partial class C2M_Local : IMessage { }

                file partial class Holder
                {
                    [Message(2), Authorize]
                    public partial class {|ETP0006:C2M_Inside|} : IMessage { }
                }
                """,
                Verifier.Diagnostic(DiagnosticDescriptors.UnsupportedMessageShape).WithSpan(4, 20, 4, 29)
                    .WithArguments("C2M_Local", "is file-local ('C2M_Local' is declared 'file'); the generated part lives in another file, where it would declare another type"));

        [Fact]
        public Task A_required_member_of_the_message_or_its_base_is_reported_unless_the_constructor_sets_required_members() =>
            Verifier.DiagnosticsAsync(
                """
                using System.Diagnostics.CodeAnalysis;
                using EtProtocolGen;

                [Message(1), Authorize]
                public partial class C2M_Named : IMessage
                {
                    [Field(1)] public required string Name { get; set; }
                }

                public class Named { public required string Name { get; set; } }

                [Message(2), Authorize]
                public partial class {|ETP0006:C2M_Derived|} : Named, IMessage { }

                [Message(3), Authorize]
                public partial class C2M_Set : IMessage
                {
                    [SetsRequiredMembers] public C2M_Set() { Name = ""; }
                    [Field(1)] public required string Name { get; set; }
                }
                """,
                Verifier.Diagnostic(DiagnosticDescriptors.UnsupportedMessageShape).WithSpan(5, 22, 5, 31)
                    .WithArguments("C2M_Named", "has the required member 'Name'; the decoder creates the message with new T() and sets only the fields it reads, so remove 'required' or mark the parameterless constructor [SetsRequiredMembers]"));

        [Fact]
        public Task A_private_or_protected_message_or_one_nested_in_such_a_type_is_reported() =>
            Verifier.DiagnosticsAsync(
                """
                using EtProtocolGen;

                public partial class Holder
                {
                    [Message(1), Authorize]
                    private partial class C2M_Hidden : IMessage { }

                    [Message(2), Authorize]
                    protected partial class {|ETP0006:C2M_Protected|} : IMessage { }

                    [Message(3), Authorize]
                    internal partial class C2M_Internal : IMessage { }

                    private partial class Inner
                    {
                        [Message(4), Authorize]
                        public partial class {|ETP0006:C2M_Deep|} : IMessage { }
                    }
                }
                """,
                Verifier.Diagnostic(DiagnosticDescriptors.UnsupportedMessageShape).WithSpan(6, 27, 6, 37)
                    .WithArguments("C2M_Hidden", "is out of reach of generated code ('C2M_Hidden' is private); the generated registry and dispatchers must name it, so make it internal or public"));

        [Fact]
        public Task Supported_shapes_are_not_reported() =>
            Verifier.DiagnosticsAsync("""
                using EtProtocolGen;

                public abstract class MessageObject { }

                public partial class Protocol
                {
                    [Message(1), Authorize]
                    public sealed partial class C2M_Ping : MessageObject, IMessage { }

                    [Message(2), Authorize]
                    public partial struct M2C_Pos : IMessage
                    {
                        public M2C_Pos(int x) { X = x; }

                        [Field(1)] public int X { get; set; }
                    }

                    [Message(3), Authorize]
                    public partial record C2M_Say : IMessage { }

                    [Message(4), Authorize]
                    public partial record struct M2C_Hit(int Damage) : IMessage;

                    [Message(5), Authorize]
                    public partial class C2M_Private : IMessage
                    {
                        private C2M_Private() { }

                        public C2M_Private(int x) { X = x; }

                        [Field(1)] public int X { get; set; }
                    }
                }

                public static class NotAMessage { }
                """);

        [Fact]
        public Task The_fix_adds_a_public_parameterless_constructor_before_the_first_constructor() =>
            Verifier.FixAsync<AddParameterlessConstructorCodeFix>(
                """
                using EtProtocolGen;

                [Message(1), Authorize]
                public partial class {|ETP0006:C2M_Move|} : IMessage
                {
                    [Field(1)] public int X { get; set; }

                    public C2M_Move(int x) { X = x; }
                }

                [Message(2), Authorize]
                public partial class {|ETP0006:C2M_Stop|} : IMessage
                {
                    private C2M_Stop(bool now) { }
                }
                """,
                """
                using EtProtocolGen;

                [Message(1), Authorize]
                public partial class C2M_Move : IMessage
                {
                    [Field(1)] public int X { get; set; }

                    public C2M_Move()
                    {
                    }

                    public C2M_Move(int x) { X = x; }
                }

                [Message(2), Authorize]
                public partial class C2M_Stop : IMessage
                {
                    public C2M_Stop()
                    {
                    }

                    private C2M_Stop(bool now) { }
                }
                """,
                AddParameterlessConstructorCodeFix.EquivalenceKey);

        [Fact]
        public Task The_fix_is_not_offered_for_a_positional_record_or_another_shape() =>
            Verifier.FixAsync<AddParameterlessConstructorCodeFix>(
                """
                using EtProtocolGen;

                [Message(1), Authorize]
                public partial record {|ETP0006:C2M_Say|}(string Text) : IMessage;

                [Message(2), Authorize]
                public abstract partial class {|ETP0006:C2M_Abstract|} : IMessage
                {
                    protected C2M_Abstract(int x) { }
                }
                """,
                """
                using EtProtocolGen;

                [Message(1), Authorize]
                public partial record {|ETP0006:C2M_Say|}(string Text) : IMessage;

                [Message(2), Authorize]
                public abstract partial class {|ETP0006:C2M_Abstract|} : IMessage
                {
                    protected C2M_Abstract(int x) { }
                }
                """);
    }
}
