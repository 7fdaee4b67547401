using System.Threading.Tasks;
using Xunit;
using Verifier = EtProtocolGen.Analyzers.Tests.Infrastructure.Verify<EtProtocolGen.Analyzers.FieldOutsideMessageAnalyzer>;

namespace EtProtocolGen.Analyzers.Tests
{
    public class FieldOutsideMessageAnalyzerTests
    {
        [Fact]
        public Task A_field_on_a_base_class_that_is_not_a_message_is_reported_with_the_advice() =>
            Verifier.DiagnosticsAsync(
                """
                using EtProtocolGen;

                public abstract class MessageObject
                {
                    [Field(1)] public int RpcId { get; set; }
                }

                [Message(1), AllowAnonymous]
                public partial class C2M_Move : MessageObject, IMessage
                {
                    [Field(2)] public int X { get; set; }
                }
                """,
                Verifier.Diagnostic(DiagnosticDescriptors.FieldOutsideMessage).WithSpan(5, 27, 5, 32)
                    .WithArguments("RpcId", "MessageObject", ", or mark 'MessageObject' [Message] if it is a message of its own"));

        [Fact]
        public Task Fields_on_interfaces_structs_and_plain_classes_are_reported() =>
            Verifier.DiagnosticsAsync("""
                using EtProtocolGen;

                public interface IHasId
                {
                    [Field(1)] int {|ETP0008:Id|} { get; set; }
                }

                public struct Vector
                {
                    [Field(1)] public float {|ETP0008:X|};
                    [Field(2)] public float {|ETP0008:Y|};
                }

                public class ForgotTheAttribute
                {
                    [Field(1)] public string {|ETP0008:Name|} { get; set; } = "";
                    public int NotAField { get; set; }
                }
                """);

        [Fact]
        public Task Fields_of_messages_are_not_reported_whatever_their_shape() =>
            Verifier.DiagnosticsAsync("""
                using EtProtocolGen;

                [Message(1), AllowAnonymous]
                public partial class C2M_Move : IMessage
                {
                    [Field(1)] public int X { get; set; }
                }

                [Message(2), AllowAnonymous]
                public partial struct C2M_Point : IMessage
                {
                    [Field(1)] public int X;
                }

                [Message(3), AllowAnonymous]
                public partial class C2M_Wrapper<T> : IMessage
                {
                    [Field(1)] public int Y { get; set; }
                }
                """);
    }
}
