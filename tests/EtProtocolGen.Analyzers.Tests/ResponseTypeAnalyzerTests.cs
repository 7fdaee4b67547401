using System.Threading.Tasks;
using EtProtocolGen.Analyzers.Tests.Infrastructure;
using EtProtocolGen.CodeFixes;
using Xunit;
using Verifier = EtProtocolGen.Analyzers.Tests.Infrastructure.Verify<EtProtocolGen.Analyzers.ResponseTypeAnalyzer>;

namespace EtProtocolGen.Analyzers.Tests
{
    public class ResponseTypeAnalyzerTests
    {
        private const string Responses = """
            using EtProtocolGen;

            [Message(2)]
            public partial class G2C_Login : IResponse
            {
                [Field(1)] public int RpcId { get; set; }
                [Field(2)] public int Error { get; set; }
                [Field(3)] public string Message { get; set; } = "";
            }

            [Message(3)]
            public partial class G2C_Other : IResponse
            {
                [Field(1)] public int RpcId { get; set; }
                [Field(2)] public int Error { get; set; }
                [Field(3)] public string Message { get; set; } = "";
            }
            """;

        [Fact]
        public Task A_request_without_ResponseType_is_reported() =>
            Verifier.DiagnosticsAsync(
                """
                using EtProtocolGen;

                [Message(1)]
                public partial class {|ETP0005:C2G_Login|} : IRequest
                {
                    [Field(1)] public int RpcId { get; set; }
                }
                """,
                Responses);

        [Fact]
        public Task Requests_with_ResponseType_and_messages_that_are_not_requests_are_not_reported() =>
            Verifier.DiagnosticsAsync(
                """
                using EtProtocolGen;

                [Message(1), ResponseType(typeof(G2C_Login))]
                public partial class C2G_Login : IRequest
                {
                    [Field(1)] public int RpcId { get; set; }
                }

                [Message(4)]
                public partial class C2M_Ping : IMessage { }
                """,
                Responses);

        [Fact]
        public Task A_request_declared_as_the_response_is_reported_at_the_argument() =>
            Verifier.DiagnosticsAsync(
                new[]
                {
                    """
                    using EtProtocolGen;

                    [Message(1), ResponseType(typeof(C2G_Other))]
                    public partial class C2G_Login : IRequest
                    {
                        [Field(1)] public int RpcId { get; set; }
                    }

                    [Message(4), ResponseType(typeof(G2C_Other))]
                    public partial class C2G_Other : IRequest
                    {
                        [Field(1)] public int RpcId { get; set; }
                    }
                    """,
                    Responses,
                },
                Verifier.Diagnostic(DiagnosticDescriptors.ResponseType).WithSpan(3, 27, 3, 44)
                    .WithArguments("C2G_Login", "declares [ResponseType(typeof(C2G_Other))], but 'C2G_Other' is a request; name the response message the handler answers with"));

        [Fact]
        public Task A_response_type_that_is_not_a_response_message_is_reported() =>
            Verifier.DiagnosticsAsync(
                """
                using EtProtocolGen;

                public class PlainResult : IResponse
                {
                    public int RpcId { get; set; }
                    public int Error { get; set; }
                    public string Message { get; set; } = "";
                }

                [Message(1), ResponseType({|ETP0005:typeof(PlainResult)|})]
                public partial class C2G_Login : IRequest
                {
                    [Field(1)] public int RpcId { get; set; }
                }

                [Message(2), ResponseType({|ETP0005:typeof(string)|})]
                public partial class C2G_Name : IRequest
                {
                    [Field(1)] public int RpcId { get; set; }
                }

                [Message(3), ResponseType(typeof({|CS0246:Missing|}))]
                public partial class C2G_Typing : IRequest
                {
                    [Field(1)] public int RpcId { get; set; }
                }
                """);

        [Fact]
        public Task A_handler_that_answers_with_another_type_than_the_declared_response_is_reported() =>
            Verifier.DiagnosticsAsync(
                """
                using System.Threading;
                using System.Threading.Tasks;
                using EtProtocolGen;

                [Message(1), ResponseType(typeof(G2C_Login))]
                public partial class C2G_Login : IRequest
                {
                    [Field(1)] public int RpcId { get; set; }
                }

                public sealed class {|#0:LoginHandler|} : IRequestHandler<Session, C2G_Login, G2C_Other>
                {
                    public ValueTask<G2C_Other> HandleAsync(Session session, C2G_Login request, CancellationToken cancellationToken) =>
                        new ValueTask<G2C_Other>(new G2C_Other());
                }

                public sealed class GoodHandler : IRequestHandler<ServerSession, C2G_Login, G2C_Login>
                {
                    public ValueTask<G2C_Login> HandleAsync(ServerSession session, C2G_Login request, CancellationToken cancellationToken) =>
                        new ValueTask<G2C_Login>(new G2C_Login());
                }
                """ + "\n" + Responses.Replace("using EtProtocolGen;", string.Empty) + "\n" + Snippets.Session.Replace("using EtProtocolGen;", string.Empty),
                Verifier.Diagnostic(DiagnosticDescriptors.ResponseType).WithLocation(0).WithArguments(
                    "C2G_Login", "declares [ResponseType(typeof(G2C_Login))], but handler 'LoginHandler' answers it with 'G2C_Other'"));

