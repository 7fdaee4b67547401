using System.Threading.Tasks;
using EtProtocolGen.Analyzers.Tests.Infrastructure;
using EtProtocolGen.CodeFixes;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verifier = EtProtocolGen.Analyzers.Tests.Infrastructure.Verify<EtProtocolGen.Analyzers.MissingRateLimitAnalyzer>;

namespace EtProtocolGen.Analyzers.Tests
{
    public class MissingRateLimitAnalyzerTests
    {
        private const string Response = """
            using EtProtocolGen;

            [Message(100), Authorize]
            public partial class R2C_Reply : IResponse
            {
                [Field(1)] public int RpcId { get; set; }
                [Field(2)] public int Error { get; set; }
                [Field(3), MaxLength(64)] public string Message { get; set; } = "";
            }
            """;

        [Fact]
        public Task An_anonymous_request_without_a_per_source_limit_is_reported_with_the_default_it_gets() =>
            Verifier.DiagnosticsAsync(
                new[]
                {
                    """
                    using EtProtocolGen;

                    [Message(1), AllowAnonymous, ResponseType(typeof(R2C_Reply))]
                    public partial class {|#0:C2R_Login|} : IRequest { [Field(1)] public int RpcId { get; set; } }
                    """,
                    Response,
                },
                Verifier.Diagnostic(DiagnosticDescriptors.MissingRateLimit).WithLocation(0)
                    .WithArguments("C2R_Login", "10 per 10 s per connection and per remote address"));

        [Fact]
        public Task The_message_names_the_default_the_assembly_configured() =>
            Verifier.DiagnosticsAsync(
                new[]
                {
                    """
                    using EtProtocolGen;

                    [assembly: ProtocolLimits(AnonymousRequestPermits = 3, AnonymousRequestPerSeconds = 60, AnonymousRequestPer = RateLimitPartition.RemoteAddress)]

                    [Message(1), AllowAnonymous, ResponseType(typeof(R2C_Reply))]
                    public partial class {|#0:C2R_Login|} : IRequest { [Field(1)] public int RpcId { get; set; } }
                    """,
                    Response,
                },
                Verifier.Diagnostic(DiagnosticDescriptors.MissingRateLimit).WithLocation(0).WithArguments("C2R_Login", "3 per 60 s per remote address"));

        [Fact]
        public Task A_limit_per_account_or_global_alone_does_not_replace_the_default() =>
            Verifier.DiagnosticsAsync(
                """
                using EtProtocolGen;

                [Message(1), AllowAnonymous, ResponseType(typeof(R2C_Reply)), RateLimit(5, 60, Per = RateLimitPartition.Account)]
                public partial class {|ETP0109:C2R_Recover|} : IRequest { [Field(1)] public int RpcId { get; set; } }

                [Message(2), AllowAnonymous, ResponseType(typeof(R2C_Reply)), RateLimit(500, 1, Per = RateLimitPartition.Global)]
                public partial class {|ETP0109:C2R_Register|} : IRequest { [Field(1)] public int RpcId { get; set; } }
                """,
                Response);

        [Fact]
        public Task Per_source_limits_authenticated_requests_one_way_inner_and_denied_messages_are_not_reported() =>
            Verifier.DiagnosticsAsync(
                """
                using EtProtocolGen;

                [Message(1), AllowAnonymous, ResponseType(typeof(R2C_Reply)), RateLimit(5, 60)]
                public partial class C2R_Login : IRequest { [Field(1)] public int RpcId { get; set; } }

                [Message(2), AllowAnonymous, ResponseType(typeof(R2C_Reply)), RateLimit(50, 60, Per = RateLimitPartition.RemoteAddress | RateLimitPartition.Account)]
                public partial class C2R_Register : IRequest { [Field(1)] public int RpcId { get; set; } }

                [Message(3), Authorize, ResponseType(typeof(R2C_Reply))]
                public partial class C2R_Profile : IRequest { [Field(1)] public int RpcId { get; set; } }

                [Message(4), AllowAnonymous]
                public partial class C2R_Ping : IMessage { [Field(1)] public long Time { get; set; } }

                [Message(5, Scope = MessageScope.Inner), AllowAnonymous, ResponseType(typeof(R2C_Reply))]
                public partial class M2M_Sync : IRequest { [Field(1)] public int RpcId { get; set; } }

                [Message(6), ResponseType(typeof(R2C_Reply))]
                public partial class C2R_Unmarked : IRequest { [Field(1)] public int RpcId { get; set; } }
                """,
                Response);

