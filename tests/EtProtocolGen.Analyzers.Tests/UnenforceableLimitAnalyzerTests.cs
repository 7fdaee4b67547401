using System.Threading.Tasks;
using EtProtocolGen.Analyzers.Tests.Infrastructure;
using EtProtocolGen.CodeFixes;
using Xunit;
using Verifier = EtProtocolGen.Analyzers.Tests.Infrastructure.Verify<EtProtocolGen.Analyzers.UnenforceableLimitAnalyzer>;

namespace EtProtocolGen.Analyzers.Tests
{
    public class UnenforceableLimitAnalyzerTests
    {
        [Fact]
        public Task Rate_limits_out_of_range_are_reported_with_the_reason() =>
            Verifier.DiagnosticsAsync(
                """
                using EtProtocolGen;

                [Message(1), Authorize]
                [{|#0:RateLimit(0, 60)|}, {|#1:RateLimit(1_000_001, 60)|}, {|#2:RateLimit(5, 0)|}, {|#3:RateLimit(5, 86_401)|}]
                [{|#4:RateLimit(5, 60, Per = (RateLimitPartition)0)|}, {|#5:RateLimit(5, 60, Per = (RateLimitPartition)16)|}]
                public partial class C2M_Chat : IMessage { [Field(1), MaxLength(8)] public string Text { get; set; } = ""; }
                """,
                Verifier.Diagnostic(DiagnosticDescriptors.UnenforceableLimit).WithLocation(0).WithArguments("[RateLimit(0, 60)]", "C2M_Chat", "permits must be 1 to 1,000,000"),
                Verifier.Diagnostic(DiagnosticDescriptors.UnenforceableLimit).WithLocation(1).WithArguments("[RateLimit(1000001, 60)]", "C2M_Chat", "permits must be 1 to 1,000,000"),
                Verifier.Diagnostic(DiagnosticDescriptors.UnenforceableLimit).WithLocation(2).WithArguments("[RateLimit(5, 0)]", "C2M_Chat", "perSeconds must be 1 to 86,400"),
                Verifier.Diagnostic(DiagnosticDescriptors.UnenforceableLimit).WithLocation(3).WithArguments("[RateLimit(5, 86401)]", "C2M_Chat", "perSeconds must be 1 to 86,400"),
                Verifier.Diagnostic(DiagnosticDescriptors.UnenforceableLimit).WithLocation(4).WithArguments(
                    "[RateLimit(5, 60, Per = (RateLimitPartition)0)]", "C2M_Chat", "Per must name at least one of Connection, RemoteAddress, Account and Global, and nothing else"),
                Verifier.Diagnostic(DiagnosticDescriptors.UnenforceableLimit).WithLocation(5).WithArguments(
                    "[RateLimit(5, 60, Per = (RateLimitPartition)16)]", "C2M_Chat", "Per must name at least one of Connection, RemoteAddress, Account and Global, and nothing else"));

        [Fact]
        public Task Concurrency_limits_out_of_range_are_reported_on_messages_and_handlers() =>
            Verifier.DiagnosticsAsync(
                """
                using System.Threading;
                using System.Threading.Tasks;
                using EtProtocolGen;

                [Message(1), Authorize, {|ETP0110:MaxConcurrency(0)|}]
                public partial class C2M_Save : IMessage { [Field(1)] public int Slot { get; set; } }

                [{|ETP0110:MaxConcurrency(2, Per = (RateLimitPartition)(-1))|}]
                public sealed class SaveHandler : IMessageHandler<Session, C2M_Save>
                {
                    public ValueTask HandleAsync(Session session, C2M_Save message, CancellationToken cancellationToken) => default;
                }
                """,
                Snippets.Session);

