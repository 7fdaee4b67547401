using System.Threading.Tasks;
using EtProtocolGen.Analyzers.Tests.Infrastructure;
using Xunit;

namespace EtProtocolGen.Analyzers.Tests
{
    /// <summary>ETP0220-ETP0224: changes against Protocol.Shipped.txt that loosen a defence, each shown once where it happens and once where it does not.</summary>
    public class ManifestSecurityRuleTests
    {
        private const string Login = """
            using EtProtocolGen;

            [Message(10001), Authorize(Roles = "gm,admin")]
            public partial class C2M_Kick : IMessage
            {
                [Field(1), MaxLength(32), MinLength(2), Required, Sensitive] public string Target { get; set; } = "";
                [Field(2), Range(1, 60)] public int Minutes { get; set; }
            }
            """;

        [Fact]
        public Task An_unchanged_protocol_reports_nothing() =>
            ManifestScenario.VerifyAsync(Login, Login);

        [Fact]
        public Task Removing_a_role_loosens_authorization() =>
            ManifestScenario.VerifyAsync(Login, Edited(("Roles = \"gm,admin\"", "Roles = \"gm,admin,helper\""), ("class C2M_Kick", "class {|ETP0220:C2M_Kick|}")));

        [Fact]
        public Task Narrowing_the_roles_is_not_reported() =>
            ManifestScenario.VerifyAsync(Login, Edited(("Roles = \"gm,admin\"", "Roles = \"gm\"")));

        [Fact]
        public Task AllowAnonymous_instead_of_Authorize_loosens_authorization() =>
            ManifestScenario.VerifyAsync(Login, Edited(("Authorize(Roles = \"gm,admin\")", "AllowAnonymous"), ("class C2M_Kick", "class {|ETP0220:C2M_Kick|}")));

        [Fact]
        public Task Raising_a_length_bound_is_reported_on_the_field() =>
            ManifestScenario.VerifyAsync(Login, Edited(("MaxLength(32)", "MaxLength(64)"), ("string Target", "string {|ETP0221:Target|}")));

        [Fact]
        public Task Lowering_a_length_bound_is_not_reported() =>
            ManifestScenario.VerifyAsync(Login, Edited(("MaxLength(32)", "MaxLength(16)")));

        [Fact]
        public Task Removing_Sensitive_is_reported() =>
            ManifestScenario.VerifyAsync(Login, Edited((", Sensitive]", "]"), ("string Target", "string {|ETP0222:Target|}")));

        [Fact]
        public Task Widening_a_range_is_reported() =>
            ManifestScenario.VerifyAsync(Login, Edited(("Range(1, 60)", "Range(0, 600)"), ("int Minutes", "int {|ETP0223:Minutes|}")));

        [Fact]
        public Task Narrowing_a_range_is_not_reported() =>
            ManifestScenario.VerifyAsync(Login, Edited(("Range(1, 60)", "Range(5, 30)")));

        [Fact]
        public Task A_new_outer_message_open_to_anonymous_sessions_is_reported() =>
            ManifestScenario.VerifyAsync(new[] { Login }, new[] { Login, AnonymousHello("{|ETP0220:C2G_Hello|}") });

        [Fact]
        public Task A_new_message_that_needs_a_login_or_a_new_anonymous_response_is_not_reported() =>
            ManifestScenario.VerifyAsync(new[] { Login }, new[] { Login, """
                using EtProtocolGen;

                [Message(10002), Authorize]
                public partial class C2G_Hello : IMessage
                {
                    [Field(1), Range(1, 9)] public int Version { get; set; }
                }

                [Message(10003), AllowAnonymous]
                public partial class G2C_Hello : IResponse
                {
                    [Field(1)] public int RpcId { get; set; }
                    [Field(2)] public int Error { get; set; }
                    [Field(3), MaxLength(8)] public string Message { get; set; } = "";
                }
                """ });

