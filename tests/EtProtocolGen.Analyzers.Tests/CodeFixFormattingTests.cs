using System.Threading.Tasks;
using EtProtocolGen.Analyzers.Tests.Infrastructure;
using EtProtocolGen.CodeFixes;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace EtProtocolGen.Analyzers.Tests
{
    /// <summary>
    /// Every code fix on documents written the ways people write C#: Allman and K&amp;R braces, spaces and tabs, attribute
    /// lists on one line and on lines of their own. The fixed document must equal the expected text exactly (so the rest of
    /// the file keeps its layout and the new code follows it), compile, and no longer carry the diagnostic; each fix also runs
    /// through Fix All.
    /// </summary>
    public class CodeFixFormattingTests
    {
        private const string Session = """
            using EtProtocolGen;

            public sealed class Session : IProtocolSession
            {
                public bool IsAuthenticated => true;
                public MessageScope Scope => MessageScope.Outer;
                public bool IsInRole(string role) => false;
            }
            """;

        [Fact]
        public Task ETP0102_adds_Authorize_on_a_line_of_its_own_under_lists_on_lines_of_their_own() =>
            FixAsync<MissingAuthorizationAnalyzer, AddAuthorizationCodeFix>(
                """
                using EtProtocolGen;

                namespace Game
                {
                    /// <summary>Buys an item.</summary>
                    [Message(41003)]
                    [ResponseType(typeof(G2C_Buy))]
                    public partial class {|ETP0102:C2G_Buy|} : IRequest
                    {
                        [Field(1)] public int RpcId { get; set; }
                    }
                }
                """,
                """
                using EtProtocolGen;

                namespace Game
                {
                    /// <summary>Buys an item.</summary>
                    [Message(41003)]
                    [ResponseType(typeof(G2C_Buy))]
                    [Authorize]
                    public partial class C2G_Buy : IRequest
                    {
                        [Field(1)] public int RpcId { get; set; }
                    }
                }
                """,
                AddAuthorizationCodeFix.AuthorizeEquivalenceKey,
                Responses("G2C_Buy"));

        [Fact]
        public Task ETP0102_adds_Authorize_after_a_list_on_the_declaration_line_with_a_space() =>
            FixAsync<MissingAuthorizationAnalyzer, AddAuthorizationCodeFix>(
                """
                using EtProtocolGen;

                namespace Game {
                	[Message(41003)] public partial class {|ETP0102:C2G_Buy|} : IMessage {
                		[Field(1)] public int Count { get; set; }
                	}
                }
                """,
                """
                using EtProtocolGen;

                namespace Game {
                	[Message(41003)] [AllowAnonymous] public partial class C2G_Buy : IMessage {
                		[Field(1)] public int Count { get; set; }
                	}
                }
                """,
                AddAuthorizationCodeFix.AllowAnonymousEquivalenceKey);

        [Fact]
        public Task ETP0106_sets_an_existing_MaxDepth_instead_of_naming_it_twice() =>
            FixAsync<UnboundedRecursionAnalyzer, AddMaxDepthCodeFix>(
                """
                using System.Collections.Generic;
                using EtProtocolGen;

                [Message(41004, MaxDepth = 0), Authorize]
                public partial class {|ETP0106:TreeNode|} : IMessage
                {
                    [Field(1), MaxLength(8)] public List<TreeNode> Children { get; set; } = new();
                }

                [Message(41005)]
                [Authorize]
                public partial class {|ETP0106:Quest|} : IMessage
                {
                    [Field(1)] public Quest? Next { get; set; }
                }
                """,
                """
                using System.Collections.Generic;
                using EtProtocolGen;

                [Message(41004, MaxDepth = 16), Authorize]
                public partial class TreeNode : IMessage
                {
                    [Field(1), MaxLength(8)] public List<TreeNode> Children { get; set; } = new();
                }

                [Message(41005, MaxDepth = 16)]
                [Authorize]
                public partial class Quest : IMessage
                {
                    [Field(1)] public Quest? Next { get; set; }
                }
                """,
                AddMaxDepthCodeFix.EquivalenceKey);

        [Fact]
        public Task ETP0103_adds_the_hook_with_the_brace_on_its_own_line_in_an_Allman_file() =>
            FixAsync<UnvalidatedHandlerAnalyzer, AddValidationHookCodeFix>(
                """
                using System.Threading;
                using System.Threading.Tasks;
                using EtProtocolGen;

                [Message(1), Authorize]
                public partial class C2M_Move : IMessage
                {
                    [Field(1)] public int X { get; set; }

                    public override string ToString()
                    {
                        return "move";
                    }
                }

                public sealed class {|ETP0103:MoveHandler|} : IMessageHandler<Session, C2M_Move>
                {
                    public ValueTask HandleAsync(Session session, C2M_Move message, CancellationToken cancellationToken)
                    {
                        return default;
                    }
                }
                """,
                """
                using System.Threading;
                using System.Threading.Tasks;
                using EtProtocolGen;

                [Message(1), Authorize]
                public partial class C2M_Move : IMessage
                {
                    [Field(1)] public int X { get; set; }

                    public override string ToString()
                    {
                        return "move";
                    }

                    partial void OnValidate(ref ValidationResult result)
                    {
                    }
                }

                public sealed class MoveHandler : IMessageHandler<Session, C2M_Move>
                {
                    public ValueTask HandleAsync(Session session, C2M_Move message, CancellationToken cancellationToken)
                    {
                        return default;
                    }
                }
                """,
                AddValidationHookCodeFix.EquivalenceKey,
                Session,
                GeneratedHook("C2M_Move"));

        [Fact]
        public Task ETP0103_adds_the_hook_with_the_brace_at_the_end_of_the_line_in_a_KR_file_with_tabs() =>
            FixAsync<UnvalidatedHandlerAnalyzer, AddValidationHookCodeFix>(
                """
                using System.Threading;
                using System.Threading.Tasks;
                using EtProtocolGen;

                [Message(1), Authorize]
                public partial class C2M_Move : IMessage {
                	[Field(1)] public int X { get; set; }
                }

                public sealed class {|ETP0103:MoveHandler|} : IMessageHandler<Session, C2M_Move> {
                	public ValueTask HandleAsync(Session session, C2M_Move message, CancellationToken cancellationToken) {
                		return default;
                	}
                }
                """,
                """
                using System.Threading;
                using System.Threading.Tasks;
                using EtProtocolGen;

                [Message(1), Authorize]
                public partial class C2M_Move : IMessage {
                	[Field(1)] public int X { get; set; }

                	partial void OnValidate(ref ValidationResult result) {
                	}
                }

                public sealed class MoveHandler : IMessageHandler<Session, C2M_Move> {
                	public ValueTask HandleAsync(Session session, C2M_Move message, CancellationToken cancellationToken) {
                		return default;
                	}
                }
                """,
                AddValidationHookCodeFix.EquivalenceKey,
                Session,
                GeneratedHook("C2M_Move"));

        [Fact]
        public Task ETP0103_opens_a_message_body_written_on_one_line() =>
            FixAsync<UnvalidatedHandlerAnalyzer, AddValidationHookCodeFix>(
                """
                using System.Threading;
                using System.Threading.Tasks;
                using EtProtocolGen;

                namespace Game
                {
                    [Message(1), Authorize]
                    public partial class C2M_Say : IMessage { [Field(1)] public string Text { get; set; } = ""; }

                    public sealed class {|ETP0103:SayHandler|} : IMessageHandler<Session, C2M_Say>
                    {
                        public ValueTask HandleAsync(Session session, C2M_Say message, CancellationToken cancellationToken) => default;
                    }
                }
                """,
                """
                using System.Threading;
                using System.Threading.Tasks;
                using EtProtocolGen;

                namespace Game
                {
                    [Message(1), Authorize]
                    public partial class C2M_Say : IMessage { [Field(1)] public string Text { get; set; } = "";
                        partial void OnValidate(ref ValidationResult result)
                        {
                        }
                    }

                    public sealed class SayHandler : IMessageHandler<Session, C2M_Say>
                    {
                        public ValueTask HandleAsync(Session session, C2M_Say message, CancellationToken cancellationToken) => default;
                    }
                }
                """,
                AddValidationHookCodeFix.EquivalenceKey,
                Session,
                GeneratedHook("Game.C2M_Say"));

        [Fact]
        public Task ETP0103_writes_CRLF_line_endings_in_a_file_scoped_namespace() =>
            FixAsync<UnvalidatedHandlerAnalyzer, AddValidationHookCodeFix>(
                CrLf("""
                using System.Threading;
                using System.Threading.Tasks;
                using EtProtocolGen;

                namespace Game;

                [Message(1), Authorize]
                public partial class C2M_Move : IMessage
                {
                    [Field(1)] public int X { get; set; }
                }

                public sealed class {|ETP0103:MoveHandler|} : IMessageHandler<Session, C2M_Move>
                {
                    public ValueTask HandleAsync(Session session, C2M_Move message, CancellationToken cancellationToken) => default;
                }
                """),
                CrLf("""
                using System.Threading;
                using System.Threading.Tasks;
                using EtProtocolGen;

                namespace Game;

                [Message(1), Authorize]
                public partial class C2M_Move : IMessage
                {
                    [Field(1)] public int X { get; set; }

                    partial void OnValidate(ref ValidationResult result)
                    {
                    }
                }

                public sealed class MoveHandler : IMessageHandler<Session, C2M_Move>
                {
                    public ValueTask HandleAsync(Session session, C2M_Move message, CancellationToken cancellationToken) => default;
                }
                """),
                AddValidationHookCodeFix.EquivalenceKey,
                Session,
                GeneratedHook("Game.C2M_Move"));

        [Fact]
        public Task ETP0009_and_ETP0102_write_CRLF_line_endings_in_a_file_scoped_namespace() =>
            FixAsync<UnserializedCorrelationAnalyzer, AddFieldCodeFix>(
                CrLf("""
                using EtProtocolGen;

                namespace Game;

                [Message(2), Authorize]
                public partial class G2C_Buy : IResponse
                {
                    [Field(1)]
                    public int Error { get; set; }

                    public int {|ETP0009:RpcId|} { get; set; }

                    [Field(3), MaxLength(64)]
                    public string Message { get; set; } = "";
                }
                """),
                CrLf("""
                using EtProtocolGen;

                namespace Game;

                [Message(2), Authorize]
                public partial class G2C_Buy : IResponse
                {
                    [Field(1)]
                    public int Error { get; set; }

                    [Field(4)]
                    public int RpcId { get; set; }

                    [Field(3), MaxLength(64)]
                    public string Message { get; set; } = "";
                }
                """),
                AddFieldCodeFix.EquivalenceKey);

        [Fact]
        public Task ETP0102_adds_Authorize_on_its_own_CRLF_line_in_a_file_scoped_namespace() =>
            FixAsync<MissingAuthorizationAnalyzer, AddAuthorizationCodeFix>(
                CrLf("""
                using EtProtocolGen;

                namespace Game;

                [Message(41003)]
                public partial class {|ETP0102:C2G_Buy|} : IMessage
                {
                    [Field(1)] public int Count { get; set; }
                }
                """),
                CrLf("""
                using EtProtocolGen;

                namespace Game;

                [Message(41003)]
                [Authorize]
                public partial class C2G_Buy : IMessage
                {
                    [Field(1)] public int Count { get; set; }
                }
                """),
                AddAuthorizationCodeFix.AuthorizeEquivalenceKey);

        [Fact]
        public Task ETP0108_writes_CRLF_line_endings_in_a_file_scoped_namespace() =>
            FixAsync<ExceptionTextInResponseAnalyzer, ReplaceExceptionTextCodeFix>(
                CrLf("""
                using System;
                using EtProtocolGen;

                namespace Game;

                public static class Shop
                {
                    public static G2C_Buy Buy(G2C_Buy reply, Exception ex)
                    {
                        reply.Message = {|ETP0108:ex.Message|};
                        return reply;
                    }
                }
                """),
                CrLf("""
                using System;
                using EtProtocolGen;

                namespace Game;

                public static class Shop
                {
                    public static G2C_Buy Buy(G2C_Buy reply, Exception ex)
                    {
                        System.Diagnostics.Trace.TraceError(ex.ToString());
                        reply.Message = "";
                        reply.Error = ErrorCodes.InternalError;
                        return reply;
                    }
                }
                """),
                ReplaceExceptionTextCodeFix.EquivalenceKey,
                Responses("G2C_Buy"));

        [Fact]
        public Task ETP0006_adds_the_constructor_in_the_files_brace_style_before_the_first_constructor() =>
            FixAsync<UnsupportedMessageShapeAnalyzer, AddParameterlessConstructorCodeFix>(
                """
                using EtProtocolGen;

                [Message(1), Authorize]
                public partial class {|ETP0006:C2M_Move|} : IMessage {
                	[Field(1)] public int X { get; set; }

                	/// <summary>Moves to x.</summary>
                	public C2M_Move(int x) {
                		X = x;
                	}
                }
                """,
                """
                using EtProtocolGen;

                [Message(1), Authorize]
                public partial class C2M_Move : IMessage {
                	[Field(1)] public int X { get; set; }

                	public C2M_Move() {
                	}

                	/// <summary>Moves to x.</summary>
                	public C2M_Move(int x) {
                		X = x;
                	}
                }
                """,
                AddParameterlessConstructorCodeFix.EquivalenceKey);

        [Fact]
        public Task ETP0101_and_ETP0105_join_the_Field_list_whatever_the_layout() =>
            FixAsync<UnboundedFieldAnalyzer, AddMaxLengthCodeFix>(
                """
                using EtProtocolGen;

                [Message(1), Authorize]
                public partial class C2M_Chat : IMessage
                {
                	[Field(1)] public string {|ETP0101:Text|} { get; set; } = "";

                	[Sensitive]
                	[Field(2)]
                	public byte[] {|ETP0101:Blob|} { get; set; } = new byte[0];
                }
                """,
                """
                using EtProtocolGen;

                [Message(1), Authorize]
                public partial class C2M_Chat : IMessage
                {
                	[Field(1), MaxLength(256)] public string Text { get; set; } = "";

                	[Sensitive]
                	[Field(2), MaxLength(4096)]
                	public byte[] Blob { get; set; } = new byte[0];
                }
                """,
                AddMaxLengthCodeFix.EquivalenceKey);

        [Fact]
        public Task ETP0105_qualifies_the_attribute_where_the_file_has_no_using() =>
            FixAsync<UnmarkedSecretAnalyzer, AddSensitiveCodeFix>(
                """
                namespace Game
                {
                    [EtProtocolGen.Message(1), EtProtocolGen.AllowAnonymous]
                    public partial class C2G_Login : EtProtocolGen.IMessage
                    {
                        [EtProtocolGen.Field(1)] public string {|ETP0105:Password|} { get; set; } = "";
                    }
                }
                """,
                """
                namespace Game
                {
                    [EtProtocolGen.Message(1), EtProtocolGen.AllowAnonymous]
                    public partial class C2G_Login : EtProtocolGen.IMessage
                    {
                        [EtProtocolGen.Field(1), EtProtocolGen.Sensitive] public string Password { get; set; } = "";
                    }
                }
                """,
                AddSensitiveCodeFix.EquivalenceKey);

        [Fact]
        public Task ETP0009_puts_Field_where_the_other_members_put_their_attributes() =>
            FixAsync<UnserializedCorrelationAnalyzer, AddFieldCodeFix>(
                """
                using EtProtocolGen;

                [Message(2), Authorize]
                public partial class G2C_Buy : IResponse
                {
                	[Field(1)]
                	public int Error { get; set; }

                	public int {|ETP0009:RpcId|} { get; set; }

                	public string Message { get; set; } = "";
                }
                """,
                """
                using EtProtocolGen;

                [Message(2), Authorize]
                public partial class G2C_Buy : IResponse
                {
                	[Field(1)]
                	public int Error { get; set; }

                	[Field(2)]
                	public int RpcId { get; set; }

                	public string Message { get; set; } = "";
                }
                """,
                AddFieldCodeFix.EquivalenceKey);

        [Fact]
        public Task ETP0001_adds_partial_before_the_keyword_without_touching_the_layout() =>
            FixAsync<NonPartialMessageAnalyzer, MakeMessagePartialCodeFix>(
                """
                using EtProtocolGen;

                namespace Game {
                	[Message(1), Authorize] public sealed class {|ETP0001:C2M_Move|} : IMessage {
                		[Field(1)] public int X { get; set; }
                	}
                }
                """,
                """
                using EtProtocolGen;

                namespace Game {
                	[Message(1), Authorize] public sealed partial class C2M_Move : IMessage {
                		[Field(1)] public int X { get; set; }
                	}
                }
                """,
                MakeMessagePartialCodeFix.EquivalenceKey);

        [Fact]
        public Task ETP0108_writes_the_log_and_the_error_code_in_a_KR_file_with_tabs() =>
            FixAsync<ExceptionTextInResponseAnalyzer, ReplaceExceptionTextCodeFix>(
                """
                using System;
                using EtProtocolGen;

                public static class Shop {
                	public static G2C_Buy Buy(G2C_Buy reply) {
                		try {
                			throw new InvalidOperationException();
                		} catch (Exception ex) {
                			reply.Message = {|ETP0108:ex.Message|};
                			return reply;
                		}
                	}
                }
                """,
                """
                using System;
                using EtProtocolGen;

                public static class Shop {
                	public static G2C_Buy Buy(G2C_Buy reply) {
                		try {
                			throw new InvalidOperationException();
                		} catch (Exception ex) {
                			System.Diagnostics.Trace.TraceError(ex.ToString());
                			reply.Message = "";
                			reply.Error = ErrorCodes.InternalError;
                			return reply;
                		}
                	}
                }
                """,
                ReplaceExceptionTextCodeFix.EquivalenceKey,
                Responses("G2C_Buy"));

        [Fact]
        public Task ETP0005_adds_the_response_type_in_the_layout_of_the_lists() =>
            FixAsync<ResponseTypeAnalyzer, AddResponseTypeCodeFix>(
                """
                using System.Threading;
                using System.Threading.Tasks;
                using EtProtocolGen;

                [Message(1)] [AllowAnonymous] public partial class {|ETP0005:C2G_Buy|} : IRequest {
                	[Field(1)] public int RpcId { get; set; }
                }

                public sealed class BuyHandler : IRequestHandler<Session, C2G_Buy, G2C_Buy> {
                	public ValueTask<G2C_Buy> HandleAsync(Session session, C2G_Buy request, CancellationToken cancellationToken) => new(new G2C_Buy());
                }
                """,
                """
                using System.Threading;
                using System.Threading.Tasks;
                using EtProtocolGen;

                [Message(1)] [AllowAnonymous] [ResponseType(typeof(G2C_Buy))] public partial class C2G_Buy : IRequest {
                	[Field(1)] public int RpcId { get; set; }
                }

                public sealed class BuyHandler : IRequestHandler<Session, C2G_Buy, G2C_Buy> {
                	public ValueTask<G2C_Buy> HandleAsync(Session session, C2G_Buy request, CancellationToken cancellationToken) => new(new G2C_Buy());
                }
                """,
                AddResponseTypeCodeFix.EquivalenceKey,
                Session,
                Responses("G2C_Buy"));

        [Fact]
        public Task ETP0016_removes_the_attribute_from_a_list_on_one_line_and_a_list_of_its_own_with_its_line() =>
            FixAsync<UnenforceableValidationAnalyzer, RemoveInapplicableValidationCodeFix>(
                """
                using EtProtocolGen;

                [Message(1), Authorize]
                public partial class C2M_Rename : IMessage
                {
                	[Field(1), {|ETP0016:Range(1, 10)|}, MaxLength(64)] public string Name { get; set; } = "";

                	[Field(2)]
                	[{|ETP0016:MaxLength(4)|}]
                	public int Level { get; set; }
                }
                """,
                """
                using EtProtocolGen;

                [Message(1), Authorize]
                public partial class C2M_Rename : IMessage
                {
                	[Field(1), MaxLength(64)] public string Name { get; set; } = "";

                	[Field(2)]
                	public int Level { get; set; }
                }
                """,
                RemoveInapplicableValidationCodeFix.EquivalenceKey);

        [Fact]
        public Task ETP0109_declares_the_limit_on_its_own_CRLF_line_with_tabs_in_a_file_scoped_namespace() =>
            FixAsync<MissingRateLimitAnalyzer, AddRateLimitCodeFix>(
                CrLf("""
                using EtProtocolGen;

                namespace Game.Realm;

                [Message(1)]
                [AllowAnonymous, ResponseType(typeof(R2C_Login))]
                public partial class {|ETP0109:C2R_Login|} : IRequest {
                	[Field(1)] public int RpcId { get; set; }
                }
                """),
                CrLf("""
                using EtProtocolGen;

                namespace Game.Realm;

                [Message(1)]
                [AllowAnonymous, ResponseType(typeof(R2C_Login))]
                [RateLimit(10, 10, Per = RateLimitPartition.Connection | RateLimitPartition.RemoteAddress)]
                public partial class C2R_Login : IRequest {
                	[Field(1)] public int RpcId { get; set; }
                }
                """),
                AddRateLimitCodeFix.EquivalenceKey,
                Responses("R2C_Login"));

        [Fact]
        public Task ETP0109_joins_a_list_on_the_declaration_line_and_writes_the_partitions_qualified_where_they_do_not_bind() =>
            FixAsync<MissingRateLimitAnalyzer, AddRateLimitCodeFix>(
                """
                namespace Game.Realm
                {
                	[EtProtocolGen.Message(1), EtProtocolGen.AllowAnonymous, EtProtocolGen.ResponseType(typeof(R2C_Login))] public partial class {|ETP0109:C2R_Login|} : EtProtocolGen.IRequest { [EtProtocolGen.Field(1)] public int RpcId { get; set; } }
                }
                """,
                """
                namespace Game.Realm
                {
                	[EtProtocolGen.Message(1), EtProtocolGen.AllowAnonymous, EtProtocolGen.ResponseType(typeof(R2C_Login)), EtProtocolGen.RateLimit(10, 10, Per = EtProtocolGen.RateLimitPartition.Connection | EtProtocolGen.RateLimitPartition.RemoteAddress)] public partial class C2R_Login : EtProtocolGen.IRequest { [EtProtocolGen.Field(1)] public int RpcId { get; set; } }
                }
                """,
                AddRateLimitCodeFix.EquivalenceKey,
                Responses("R2C_Login"));

        [Fact]
        public Task ETP0110_changes_only_the_value_out_of_range_in_a_KR_file_with_tabs_and_CRLF() =>
            FixAsync<UnenforceableLimitAnalyzer, EnforceableLimitCodeFix>(
                CrLf("""
                using EtProtocolGen;

                namespace Game {
                	[Message(1), Authorize,   {|ETP0110:RateLimit( 0 ,  60)|}]   // keep this comment
                	public partial class C2M_Say : IMessage {
                		[Field(1), MaxLength(64)] public string Text { get; set; } = "";
                	}
                }
                """),
                CrLf("""
                using EtProtocolGen;

                namespace Game {
                	[Message(1), Authorize,   RateLimit( 1 ,  60)]   // keep this comment
                	public partial class C2M_Say : IMessage {
                		[Field(1), MaxLength(64)] public string Text { get; set; } = "";
                	}
                }
                """),
                EnforceableLimitCodeFix.UseNearestKey);

        [Fact]
        public Task ETP0112_removes_the_Direction_and_its_comma_only_in_a_KR_file_with_tabs_and_CRLF() =>
            FixAsync<DirectionConflictAnalyzer, DirectionConflictCodeFix>(
                CrLf("""
                using EtProtocolGen;

                namespace Game {
                	[Message( 7 ,  Scope = MessageScope.Inner ,  {|ETP0112:Direction = MessageDirection.Both|} ), Authorize]   // keep this comment
                	public partial class G2M_Sync : IMessage {
                		[Field(1)] public int Tick { get; set; }
                	}
                }
                """),
                CrLf("""
                using EtProtocolGen;

                namespace Game {
                	[Message( 7 ,  Scope = MessageScope.Inner ), Authorize]   // keep this comment
                	public partial class G2M_Sync : IMessage {
                		[Field(1)] public int Tick { get; set; }
                	}
                }
                """),
                DirectionConflictCodeFix.RemoveEquivalenceKey);

        [Fact]
        public Task ETP0112_declares_the_direction_on_a_response_in_another_file_keeping_its_layout()
        {
            var test = new ProtocolTest<DirectionConflictAnalyzer, DirectionConflictCodeFix> { CodeActionEquivalenceKey = DirectionConflictCodeFix.DeclareEquivalenceKey };
            const string Request = """
                using EtProtocolGen;

                namespace Game
                {
                    [Message(41010, Direction = MessageDirection.ServerToClient)]
                    [ResponseType({|ETP0112:typeof(Game.Replies.ConfirmResult)|})]
                    public partial class Confirm : IRequest
                    {
                        [Field(1)] public int RpcId { get; set; }
                    }
                }
                """;
            test.TestState.Sources.Add(("/0/Protocol.cs", Request));
            test.TestState.Sources.Add(("/0/Replies.cs", CrLf("""
                namespace Game.Replies;

                /// <summary>The client's answer.</summary>
                [EtProtocolGen.Message( 41011 )]
                public partial class ConfirmResult : EtProtocolGen.IResponse
                {
                	[EtProtocolGen.Field(1)] public int RpcId { get; set; }
                	[EtProtocolGen.Field(2)] public int Error { get; set; }
                	[EtProtocolGen.Field(3), EtProtocolGen.MaxLength(64)] public string Message { get; set; } = "";
                }
                """)));
            test.FixedState.Sources.Add(("/0/Protocol.cs", Request.Replace("{|ETP0112:", "").Replace("|}", "")));
            test.FixedState.Sources.Add(("/0/Replies.cs", CrLf("""
                namespace Game.Replies;

                /// <summary>The client's answer.</summary>
                [EtProtocolGen.Message( 41011 , Direction = EtProtocolGen.MessageDirection.ClientToServer)]
                public partial class ConfirmResult : EtProtocolGen.IResponse
                {
                	[EtProtocolGen.Field(1)] public int RpcId { get; set; }
                	[EtProtocolGen.Field(2)] public int Error { get; set; }
                	[EtProtocolGen.Field(3), EtProtocolGen.MaxLength(64)] public string Message { get; set; } = "";
                }
                """)));
            return test.RunAsync();
        }

        /// <summary><paramref name="text"/> with Windows line endings, as a file saved on Windows has them.</summary>
        private static string CrLf(string text) => text.Replace("\r\n", "\n").Replace("\n", "\r\n");

        /// <summary>The declaration of the validation hook the generator writes for <paramref name="message"/> (namespace-qualified when it has one).</summary>
        private static string GeneratedHook(string message)
        {
            int dot = message.LastIndexOf('.');
            string declaration = "partial class " + message.Substring(dot + 1) + " { partial void OnValidate(ref global::EtProtocolGen.ValidationResult result); }";
            return "// <auto-generated/>\n" + (dot < 0 ? declaration : "namespace " + message.Substring(0, dot) + " { " + declaration + " }") + "\n";
        }

        /// <summary>A response message per name, each with RpcId, Error and Message on the wire.</summary>
        private static string Responses(params string[] names)
        {
            var text = new System.Text.StringBuilder("using EtProtocolGen;\n");
            foreach (string name in names)
            {
                text.Append("\n[Message(").Append(40000 + name.Length).Append("), AllowAnonymous]\npublic partial class ").Append(name).Append(" : IResponse\n{\n")
                    .Append("    [Field(1)] public int RpcId { get; set; }\n    [Field(2)] public int Error { get; set; }\n    [Field(3), MaxLength(64)] public string Message { get; set; } = \"\";\n}\n");
            }

            return text.ToString();
        }

        private static Task FixAsync<TAnalyzer, TCodeFix>(string source, string fixedSource, string equivalenceKey, params string[] shared)
            where TAnalyzer : DiagnosticAnalyzer, new()
            where TCodeFix : CodeFixProvider, new()
        {
            var test = new ProtocolTest<TAnalyzer, TCodeFix> { CodeActionEquivalenceKey = equivalenceKey };
            test.TestState.Sources.Add(("/0/Protocol.cs", source));
            test.FixedState.Sources.Add(("/0/Protocol.cs", fixedSource));
            for (int i = 0; i < shared.Length; i++)
            {
                test.TestState.Sources.Add(("/0/Shared" + i + ".cs", shared[i]));
                test.FixedState.Sources.Add(("/0/Shared" + i + ".cs", shared[i]));
            }

            return test.RunAsync();
        }
    }
}
