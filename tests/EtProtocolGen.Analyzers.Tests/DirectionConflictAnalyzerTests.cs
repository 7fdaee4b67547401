using System.Threading.Tasks;
using EtProtocolGen.Analyzers.Tests.Infrastructure;
using EtProtocolGen.CodeFixes;
using Xunit;
using Verifier = EtProtocolGen.Analyzers.Tests.Infrastructure.Verify<EtProtocolGen.Analyzers.DirectionConflictAnalyzer>;

namespace EtProtocolGen.Analyzers.Tests
{
    public class DirectionConflictAnalyzerTests
    {
        /// <summary>A response that declares the wrong way itself and a name conflict: only the author knows the fix.</summary>
        private const string WithoutObviousFix = """
            using EtProtocolGen;

            [Message(1, Direction = MessageDirection.ServerToClient), ResponseType({|ETP0112:typeof(ConfirmResult)|})]
            public partial class Confirm : IRequest { [Field(1)] public int RpcId { get; set; } }

            [Message(2, Direction = MessageDirection.ServerToClient)]
            public partial class ConfirmResult : IResponse
            {
                [Field(1)] public int RpcId { get; set; }
                [Field(2)] public int Error { get; set; }
                [Field(3)] public string Message { get; set; } = "";
            }

            [Message(3, {|ETP0112:Direction = MessageDirection.ServerToClient|})]
            public partial class C2M_Move : IMessage { }
            """;

        [Fact]
        public Task A_declared_direction_the_name_contradicts_is_reported_at_the_declaration() =>
            Verifier.DiagnosticsAsync(
                """
                using EtProtocolGen;

                [Message(1, {|#0:Direction = MessageDirection.ServerToClient|})]
                public partial class C2M_Move : IMessage { }

                [Message(2, {|#1:Direction = MessageDirection.ClientToServer|})]
                public partial class M2C_Moved : IMessage { }
                """,
                Verifier.Diagnostic(DiagnosticDescriptors.DirectionConflict).WithLocation(0)
                    .WithArguments("C2M_Move", "is declared server to client, but its name says client to server; rename it or correct the Direction"),
                Verifier.Diagnostic(DiagnosticDescriptors.DirectionConflict).WithLocation(1)
                    .WithArguments("M2C_Moved", "is declared client to server, but its name says server to client; rename it or correct the Direction"));

        [Fact]
        public Task A_direction_on_an_inner_message_is_reported() =>
            Verifier.DiagnosticsAsync(
                """
                using EtProtocolGen;

                [Message(1, Scope = MessageScope.Inner, {|#0:Direction = MessageDirection.ClientToServer|})]
                public partial class G2M_Enter : IMessage { }
                """,
                Verifier.Diagnostic(DiagnosticDescriptors.DirectionConflict).WithLocation(0)
                    .WithArguments("G2M_Enter", "declares Direction = ClientToServer on an inner message, which travels between servers only; remove the Direction or make the message outer"));

        [Fact]
        public Task A_response_that_does_not_travel_back_the_way_its_request_came_is_reported_at_ResponseType() =>
            Verifier.DiagnosticsAsync(
                """
                using EtProtocolGen;

                [Message(1, Direction = MessageDirection.ServerToClient), ResponseType({|#0:typeof(ConfirmResult)|})]
                public partial class Confirm : IRequest { [Field(1)] public int RpcId { get; set; } }

                [Message(2)]
                public partial class ConfirmResult : IResponse
                {
                    [Field(1)] public int RpcId { get; set; }
                    [Field(2)] public int Error { get; set; }
                    [Field(3)] public string Message { get; set; } = "";
                }

                [Message(3), ResponseType({|#1:typeof(C2G_LoginAck)|})]
                public partial class C2G_Login : IRequest { [Field(1)] public int RpcId { get; set; } }

                [Message(4)]
                public partial class C2G_LoginAck : IResponse
                {
                    [Field(1)] public int RpcId { get; set; }
                    [Field(2)] public int Error { get; set; }
                    [Field(3)] public string Message { get; set; } = "";
                }
                """,
                Verifier.Diagnostic(DiagnosticDescriptors.DirectionConflict).WithLocation(0)
                    .WithArguments("Confirm", "is sent server to client, but its response 'ConfirmResult' is found server to client; a response travels back the way its request came: declare Direction = ClientToServer on 'ConfirmResult'"),
                Verifier.Diagnostic(DiagnosticDescriptors.DirectionConflict).WithLocation(1)
                    .WithArguments("C2G_Login", "is sent client to server, but its response 'C2G_LoginAck' is found client to server; a response travels back the way its request came: declare Direction = ServerToClient on 'C2G_LoginAck'"));