        [Fact]
        public Task A_message_only_the_server_sent_that_clients_now_send_is_reported_and_the_reverse_is_not() =>
            ManifestScenario.VerifyAsync(
                new[] { Login.Replace("[Message(10001)", "[Message(10001, Direction = MessageDirection.ServerToClient)").Replace("C2M_Kick", "Kick") },
                new[] { Login.Replace("[Message(10001)", "[Message(10001, Direction = MessageDirection.Both)").Replace("C2M_Kick", "{|ETP0220:Kick|}") });

        [Fact]
        public Task A_message_clients_sent_that_only_the_server_sends_now_is_not_reported() =>
            ManifestScenario.VerifyAsync(
                Login.Replace("C2M_Kick", "Kick"),
                Login.Replace("[Message(10001)", "[Message(10001, Direction = MessageDirection.ServerToClient)").Replace("C2M_Kick", "Kick"));

        [Fact]
        public Task A_new_anonymous_message_only_the_server_sends_is_not_reported() =>
            ManifestScenario.VerifyAsync(new[] { Login }, new[] { Login, AnonymousHello("G2C_Hello") });

        [Fact]
        public Task An_inner_message_made_outer_is_reported_as_a_scope_change_and_a_loosening() =>
            ManifestScenario.VerifyAsync(
                Login.Replace("[Message(10001)", "[Message(10001, Scope = MessageScope.Inner)"),
                Login.Replace("C2M_Kick", "{|ETP0217:{|ETP0220:C2M_Kick|}|}"));

        [Fact]
        public Task A_handler_that_drops_its_role_requirement_is_reported() =>
            ManifestScenario.VerifyAsync(new[] { Handled, Handler("[Authorize(Roles = \"gm\")]"), Snippets.Session }, new[] { Handled, Handler("[Authorize]", "{|ETP0220:KickHandler|}"), Snippets.Session });

        [Fact]
        public Task A_handler_that_adds_a_role_requirement_is_not_reported() =>
            ManifestScenario.VerifyAsync(new[] { Handled, Handler("[Authorize]"), Snippets.Session }, new[] { Handled, Handler("[Authorize(Roles = \"gm\")]"), Snippets.Session });

        [Fact]
        public Task A_new_handler_that_lets_anonymous_sessions_in_is_reported() =>
            ManifestScenario.VerifyAsync(new[] { Handled, Snippets.Session }, new[] { Handled, Handler("[AllowAnonymous]", "{|ETP0220:KickHandler|}"), Snippets.Session });

        [Fact]
        public Task A_new_handler_that_needs_a_login_is_not_reported() =>
            ManifestScenario.VerifyAsync(new[] { Handled, Snippets.Session }, new[] { Handled, Handler("[Authorize]"), Snippets.Session });

        [Fact]
        public Task Removing_MaxLength_is_reported_as_a_limit_removed() =>
            ManifestScenario.VerifyAsync(Login, Login.Replace("[Field(1), MaxLength(32),", "[Field(1),").Replace("public string Target", "public string {|ETP0221:Target|}"));

        [Fact]
        public Task Raising_the_nesting_depth_of_a_message_is_reported() =>
            ManifestScenario.VerifyAsync(Login.Replace("[Message(10001)", "[Message(10001, MaxDepth = 4)"), Login.Replace("[Message(10001)", "[Message(10001, MaxDepth = 8)").Replace("class C2M_Kick", "class {|ETP0221:C2M_Kick|}"));

        [Fact]
        public Task Raising_an_assembly_limit_is_reported_at_the_attribute() =>
            ManifestScenario.VerifyAsync(
                new[] { Login, "[assembly: EtProtocolGen.ProtocolLimits(MaxMessageSize = 4096, DefaultMaxCollectionLength = 10)]" },
                new[] { Login, "[assembly: {|ETP0221:{|ETP0221:EtProtocolGen.ProtocolLimits(MaxMessageSize = 8192, DefaultMaxCollectionLength = 100)|}|}]" });

        [Fact]
        public Task Lowering_an_assembly_limit_is_not_reported() =>
            ManifestScenario.VerifyAsync(
                new[] { Login, "[assembly: EtProtocolGen.ProtocolLimits(MaxMessageSize = 8192)]" },
                new[] { Login, "[assembly: EtProtocolGen.ProtocolLimits(MaxMessageSize = 4096)]" });

