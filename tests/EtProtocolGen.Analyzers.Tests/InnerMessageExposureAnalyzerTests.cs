using System.Threading.Tasks;
using EtProtocolGen.Analyzers.Tests.Infrastructure;
using Xunit;
using Verifier = EtProtocolGen.Analyzers.Tests.Infrastructure.Verify<EtProtocolGen.Analyzers.InnerMessageExposureAnalyzer>;

namespace EtProtocolGen.Analyzers.Tests
{
    public class InnerMessageExposureAnalyzerTests
    {
        private const string InnerMessages = """
            using EtProtocolGen;

            [Message(100, Scope = MessageScope.Inner)]
            public partial class M2M_UnitTransfer : IMessage
            {
                [Field(1)] public long UnitId { get; set; }
            }

            [Message(101, Scope = MessageScope.Inner)]
            public partial class M2M_Sync : IMessage
            {
                [Field(1)] public M2M_UnitTransfer Transfer { get; set; } = new();
            }
            """;

        [Fact]
        public Task An_inner_message_carried_by_an_outer_message_field_element_or_map_value_is_reported_at_the_field() =>
            Verifier.DiagnosticsAsync(
                """
                using System.Collections.Generic;
                using EtProtocolGen;

                [Message(1)]
                public partial class C2M_Forward : IMessage
                {
                    [Field(1)] public M2M_UnitTransfer {|ETP0104:Transfer|} { get; set; } = new();
                    [Field(2)] public List<M2M_UnitTransfer> {|ETP0104:Batch|} { get; set; } = new();
                    [Field(3)] public M2M_Sync[] {|ETP0104:Syncs|} { get; set; } = new M2M_Sync[0];
                    [Field(4)] public Dictionary<int, M2M_UnitTransfer> {|ETP0104:ByUnit|} { get; set; } = new();
                }
                """,
                InnerMessages);

        [Fact]
        public Task The_message_names_the_inner_message_and_the_field_that_carries_it() =>
            Verifier.DiagnosticsAsync(
                """
                using EtProtocolGen;

                [Message(1)]
                public partial class C2M_Forward : IMessage
                {
                    [Field(1)] public M2M_UnitTransfer Transfer { get; set; } = new();
                }

                [Message(100, Scope = MessageScope.Inner)]
                public partial class M2M_UnitTransfer : IMessage { }
                """,
                Verifier.Diagnostic(DiagnosticDescriptors.InnerMessageExposed)
                    .WithSpan(6, 40, 6, 48)
                    .WithArguments("M2M_UnitTransfer", "is reachable from clients: field 'Transfer' of outer message 'C2M_Forward' carries it"));

        [Fact]
        public Task An_inner_message_inside_a_message_the_server_sends_is_reported_as_sent_to_clients() =>
            Verifier.DiagnosticsAsync(
                """
                using EtProtocolGen;

                [Message(1)]
                public partial class G2C_UnitEntered : IMessage
                {
                    [Field(1)] public M2M_UnitTransfer Transfer { get; set; } = new();
                }

                [Message(2)]
                public partial class G2C_Enter : IResponse
                {
                    [Field(1)] public int RpcId { get; set; }
                    [Field(2)] public int Error { get; set; }
                    [Field(3)] public string Message { get; set; } = "";
                    [Field(4)] public M2M_UnitTransfer {|ETP0104:Transfer|} { get; set; } = new();
                }

                [Message(100, Scope = MessageScope.Inner)]
                public partial class M2M_UnitTransfer : IMessage { }
                """,
                Verifier.Diagnostic(DiagnosticDescriptors.InnerMessageExposed)
                    .WithSpan(6, 40, 6, 48)
                    .WithArguments("M2M_UnitTransfer", "is sent to clients: field 'Transfer' of outer message 'G2C_UnitEntered', which the server sends, carries it, so trusted server-to-server data leaves the servers"));

