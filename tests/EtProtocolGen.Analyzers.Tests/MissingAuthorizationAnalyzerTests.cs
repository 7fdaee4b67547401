using System.Threading.Tasks;
using EtProtocolGen.Analyzers.Tests.Infrastructure;
using EtProtocolGen.CodeFixes;
using Xunit;
using Verifier = EtProtocolGen.Analyzers.Tests.Infrastructure.Verify<EtProtocolGen.Analyzers.MissingAuthorizationAnalyzer>;

namespace EtProtocolGen.Analyzers.Tests
{
    public class MissingAuthorizationAnalyzerTests
    {
        [Fact]
        public Task Outer_messages_and_requests_without_an_authorization_attribute_are_reported() =>
            Verifier.DiagnosticsAsync("""
                using EtProtocolGen;

                [Message(1)]
                public partial class {|ETP0102:C2M_Move|} : IMessage { }

                [Message(2, Scope = MessageScope.Outer)]
                public partial class {|ETP0102:C2M_Buy|} : IRequest { public int RpcId { get; set; } }
                """);

        [Fact]
        public Task Marked_messages_inner_messages_and_responses_are_not_reported() =>
            Verifier.DiagnosticsAsync("""
                using EtProtocolGen;

                [Message(1), Authorize]
                public partial class C2M_Move : IMessage { }

                [Message(2), Authorize(Roles = "gm")]
                public partial class C2M_Kick : IMessage { }

                [Message(3), AllowAnonymous]
                public partial class C2G_Login : IMessage { }

                [Message(4, Scope = MessageScope.Inner)]
                public partial class M2M_Sync : IMessage { }

                [Message] // no opcode: a value inside other messages, never dispatched on its own
                public partial class UnitInfo { }

                [Message(5)]
                public partial class G2C_Login : IResponse
                {
                    public int RpcId { get; set; }
                    public int Error { get; set; }
                    public string Message { get; set; } = "";
                }
                """);

        [Fact]
        public Task An_authorization_attribute_on_the_handler_covers_the_message() =>
            Verifier.DiagnosticsAsync(
                """
                using System.Threading;
                using System.Threading.Tasks;
                using EtProtocolGen;

                [Message(1)]
                public partial class C2M_Move : IMessage { }

                [Message(2)]
                public partial class {|ETP0102:C2M_Jump|} : IMessage { }

                [Authorize]
                public sealed class MoveHandler : IMessageHandler<Session, C2M_Move>
                {
                    public ValueTask HandleAsync(Session session, C2M_Move message, CancellationToken cancellationToken) => default;
                }

                public sealed class JumpHandler : IMessageHandler<Session, C2M_Jump>
                {
                    public ValueTask HandleAsync(Session session, C2M_Jump message, CancellationToken cancellationToken) => default;
                }
                """,
                Snippets.Session);

        [Fact]
        public Task The_Authorize_fix_adds_the_attribute_on_its_own_line() =>
            Verifier.FixAsync<AddAuthorizationCodeFix>(
                """
                using EtProtocolGen;

                namespace Game
                {
                    /// <summary>Moves the player.</summary>
                    [Message(1)]
                    public partial class {|ETP0102:C2M_Move|} : IMessage { }

                    [Message(2), ResponseType(typeof(G2C_Jump))]
                    internal partial class {|ETP0102:C2M_Jump|} : IRequest { public int RpcId { get; set; } }

                    [Message(3), AllowAnonymous]
                    public partial class G2C_Jump : IMessage { }
                }
                """,
                """
                using EtProtocolGen;

                namespace Game
                {
                    /// <summary>Moves the player.</summary>
                    [Message(1)]
                    [Authorize]
                    public partial class C2M_Move : IMessage { }

                    [Message(2), ResponseType(typeof(G2C_Jump))]
                    [Authorize]
                    internal partial class C2M_Jump : IRequest { public int RpcId { get; set; } }

                    [Message(3), AllowAnonymous]
                    public partial class G2C_Jump : IMessage { }
                }
                """,
                AddAuthorizationCodeFix.AuthorizeEquivalenceKey);

        [Fact]
        public Task The_AllowAnonymous_fix_works_across_files_and_without_a_using() =>
            Verifier.FixAsync<AddAuthorizationCodeFix>(
                new[]
                {
                    """
                    [EtProtocolGen.Message(1)]
                    public partial class {|ETP0102:C2G_Login|} : EtProtocolGen.IMessage { }
                    """,
                    """
                    using EtProtocolGen;

                    [Message(2)]
                    public partial class {|ETP0102:C2G_Ping|} : IMessage { }
                    """,
                },
                new[]
                {
                    """
                    [EtProtocolGen.Message(1)]
                    [EtProtocolGen.AllowAnonymous]
                    public partial class C2G_Login : EtProtocolGen.IMessage { }
                    """,
                    """
                    using EtProtocolGen;

                    [Message(2)]
                    [AllowAnonymous]
                    public partial class C2G_Ping : IMessage { }
                    """,
                },
                AddAuthorizationCodeFix.AllowAnonymousEquivalenceKey);

        [Fact]
        public Task Messages_only_the_server_sends_are_not_reported_and_those_of_unknown_direction_are() =>
            Verifier.DiagnosticsAsync("""
                using EtProtocolGen;

                [Message(1)]
                public partial class M2C_CreateUnits : IMessage { }

                [Message(2, Direction = MessageDirection.ServerToClient)]
                public partial class Announcement : IMessage { }

                [Message(3)]
                public partial class {|ETP0102:Chat|} : IMessage { }

                [Message(4, Direction = MessageDirection.Both)]
                public partial class {|ETP0102:Ping|} : IMessage { }

                [Message(5, Direction = MessageDirection.ClientToServer)]
                public partial class {|ETP0102:Emote|} : IMessage { }
                """);
    }
}