        [Fact]
        public Task Directions_that_agree_with_names_and_requests_are_fine() =>
            Verifier.DiagnosticsAsync(
                """
                using EtProtocolGen;

                [Message(1, Direction = MessageDirection.Both)]
                public partial class C2C_Relay : IMessage { }

                [Message(2, Direction = MessageDirection.ClientToServer)]
                public partial class C2M_Move : IMessage { }

                [Message(3, Direction = MessageDirection.ServerToClient), ResponseType(typeof(ConfirmResult))]
                public partial class Confirm : IRequest { [Field(1)] public int RpcId { get; set; } }

                [Message(4, Direction = MessageDirection.ClientToServer)]
                public partial class ConfirmResult : IResponse
                {
                    [Field(1)] public int RpcId { get; set; }
                    [Field(2)] public int Error { get; set; }
                    [Field(3)] public string Message { get; set; } = "";
                }

                [Message(5), ResponseType(typeof(LoginResult))]
                public partial class C2G_Login : IRequest { [Field(1)] public int RpcId { get; set; } }

                [Message(6)]
                public partial class LoginResult : IResponse
                {
                    [Field(1)] public int RpcId { get; set; }
                    [Field(2)] public int Error { get; set; }
                    [Field(3)] public string Message { get; set; } = "";
                }

                [Message(7), ResponseType(typeof(PongResult))]
                public partial class Ping : IRequest { [Field(1)] public int RpcId { get; set; } }

                [Message(8)]
                public partial class PongResult : IResponse
                {
                    [Field(1)] public int RpcId { get; set; }
                    [Field(2)] public int Error { get; set; }
                    [Field(3)] public string Message { get; set; } = "";
                }

                [Message(9, Scope = MessageScope.Inner)]
                public partial class G2M_Enter : IMessage { }
                """);

        [Fact]
        public Task The_fix_removes_a_Direction_from_an_inner_message_with_its_comma() =>
            Verifier.FixAsync<DirectionConflictCodeFix>(
                """
                using EtProtocolGen;

                [Message(1, Scope = MessageScope.Inner, {|ETP0112:Direction = MessageDirection.ClientToServer|})]
                public partial class G2M_Enter : IMessage { }

                [Message({|ETP0112:Direction = MessageDirection.Both|}, Scope = MessageScope.Inner)]
                public partial class ShardInfo { }
                """,
                """
                using EtProtocolGen;

                [Message(1, Scope = MessageScope.Inner)]
                public partial class G2M_Enter : IMessage { }

                [Message(Scope = MessageScope.Inner)]
                public partial class ShardInfo { }
                """,
                DirectionConflictCodeFix.RemoveEquivalenceKey);

        [Fact]
        public Task The_fix_declares_the_way_back_on_a_response_that_declares_none_in_the_file_s_own_names() =>
            Verifier.FixAsync<DirectionConflictCodeFix>(
                """
                [EtProtocolGen.Message(1, Direction = EtProtocolGen.MessageDirection.ServerToClient), EtProtocolGen.ResponseType({|ETP0112:typeof(ConfirmResult)|})]
                public partial class Confirm : EtProtocolGen.IRequest { [EtProtocolGen.Field(1)] public int RpcId { get; set; } }

                [EtProtocolGen.Message(2)]
                public partial class ConfirmResult : EtProtocolGen.IResponse
                {
                    [EtProtocolGen.Field(1)] public int RpcId { get; set; }
                    [EtProtocolGen.Field(2)] public int Error { get; set; }
                    [EtProtocolGen.Field(3)] public string Message { get; set; } = "";
                }
                """,
                """
                [EtProtocolGen.Message(1, Direction = EtProtocolGen.MessageDirection.ServerToClient), EtProtocolGen.ResponseType(typeof(ConfirmResult))]
                public partial class Confirm : EtProtocolGen.IRequest { [EtProtocolGen.Field(1)] public int RpcId { get; set; } }

                [EtProtocolGen.Message(2, Direction = EtProtocolGen.MessageDirection.ClientToServer)]
                public partial class ConfirmResult : EtProtocolGen.IResponse
                {
                    [EtProtocolGen.Field(1)] public int RpcId { get; set; }
                    [EtProtocolGen.Field(2)] public int Error { get; set; }
                    [EtProtocolGen.Field(3)] public string Message { get; set; } = "";
                }
                """,
                DirectionConflictCodeFix.DeclareEquivalenceKey);

        [Fact]
        public Task A_response_that_declares_the_wrong_way_and_a_name_conflict_get_no_fix() =>
            Verifier.FixAsync<DirectionConflictCodeFix>(WithoutObviousFix, WithoutObviousFix);
    }
}