        [Fact]
        public Task Limits_the_runtime_accepts_are_not_reported() =>
            Verifier.DiagnosticsAsync(
                """
                using System.Threading;
                using System.Threading.Tasks;
                using EtProtocolGen;

                [assembly: ProtocolLimits(AnonymousRequestPermits = 1_000_000, AnonymousRequestPerSeconds = 86_400, AnonymousRequestPer = RateLimitPartition.Global, MaxDepth = 8)]

                [Message(1), Authorize, RateLimit(1, 1), RateLimit(1_000_000, 86_400, Per = RateLimitPartition.Connection | RateLimitPartition.RemoteAddress | RateLimitPartition.Account | RateLimitPartition.Global)]
                [MaxConcurrency(1_000_000, Per = RateLimitPartition.Account)]
                public partial class C2M_Save : IMessage { [Field(1)] public int Slot { get; set; } }

                [RateLimit(3, 60), MaxConcurrency(1)]
                public sealed class SaveHandler : IMessageHandler<Session, C2M_Save>
                {
                    public ValueTask HandleAsync(Session session, C2M_Save message, CancellationToken cancellationToken) => default;
                }
                """,
                Snippets.Session);

        [Fact]
        public Task A_limit_on_a_type_that_is_neither_a_message_nor_a_handler_is_reported() =>
            Verifier.DiagnosticsAsync(
                """
                using EtProtocolGen;

                [{|#0:RateLimit(5, 60)|}, {|#1:MaxConcurrency(2)|}]
                public sealed class LoginService { }
                """,
                Verifier.Diagnostic(DiagnosticDescriptors.UnenforceableLimit).WithLocation(0)
                    .WithArguments("[RateLimit(5, 60)]", "LoginService", "it is neither a [Message] nor a message handler, so no dispatcher reads it"),
                Verifier.Diagnostic(DiagnosticDescriptors.UnenforceableLimit).WithLocation(1)
                    .WithArguments("[MaxConcurrency(2)]", "LoginService", "it is neither a [Message] nor a message handler, so no dispatcher reads it"));

        [Fact]
        public Task An_anonymous_default_out_of_range_is_reported_and_the_built_in_one_applies() =>
            Verifier.DiagnosticsAsync(
                """
                using EtProtocolGen;

                [assembly: ProtocolLimits({|#0:AnonymousRequestPermits = -1|}, {|#1:AnonymousRequestPerSeconds = 90_000|}, {|#2:AnonymousRequestPer = (RateLimitPartition)32|})]
                """,
                Verifier.Diagnostic(DiagnosticDescriptors.UnenforceableLimit).WithLocation(0)
                    .WithArguments("[ProtocolLimits(AnonymousRequestPermits = -1)]", "TestProject", "permits must be 1 to 1,000,000; the built-in default applies"),
                Verifier.Diagnostic(DiagnosticDescriptors.UnenforceableLimit).WithLocation(1)
                    .WithArguments("[ProtocolLimits(AnonymousRequestPerSeconds = 90000)]", "TestProject", "perSeconds must be 1 to 86,400; the built-in default applies"),
                Verifier.Diagnostic(DiagnosticDescriptors.UnenforceableLimit).WithLocation(2)
                    .WithArguments("[ProtocolLimits(AnonymousRequestPer = 32)]", "TestProject",
                        "Per must name at least one of Connection, RemoteAddress, Account and Global, and nothing else; the built-in default applies"));