        [Fact]
        public Task Adding_Sensitive_is_not_reported() =>
            ManifestScenario.VerifyAsync(Login.Replace(", Sensitive]", "]"), Login);

        [Fact]
        public Task Removing_Required_and_lowering_MinLength_is_one_report_on_the_field() =>
            ManifestScenario.VerifyAsync(Login, Login.Replace("MinLength(2), Required, ", "MinLength(1), ").Replace("public string Target", "public string {|ETP0223:Target|}"));

        [Fact]
        public Task Raising_MinLength_is_not_reported() =>
            ManifestScenario.VerifyAsync(Login, Login.Replace("MinLength(2)", "MinLength(3)"));

        [Fact]
        public Task Removing_the_OnValidate_hook_is_reported() =>
            ManifestScenario.VerifyAsync(
                Login.Replace("public int Minutes { get; set; }", "public int Minutes { get; set; }\n    partial void OnValidate(ref ValidationResult result) { }\n    partial void OnValidate(ref ValidationResult result);"),
                Login.Replace("public int Minutes { get; set; }", "public int Minutes { get; set; }\n    partial void OnValidate(ref ValidationResult result);").Replace("class C2M_Kick", "class {|ETP0223:C2M_Kick|}"));

        [Fact]
        public Task Raising_a_rate_limit_of_a_message_is_reported() =>
            ManifestScenario.VerifyAsync(
                Login.Replace("[Message(10001)", "[Message(10001), RateLimit(5, 60)"),
                Login.Replace("[Message(10001)", "[Message(10001), RateLimit(50, 60)").Replace("class C2M_Kick", "class {|ETP0224:C2M_Kick|}"));

        [Fact]
        public Task A_faster_refill_of_the_same_burst_is_reported() =>
            ManifestScenario.VerifyAsync(
                Login.Replace("[Message(10001)", "[Message(10001), RateLimit(5, 60)"),
                Login.Replace("[Message(10001)", "[Message(10001), RateLimit(5, 30)").Replace("class C2M_Kick", "class {|ETP0224:C2M_Kick|}"));

        [Fact]
        public Task Removing_a_rate_limit_or_moving_it_to_other_partitions_is_reported() =>
            ManifestScenario.VerifyAsync(
                Login.Replace("[Message(10001)", "[Message(10001), RateLimit(5, 60), RateLimit(30, 60, Per = RateLimitPartition.RemoteAddress)"),
                Login.Replace("[Message(10001)", "[Message(10001), RateLimit(5, 60, Per = RateLimitPartition.Account)").Replace("class C2M_Kick", "class {|ETP0224:C2M_Kick|}"));

        [Fact]
        public Task A_stricter_rate_limit_a_new_one_or_another_attribute_order_is_not_reported() =>
            ManifestScenario.VerifyAsync(
                Login.Replace("[Message(10001)", "[Message(10001), RateLimit(5, 60), RateLimit(30, 60, Per = RateLimitPartition.RemoteAddress)"),
                Login.Replace("[Message(10001)", "[Message(10001), RateLimit(30, 120, Per = RateLimitPartition.RemoteAddress), RateLimit(4, 60), RateLimit(100, 60, Per = RateLimitPartition.Global)"));

        [Fact]
        public Task Raising_or_removing_MaxConcurrency_is_reported_and_lowering_it_is_not() =>
            Task.WhenAll(
                ManifestScenario.VerifyAsync(
                    Login.Replace("[Message(10001)", "[Message(10001), MaxConcurrency(4)"),
                    Login.Replace("[Message(10001)", "[Message(10001), MaxConcurrency(8)").Replace("class C2M_Kick", "class {|ETP0224:C2M_Kick|}")),
                ManifestScenario.VerifyAsync(
                    Login.Replace("[Message(10001)", "[Message(10001), MaxConcurrency(4)"),
                    Login.Replace("class C2M_Kick", "class {|ETP0224:C2M_Kick|}")),
                ManifestScenario.VerifyAsync(
                    Login.Replace("[Message(10001)", "[Message(10001), MaxConcurrency(4)"),
                    Login.Replace("[Message(10001)", "[Message(10001), MaxConcurrency(2)")));

