using System.Threading.Tasks;
using EtProtocolGen.CodeFixes;
using Xunit;
using Verifier = EtProtocolGen.Analyzers.Tests.Infrastructure.Verify<EtProtocolGen.Analyzers.UnserializedCorrelationAnalyzer>;

namespace EtProtocolGen.Analyzers.Tests
{
    public class UnserializedCorrelationAnalyzerTests
    {
        [Fact]
        public Task A_request_whose_RpcId_has_no_Field_is_reported_on_the_property() =>
            Verifier.DiagnosticsAsync(
                """
                using EtProtocolGen;

                [Message(1), AllowAnonymous, ResponseType(typeof(G2C_Login))]
                public partial class C2G_Login : IRequest
                {
                    public int RpcId { get; set; }
                    [Field(1), MaxLength(32)] public string Account { get; set; } = "";
                }

                [Message(2), AllowAnonymous]
                public partial class G2C_Login : IResponse
                {
                    [Field(1)] public int RpcId { get; set; }
                    [Field(2)] public int Error { get; set; }
                    [Field(3), MaxLength(64)] public string Message { get; set; } = "";
                }
                """,
                Verifier.Diagnostic(DiagnosticDescriptors.UnserializedCorrelation).WithSpan(6, 16, 6, 21)
                    .WithArguments("RpcId", "IRequest.RpcId", "request", "C2G_Login", "it has no [Field], so its response can never be matched to it"));

        [Fact]
        public Task A_response_whose_RpcId_or_Error_has_no_Field_is_reported_for_each() =>
            Verifier.DiagnosticsAsync("""
                using EtProtocolGen;

                [Message(2), AllowAnonymous]
                public partial class G2C_Login : IResponse
                {
                    public int {|ETP0009:RpcId|} { get; set; }
                    public int {|ETP0009:Error|} { get; set; }
                    public string Message { get; set; } = "";
                }
                """);

        [Fact]
        public Task An_RpcId_inherited_from_a_base_class_is_reported_on_the_message() =>
            Verifier.DiagnosticsAsync(
                """
                using EtProtocolGen;

                public abstract class RequestBase : IRequest
                {
                    public int RpcId { get; set; }
                }

                [Message(1), AllowAnonymous, ResponseType(typeof(C2G_Ping))]
                public partial class C2G_Ping : RequestBase
                {
                }
                """,
                Verifier.Diagnostic(DiagnosticDescriptors.UnserializedCorrelation).WithSpan(9, 22, 9, 30)
                    .WithArguments("RpcId", "IRequest.RpcId", "request", "C2G_Ping", "it is declared in 'RequestBase', and a message serializes only the [Field] members it declares itself; declare 'RpcId' with [Field] in 'C2G_Ping'"));

        [Fact]
        public Task An_explicit_implementation_is_reported_with_its_interface_name() =>
            Verifier.DiagnosticsAsync(
                """
                using EtProtocolGen;

                [Message(1), AllowAnonymous, ResponseType(typeof(C2G_Ping))]
                public partial class C2G_Ping : IRequest
                {
                    int IRequest.RpcId { get; set; }
                }
                """,
                Verifier.Diagnostic(DiagnosticDescriptors.UnserializedCorrelation).WithSpan(6, 18, 6, 23)
                    .WithArguments("IRequest.RpcId", "IRequest.RpcId", "request", "C2G_Ping", "an explicit interface implementation cannot be a [Field]; declare a public property 'RpcId' with [Field]"));

        [Fact]
        public Task Serialized_correlation_members_and_plain_messages_are_not_reported() =>
            Verifier.DiagnosticsAsync("""
                using EtProtocolGen;

                [Message(1), AllowAnonymous, ResponseType(typeof(G2C_Ping))]
                public partial class C2G_Ping : IRequest
                {
                    [Field(1)] public int RpcId { get; set; }
                }

                [Message(2), AllowAnonymous]
                public partial class G2C_Ping : IResponse
                {
                    [Field(1)] public int RpcId { get; set; }
                    [Field(2)] public int Error { get; set; }
                    public string Message { get; set; } = "";
                }

                [Message(3), AllowAnonymous]
                public partial class C2M_Move : IMessage
                {
                    public int RpcId { get; set; }
                }
                """);

        [Fact]
        public Task The_fix_adds_Field_with_the_number_after_the_highest_on_the_line_as_the_other_members_have_it() =>
            Verifier.FixAsync<AddFieldCodeFix>(
                """
                using EtProtocolGen;

                [Message(2), AllowAnonymous]
                public partial class G2C_Login : IResponse
                {
                    public int {|ETP0009:RpcId|} { get; set; }

                    [Field(3), MaxLength(64)] public string Message { get; set; } = "";

                    /// <summary>0 on success.</summary>
                    public int {|ETP0009:Error|} { get; set; }

                    [Field(1)] public long PlayerId { get; set; }
                }
                """,
                """
                using EtProtocolGen;

                [Message(2), AllowAnonymous]
                public partial class G2C_Login : IResponse
                {
                    [Field(4)] public int RpcId { get; set; }

                    [Field(3), MaxLength(64)] public string Message { get; set; } = "";

                    /// <summary>0 on success.</summary>
                    [Field(5)] public int Error { get; set; }

                    [Field(1)] public long PlayerId { get; set; }
                }
                """,
                AddFieldCodeFix.EquivalenceKey);
    }
}