        [Fact]
        public Task The_fix_writes_the_nearest_values_dispatch_enforces_and_keeps_the_formatting() =>
            Verifier.FixAsync<EnforceableLimitCodeFix>(
                """
                using EtProtocolGen;

                namespace Game
                {
                    /// <summary>Chat.</summary>
                    [Message(1), Authorize]
                    [{|ETP0110:RateLimit( 0 ,  60)|},   {|ETP0110:RateLimit(5, perSeconds: 90_000)|}]   // keep this comment
                    [{|ETP0110:RateLimit(5, 60, Per = (RateLimitPartition)16)|}]
                    [{|ETP0110:MaxConcurrency(2_000_000,
                        Per = (RateLimitPartition)17)|}]
                    public partial class C2M_Chat : IMessage { [Field(1), MaxLength(8)] public string Text { get; set; } = ""; }
                }
                """,
                """
                using EtProtocolGen;

                namespace Game
                {
                    /// <summary>Chat.</summary>
                    [Message(1), Authorize]
                    [RateLimit( 1 ,  60),   RateLimit(5, perSeconds: 86400)]   // keep this comment
                    [RateLimit(5, 60)]
                    [MaxConcurrency(1000000,
                        Per = RateLimitPartition.Connection)]
                    public partial class C2M_Chat : IMessage { [Field(1), MaxLength(8)] public string Text { get; set; } = ""; }
                }
                """,
                EnforceableLimitCodeFix.UseNearestKey);

        [Fact]
        public Task The_fix_qualifies_the_partitions_it_writes_without_a_using() =>
            Verifier.FixAsync<EnforceableLimitCodeFix>(
                """
                [EtProtocolGen.Message(1), EtProtocolGen.Authorize, {|ETP0110:EtProtocolGen.RateLimit(5, 60, Per = (EtProtocolGen.RateLimitPartition)(-1))|}]
                public partial class C2M_Chat : EtProtocolGen.IMessage { [EtProtocolGen.Field(1)] public int Channel { get; set; } }
                """,
                """
                [EtProtocolGen.Message(1), EtProtocolGen.Authorize, EtProtocolGen.RateLimit(5, 60, Per = EtProtocolGen.RateLimitPartition.Connection | EtProtocolGen.RateLimitPartition.RemoteAddress | EtProtocolGen.RateLimitPartition.Account | EtProtocolGen.RateLimitPartition.Global)]
                public partial class C2M_Chat : EtProtocolGen.IMessage { [EtProtocolGen.Field(1)] public int Channel { get; set; } }
                """,
                EnforceableLimitCodeFix.UseNearestKey);

        [Fact]
        public Task The_fix_removes_a_limit_on_a_type_no_dispatcher_reads() =>
            Verifier.FixAsync<EnforceableLimitCodeFix>(
                """
                using EtProtocolGen;

                /// <summary>Checks passwords.</summary>
                [{|ETP0110:RateLimit(5, 60)|}]
                [System.Obsolete("old"), {|ETP0110:MaxConcurrency(2)|}]
                public sealed class LoginService { }
                """,
                """
                using EtProtocolGen;

                /// <summary>Checks passwords.</summary>
                [System.Obsolete("old")]
                public sealed class LoginService { }
                """,
                EnforceableLimitCodeFix.RemoveAttributeKey);

        [Fact]
        public Task The_fix_removes_the_anonymous_default_values_out_of_range_and_keeps_the_line_breaks() =>
            Verifier.FixAsync<EnforceableLimitCodeFix>(
                """
                using EtProtocolGen;

                [assembly: ProtocolLimits(MaxDepth = 8, {|ETP0110:AnonymousRequestPermits = -1|},
                    AnonymousRequestPerSeconds = 60,
                    {|ETP0110:AnonymousRequestPer = (RateLimitPartition)32|})]
                """,
                """
                using EtProtocolGen;

                [assembly: ProtocolLimits(MaxDepth = 8,
                    AnonymousRequestPerSeconds = 60)]
                """,
                EnforceableLimitCodeFix.RemoveAnonymousValueKey);

        [Fact]
        public Task The_fix_leaves_no_empty_argument_list() =>
            Verifier.FixAsync<EnforceableLimitCodeFix>(
                """
                [assembly: EtProtocolGen.ProtocolLimits( {|ETP0110:AnonymousRequestPermits = 0x7fffffff|} )]
                """,
                """
                [assembly: EtProtocolGen.ProtocolLimits]
                """,
                EnforceableLimitCodeFix.RemoveAnonymousValueKey);
    }
}