        [Fact]
        public Task A_handler_can_open_a_request_to_anonymous_sessions_or_limit_it_and_authorization_on_it_closes_it() =>
            Verifier.DiagnosticsAsync(
                """
                using System.Threading;
                using System.Threading.Tasks;
                using EtProtocolGen;

                [Message(1), ResponseType(typeof(R2C_Reply))]
                public partial class {|ETP0109:C2R_OpenedByHandler|} : IRequest { [Field(1)] public int RpcId { get; set; } }

                [Message(2), AllowAnonymous, ResponseType(typeof(R2C_Reply))]
                public partial class C2R_LimitedByHandler : IRequest { [Field(1)] public int RpcId { get; set; } }

                [Message(3), AllowAnonymous, ResponseType(typeof(R2C_Reply))]
                public partial class C2R_ClosedByHandler : IRequest { [Field(1)] public int RpcId { get; set; } }

                [AllowAnonymous]
                public sealed class OpeningHandler : IRequestHandler<Session, C2R_OpenedByHandler, R2C_Reply>
                {
                    public ValueTask<R2C_Reply> HandleAsync(Session session, C2R_OpenedByHandler request, CancellationToken cancellationToken) => default;
                }

                [RateLimit(20, 60, Per = RateLimitPartition.Connection | RateLimitPartition.RemoteAddress)]
                public sealed class LimitingHandler : IRequestHandler<Session, C2R_LimitedByHandler, R2C_Reply>
                {
                    public ValueTask<R2C_Reply> HandleAsync(Session session, C2R_LimitedByHandler request, CancellationToken cancellationToken) => default;
                }

                [Authorize]
                public sealed class ClosingHandler : IRequestHandler<Session, C2R_ClosedByHandler, R2C_Reply>
                {
                    public ValueTask<R2C_Reply> HandleAsync(Session session, C2R_ClosedByHandler request, CancellationToken cancellationToken) => default;
                }
                """,
                Response,
                Snippets.Session);

        [Fact]
        public Task The_fix_declares_the_default_on_its_own_line_and_keeps_the_formatting() =>
            Verifier.FixAsync<AddRateLimitCodeFix>(
                new[]
                {
                    """
                    using EtProtocolGen;

                    namespace Game.Realm
                    {
                        /// <summary>Logs a player in; costs a password hash.</summary>
                        [Message(1)]
                        [AllowAnonymous,   ResponseType(typeof(R2C_Reply))]   // keep this comment
                        public partial class {|ETP0109:C2R_Login|} : IRequest
                        {
                            [Field(1)] public int RpcId { get; set; }
                        }

                      [Message(2), AllowAnonymous, ResponseType(typeof(R2C_Reply))] internal partial class {|ETP0109:C2R_Register|} : IRequest { [Field(1)] public int RpcId { get; set; } }
                    }
                    """,
                    Response,
                },
                new[]
                {
                    """
                    using EtProtocolGen;

                    namespace Game.Realm
                    {
                        /// <summary>Logs a player in; costs a password hash.</summary>
                        [Message(1)]
                        [AllowAnonymous,   ResponseType(typeof(R2C_Reply))]   // keep this comment
                        [RateLimit(10, 10, Per = RateLimitPartition.Connection | RateLimitPartition.RemoteAddress)]
                        public partial class C2R_Login : IRequest
                        {
                            [Field(1)] public int RpcId { get; set; }
                        }

                      [Message(2), AllowAnonymous, ResponseType(typeof(R2C_Reply)), RateLimit(10, 10, Per = RateLimitPartition.Connection | RateLimitPartition.RemoteAddress)] internal partial class C2R_Register : IRequest { [Field(1)] public int RpcId { get; set; } }
                    }
                    """,
                    Response,
                },
                AddRateLimitCodeFix.EquivalenceKey);

        [Fact]
        public Task The_fix_writes_the_configured_default_and_qualifies_names_without_a_using() =>
            Verifier.FixAsync<AddRateLimitCodeFix>(
                new[]
                {
                    """
                    [assembly: EtProtocolGen.ProtocolLimits(AnonymousRequestPermits = 3, AnonymousRequestPer = EtProtocolGen.RateLimitPartition.Connection)]

                    [EtProtocolGen.Message(1), EtProtocolGen.AllowAnonymous, EtProtocolGen.ResponseType(typeof(R2C_Reply))]
                    public partial class {|ETP0109:C2R_Login|} : EtProtocolGen.IRequest { [EtProtocolGen.Field(1)] public int RpcId { get; set; } }
                    """,
                    Response,
                },
                new[]
                {
                    """
                    [assembly: EtProtocolGen.ProtocolLimits(AnonymousRequestPermits = 3, AnonymousRequestPer = EtProtocolGen.RateLimitPartition.Connection)]

                    [EtProtocolGen.Message(1), EtProtocolGen.AllowAnonymous, EtProtocolGen.ResponseType(typeof(R2C_Reply))]
                    [EtProtocolGen.RateLimit(3, 10)]
                    public partial class C2R_Login : EtProtocolGen.IRequest { [EtProtocolGen.Field(1)] public int RpcId { get; set; } }
                    """,
                    Response,
                },
                AddRateLimitCodeFix.EquivalenceKey);

        [Fact]
        public Task An_anonymous_request_the_server_sends_to_clients_is_not_reported() =>
            Verifier.DiagnosticsAsync(
                """
                using EtProtocolGen;

                [Message(1), AllowAnonymous, ResponseType(typeof(C2M_Confirmed))]
                public partial class M2C_Confirm : IRequest { [Field(1)] public int RpcId { get; set; } }

                [Message(2)]
                public partial class C2M_Confirmed : IResponse
                {
                    [Field(1)] public int RpcId { get; set; }
                    [Field(2)] public int Error { get; set; }
                    [Field(3), MaxLength(64)] public string Message { get; set; } = "";
                }
                """);
    }
}