        [Fact]
        public Task The_fix_declares_the_response_type_the_handler_returns() =>
            Verifier.FixAsync<AddResponseTypeCodeFix>(
                new[]
                {
                    """
                    using EtProtocolGen;

                    [Message(1)]
                    public partial class {|ETP0005:C2G_Login|} : IRequest
                    {
                        [Field(1)] public int RpcId { get; set; }
                    }
                    """,
                    """
                    using System.Threading;
                    using System.Threading.Tasks;
                    using EtProtocolGen;

                    public sealed class LoginHandler : IRequestHandler<Session, C2G_Login, G2C_Other>
                    {
                        public ValueTask<G2C_Other> HandleAsync(Session session, C2G_Login request, CancellationToken cancellationToken) =>
                            new ValueTask<G2C_Other>(new G2C_Other());
                    }
                    """,
                    Responses,
                    Snippets.Session,
                },
                new[]
                {
                    """
                    using EtProtocolGen;

                    [Message(1)]
                    [ResponseType(typeof(G2C_Other))]
                    public partial class C2G_Login : IRequest
                    {
                        [Field(1)] public int RpcId { get; set; }
                    }
                    """,
                    """
                    using System.Threading;
                    using System.Threading.Tasks;
                    using EtProtocolGen;

                    public sealed class LoginHandler : IRequestHandler<Session, C2G_Login, G2C_Other>
                    {
                        public ValueTask<G2C_Other> HandleAsync(Session session, C2G_Login request, CancellationToken cancellationToken) =>
                            new ValueTask<G2C_Other>(new G2C_Other());
                    }
                    """,
                    Responses,
                    Snippets.Session,
                },
                AddResponseTypeCodeFix.EquivalenceKey);

        [Fact]
        public Task Fix_all_declares_each_request_its_own_handler_response() =>
            Verifier.FixAsync<AddResponseTypeCodeFix>(
                new[]
                {
                    """
                    using System.Threading;
                    using System.Threading.Tasks;
                    using EtProtocolGen;

                    [Message(1)]
                    public partial class {|ETP0005:C2G_Login|} : IRequest { [Field(1)] public int RpcId { get; set; } }

                    [Message(4)]
                    public partial class {|ETP0005:C2G_Enter|} : IRequest { [Field(1)] public int RpcId { get; set; } }

                    public sealed class Handlers : IRequestHandler<Session, C2G_Login, G2C_Login>, IRequestHandler<Session, C2G_Enter, G2C_Other>
                    {
                        public ValueTask<G2C_Login> HandleAsync(Session session, C2G_Login request, CancellationToken cancellationToken) => default;
                        public ValueTask<G2C_Other> HandleAsync(Session session, C2G_Enter request, CancellationToken cancellationToken) => default;
                    }
                    """,
                    Responses,
                    Snippets.Session,
                },
                new[]
                {
                    """
                    using System.Threading;
                    using System.Threading.Tasks;
                    using EtProtocolGen;

                    [Message(1)]
                    [ResponseType(typeof(G2C_Login))]
                    public partial class C2G_Login : IRequest { [Field(1)] public int RpcId { get; set; } }

                    [Message(4)]
                    [ResponseType(typeof(G2C_Other))]
                    public partial class C2G_Enter : IRequest { [Field(1)] public int RpcId { get; set; } }

                    public sealed class Handlers : IRequestHandler<Session, C2G_Login, G2C_Login>, IRequestHandler<Session, C2G_Enter, G2C_Other>
                    {
                        public ValueTask<G2C_Login> HandleAsync(Session session, C2G_Login request, CancellationToken cancellationToken) => default;
                        public ValueTask<G2C_Other> HandleAsync(Session session, C2G_Enter request, CancellationToken cancellationToken) => default;
                    }
                    """,
                    Responses,
                    Snippets.Session,
                },
                AddResponseTypeCodeFix.EquivalenceKey);

        [Fact]
        public Task No_fix_is_offered_when_no_handler_tells_the_response_type() =>
            Verifier.FixAsync<AddResponseTypeCodeFix>(
                """
                using EtProtocolGen;

                [Message(1)]
                public partial class {|ETP0005:C2G_Login|} : IRequest { [Field(1)] public int RpcId { get; set; } }
                """,
                """
                using EtProtocolGen;

                [Message(1)]
                public partial class {|ETP0005:C2G_Login|} : IRequest { [Field(1)] public int RpcId { get; set; } }
                """);
    }
}