        [Fact]
        public Task A_handler_class_that_serves_an_outer_and_an_inner_message_for_one_session_type_is_reported() =>
            Verifier.DiagnosticsAsync(
                """
                using System.Threading;
                using System.Threading.Tasks;
                using EtProtocolGen;

                [Message(1), Authorize]
                public partial class C2M_Move : IMessage { }

                public sealed class {|ETP0104:MapHandler|} : IMessageHandler<Session, C2M_Move>, IMessageHandler<Session, M2M_UnitTransfer>
                {
                    public ValueTask HandleAsync(Session session, C2M_Move message, CancellationToken cancellationToken) => default;
                    public ValueTask HandleAsync(Session session, M2M_UnitTransfer message, CancellationToken cancellationToken) => default;
                }
                """,
                InnerMessages,
                Snippets.Session);

        [Fact]
        public Task Inner_messages_inside_inner_messages_and_outer_messages_inside_outer_messages_are_fine() =>
            Verifier.DiagnosticsAsync(
                """
                using System.Collections.Generic;
                using EtProtocolGen;

                [Message(1)]
                public partial class C2M_Path : IMessage
                {
                    [Field(1)] public List<C2M_Point> Points { get; set; } = new();
                }

                [Message(2)]
                public partial class C2M_Point : IMessage
                {
                    [Field(1)] public int X { get; set; }
                }
                """,
                InnerMessages);

        [Fact]
        public Task Inner_and_outer_handlers_for_different_session_types_or_in_separate_classes_are_fine() =>
            Verifier.DiagnosticsAsync(
                """
                using System.Threading;
                using System.Threading.Tasks;
                using EtProtocolGen;

                [Message(1), Authorize]
                public partial class C2M_Move : IMessage { }

                public sealed class GateHandler : IMessageHandler<Session, C2M_Move>, IMessageHandler<ServerSession, M2M_UnitTransfer>
                {
                    public ValueTask HandleAsync(Session session, C2M_Move message, CancellationToken cancellationToken) => default;
                    public ValueTask HandleAsync(ServerSession session, M2M_UnitTransfer message, CancellationToken cancellationToken) => default;
                }

                public sealed class MoveHandler : IMessageHandler<Session, C2M_Move>
                {
                    public ValueTask HandleAsync(Session session, C2M_Move message, CancellationToken cancellationToken) => default;
                }

                public sealed class TransferHandler : IMessageHandler<Session, M2M_UnitTransfer>
                {
                    public ValueTask HandleAsync(Session session, M2M_UnitTransfer message, CancellationToken cancellationToken) => default;
                }
                """,
                InnerMessages,
                Snippets.Session);

        [Fact]
        public Task A_message_declared_server_to_client_leaks_an_inner_message_and_a_value_only_inner_messages_carry_is_fine() =>
            Verifier.DiagnosticsAsync(
                """
                using EtProtocolGen;

                [Message(1, Direction = MessageDirection.ServerToClient)]
                public partial class Announcement : IMessage
                {
                    [Field(1)] public M2M_UnitTransfer Transfer { get; set; } = new();
                }

                [Message]
                public partial class TransferInfo
                {
                    [Field(1)] public M2M_UnitTransfer Transfer { get; set; } = new();
                }

                [Message(2, Scope = MessageScope.Inner)]
                public partial class M2M_Handoff : IMessage
                {
                    [Field(1)] public TransferInfo Info { get; set; } = new();
                }

                [Message(100, Scope = MessageScope.Inner)]
                public partial class M2M_UnitTransfer : IMessage { }
                """,
                Verifier.Diagnostic(DiagnosticDescriptors.InnerMessageExposed)
                    .WithSpan(6, 40, 6, 48)
                    .WithArguments("M2M_UnitTransfer", "is sent to clients: field 'Transfer' of outer message 'Announcement', which the server sends, carries it, so trusted server-to-server data leaves the servers"));
    }
}