        [Fact]
        public Task Raising_a_rate_limit_of_a_handler_is_reported_at_the_handler() =>
            ManifestScenario.VerifyAsync(
                new[] { Handled, Handler("[Authorize, RateLimit(5, 60)]"), Snippets.Session },
                new[] { Handled, Handler("[Authorize, RateLimit(10, 60)]", "{|ETP0224:KickHandler|}"), Snippets.Session });

        [Fact]
        public Task Raising_the_anonymous_default_is_reported_at_each_handler_it_applies_to() =>
            ManifestScenario.VerifyAsync(
                new[] { Handled, Handler("[AllowAnonymous]"), Snippets.Session },
                new[] { Handled, Handler("[AllowAnonymous]", "{|ETP0224:KickHandler|}"), Snippets.Session, "[assembly: EtProtocolGen.ProtocolLimits(AnonymousRequestPermits = 20)]" });

        [Fact]
        public Task A_declared_rate_limit_looser_than_the_anonymous_default_it_replaces_is_reported() =>
            ManifestScenario.VerifyAsync(
                new[] { Handled, Handler("[AllowAnonymous]"), Snippets.Session },
                new[] { Handled, Handler("[AllowAnonymous, RateLimit(100, 10)]", "{|ETP0224:KickHandler|}"), Snippets.Session });

        [Fact]
        public Task A_declared_rate_limit_as_strict_as_the_anonymous_default_it_replaces_is_not_reported() =>
            ManifestScenario.VerifyAsync(
                new[] { Handled, Handler("[AllowAnonymous]"), Snippets.Session },
                new[] { Handled, Handler("[AllowAnonymous, RateLimit(5, 10, Per = RateLimitPartition.Connection | RateLimitPartition.RemoteAddress)]"), Snippets.Session });

        private const string Handled = """
            using EtProtocolGen;

            [Message(10005), ResponseType(typeof(M2C_Kick))]
            public partial class C2M_Kick : IRequest
            {
                [Field(1)] public int RpcId { get; set; }
                [Field(2), Range(1, 60)] public int Minutes { get; set; }
            }

            [Message(10006), AllowAnonymous]
            public partial class M2C_Kick : IResponse
            {
                [Field(1)] public int RpcId { get; set; }
                [Field(2)] public int Error { get; set; }
                [Field(3), MaxLength(8)] public string Message { get; set; } = "";
            }
            """;

        /// <summary>
        /// <see cref="Login"/> with each edit made. An edit whose text is not there fails the test: a "not reported" test would
        /// otherwise compare the protocol with itself and pass whatever the rule does.
        /// </summary>
        private static string Edited(params (string From, string To)[] edits)
        {
            string source = Login;
            foreach ((string from, string to) in edits)
            {
                Assert.Contains(from, source);
                source = source.Replace(from, to);
            }

            return source;
        }

        /// <summary>A new message open to anonymous sessions, named <paramref name="name"/> (with markup where it is reported).</summary>
        private static string AnonymousHello(string name) => """
            using EtProtocolGen;

            [Message(10002), AllowAnonymous]
            public partial class NAME : IMessage
            {
                [Field(1), Range(1, 9)] public int Version { get; set; }
            }
            """.Replace("NAME", name);

        private static string Handler(string attribute, string name = "KickHandler") => """
            using System.Threading;
            using System.Threading.Tasks;
            using EtProtocolGen;

            ATTRIBUTE
            public sealed class NAME : IRequestHandler<Session, C2M_Kick, M2C_Kick>
            {
                public ValueTask<M2C_Kick> HandleAsync(Session session, C2M_Kick request, CancellationToken cancellationToken) => new(new M2C_Kick());
            }
            """.Replace("ATTRIBUTE", attribute).Replace("NAME", name);
    }
}
