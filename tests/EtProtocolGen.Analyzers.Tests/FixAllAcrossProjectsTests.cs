using System.Threading.Tasks;
using EtProtocolGen.Analyzers.Tests.Infrastructure;
using EtProtocolGen.CodeFixes;
using Xunit;

namespace EtProtocolGen.Analyzers.Tests
{
    /// <summary>
    /// Fix All for every code fix, over two documents of one project and a document of a second
    /// project, in document, project and solution scope (see <see cref="Verify{TAnalyzer}.FixAllAcrossProjectsAsync{TCodeFix}"/>).
    /// </summary>
    public class FixAllAcrossProjectsTests
    {
        [Fact]
        public Task ETP0001_partial() =>
            Verify<NonPartialMessageAnalyzer>.FixAllAcrossProjectsAsync<MakeMessagePartialCodeFix>(
                """
                using EtProtocolGen;

                public static class Protocol$Name$
                {
                    [Message($Opcode$)]
                    public sealed class {|ETP0001:C2M_$Name$|} : IMessage { }
                }
                """,
                """
                using EtProtocolGen;

                public static partial class Protocol$Name$
                {
                    [Message($Opcode$)]
                    public sealed partial class C2M_$Name$ : IMessage { }
                }
                """,
                MakeMessagePartialCodeFix.EquivalenceKey);

        [Fact]
        public Task ETP0005_response_type() =>
            Verify<ResponseTypeAnalyzer>.FixAllAcrossProjectsAsync<AddResponseTypeCodeFix>(
                """
                using System.Threading;
                using System.Threading.Tasks;
                using EtProtocolGen;

                [Message($Opcode$)]
                public partial class {|ETP0005:C2G_$Name$|} : IRequest { [Field(1)] public int RpcId { get; set; } }

                [Message(1$Opcode$)]
                public partial class G2C_$Name$ : IResponse
                {
                    [Field(1)] public int RpcId { get; set; }
                    [Field(2)] public int Error { get; set; }
                    [Field(3)] public string Message { get; set; } = "";
                }

                public sealed class $Name$Handler : IRequestHandler<Session, C2G_$Name$, G2C_$Name$>
                {
                    public ValueTask<G2C_$Name$> HandleAsync(Session session, C2G_$Name$ request, CancellationToken cancellationToken) => default;
                }
                """,
                """
                using System.Threading;
                using System.Threading.Tasks;
                using EtProtocolGen;

                [Message($Opcode$)]
                [ResponseType(typeof(G2C_$Name$))]
                public partial class C2G_$Name$ : IRequest { [Field(1)] public int RpcId { get; set; } }

                [Message(1$Opcode$)]
                public partial class G2C_$Name$ : IResponse
                {
                    [Field(1)] public int RpcId { get; set; }
                    [Field(2)] public int Error { get; set; }
                    [Field(3)] public string Message { get; set; } = "";
                }

                public sealed class $Name$Handler : IRequestHandler<Session, C2G_$Name$, G2C_$Name$>
                {
                    public ValueTask<G2C_$Name$> HandleAsync(Session session, C2G_$Name$ request, CancellationToken cancellationToken) => default;
                }
                """,
                AddResponseTypeCodeFix.EquivalenceKey,
                Snippets.Session);

        [Fact]
        public Task ETP0006_parameterless_constructor() =>
            Verify<UnsupportedMessageShapeAnalyzer>.FixAllAcrossProjectsAsync<AddParameterlessConstructorCodeFix>(
                """
                using EtProtocolGen;

                [Message($Opcode$), Authorize]
                public partial class {|ETP0006:C2M_$Name$|} : IMessage
                {
                    public C2M_$Name$(int x) { X = x; }

                    [Field(1)] public int X { get; set; }
                }
                """,
                """
                using EtProtocolGen;

                [Message($Opcode$), Authorize]
                public partial class C2M_$Name$ : IMessage
                {
                    public C2M_$Name$()
                    {
                    }

                    public C2M_$Name$(int x) { X = x; }

                    [Field(1)] public int X { get; set; }
                }
                """,
                AddParameterlessConstructorCodeFix.EquivalenceKey);

        [Fact]
        public Task ETP0101_max_length() =>
            Verify<UnboundedFieldAnalyzer>.FixAllAcrossProjectsAsync<AddMaxLengthCodeFix>(
                """
                using System.Collections.Generic;
                using EtProtocolGen;

                [Message($Opcode$)]
                public partial class C2M_$Name$ : IMessage
                {
                    [Field(1)] public string {|ETP0101:Text|} { get; set; } = "";
                    [Field(2)] public List<int> {|ETP0101:Targets|} { get; set; } = new();
                }
                """,
                """
                using System.Collections.Generic;
                using EtProtocolGen;

                [Message($Opcode$)]
                public partial class C2M_$Name$ : IMessage
                {
                    [Field(1), MaxLength(256)] public string Text { get; set; } = "";
                    [Field(2), MaxLength(1024)] public List<int> Targets { get; set; } = new();
                }
                """,
                AddMaxLengthCodeFix.EquivalenceKey);

        [Theory]
        [InlineData(AddAuthorizationCodeFix.AuthorizeEquivalenceKey, "Authorize")]
        [InlineData(AddAuthorizationCodeFix.AllowAnonymousEquivalenceKey, "AllowAnonymous")]
        public Task ETP0102_authorization(string equivalenceKey, string attribute) =>
            Verify<MissingAuthorizationAnalyzer>.FixAllAcrossProjectsAsync<AddAuthorizationCodeFix>(
                """
                using EtProtocolGen;

                [Message($Opcode$)]
                public partial class {|ETP0102:C2M_$Name$|} : IMessage { }
                """,
                """
                using EtProtocolGen;

                [Message($Opcode$)]
                [ATTRIBUTE]
                public partial class C2M_$Name$ : IMessage { }
                """.Replace("ATTRIBUTE", attribute),
                equivalenceKey);

        [Fact]
        public Task ETP0103_validation_hook() =>
            Verify<UnvalidatedHandlerAnalyzer>.FixAllAcrossProjectsAsync<AddValidationHookCodeFix>(
                """
                using System.Threading;
                using System.Threading.Tasks;
                using EtProtocolGen;

                [Message($Opcode$)]
                public partial class C2M_$Name$ : IMessage
                {
                    [Field(1)] public int X { get; set; }
                }

                public sealed class {|ETP0103:$Name$Handler|} : IMessageHandler<Session, C2M_$Name$>
                {
                    public ValueTask HandleAsync(Session session, C2M_$Name$ message, CancellationToken cancellationToken) => default;
                }
                """,
                """
                using System.Threading;
                using System.Threading.Tasks;
                using EtProtocolGen;

                [Message($Opcode$)]
                public partial class C2M_$Name$ : IMessage
                {
                    [Field(1)] public int X { get; set; }

                    partial void OnValidate(ref ValidationResult result)
                    {
                    }
                }

                public sealed class $Name$Handler : IMessageHandler<Session, C2M_$Name$>
                {
                    public ValueTask HandleAsync(Session session, C2M_$Name$ message, CancellationToken cancellationToken) => default;
                }
                """,
                AddValidationHookCodeFix.EquivalenceKey,
                Snippets.Session,
                """
                // <auto-generated/>
                partial class C2M_Alpha { partial void OnValidate(ref global::EtProtocolGen.ValidationResult result); }
                partial class C2M_Beta { partial void OnValidate(ref global::EtProtocolGen.ValidationResult result); }
                partial class C2M_Gamma { partial void OnValidate(ref global::EtProtocolGen.ValidationResult result); }
                """);

        [Fact]
        public Task ETP0105_sensitive() =>
            Verify<UnmarkedSecretAnalyzer>.FixAllAcrossProjectsAsync<AddSensitiveCodeFix>(
                """
                using EtProtocolGen;

                [Message($Opcode$)]
                public partial class C2G_$Name$ : IMessage
                {
                    [Field(1)] public string {|ETP0105:Password|} { get; set; } = "";
                    [Field(2)] public long {|ETP0105:GateKey|} { get; set; }
                }
                """,
                """
                using EtProtocolGen;

                [Message($Opcode$)]
                public partial class C2G_$Name$ : IMessage
                {
                    [Field(1), Sensitive] public string Password { get; set; } = "";
                    [Field(2), Sensitive] public long GateKey { get; set; }
                }
                """,
                AddSensitiveCodeFix.EquivalenceKey);

        [Fact]
        public Task ETP0106_max_depth() =>
            Verify<UnboundedRecursionAnalyzer>.FixAllAcrossProjectsAsync<AddMaxDepthCodeFix>(
                """
                using System.Collections.Generic;
                using EtProtocolGen;

                [Message($Opcode$)]
                public partial class {|ETP0106:Node$Name$|} : IMessage
                {
                    [Field(1)] public List<Node$Name$> Children { get; set; } = new();
                }
                """,
                """
                using System.Collections.Generic;
                using EtProtocolGen;

                [Message($Opcode$, MaxDepth = 16)]
                public partial class Node$Name$ : IMessage
                {
                    [Field(1)] public List<Node$Name$> Children { get; set; } = new();
                }
                """,
                AddMaxDepthCodeFix.EquivalenceKey);

        [Fact]
        public Task ETP0108_error_code() =>
            Verify<ExceptionTextInResponseAnalyzer>.FixAllAcrossProjectsAsync<ReplaceExceptionTextCodeFix>(
                """
                using System;
                using EtProtocolGen;

                [Message($Opcode$)]
                public partial class M2C_$Name$ : IResponse
                {
                    [Field(1)] public int RpcId { get; set; }
                    [Field(2)] public int Error { get; set; }
                    [Field(3)] public string Message { get; set; } = "";
                }

                public static class $Name$Failures
                {
                    public static M2C_$Name$ Fail(Exception ex)
                    {
                        var response = new M2C_$Name$();
                        response.Message = {|ETP0108:ex.Message|};
                        return response;
                    }
                }
                """,
                """
                using System;
                using EtProtocolGen;

                [Message($Opcode$)]
                public partial class M2C_$Name$ : IResponse
                {
                    [Field(1)] public int RpcId { get; set; }
                    [Field(2)] public int Error { get; set; }
                    [Field(3)] public string Message { get; set; } = "";
                }

                public static class $Name$Failures
                {
                    public static M2C_$Name$ Fail(Exception ex)
                    {
                        var response = new M2C_$Name$();
                        System.Diagnostics.Trace.TraceError(ex.ToString());
                        response.Message = "";
                        response.Error = ErrorCodes.InternalError;
                        return response;
                    }
                }
                """,
                ReplaceExceptionTextCodeFix.EquivalenceKey);

        [Fact]
        public Task ETP0110_nearest_enforceable_limit() =>
            Verify<UnenforceableLimitAnalyzer>.FixAllAcrossProjectsAsync<EnforceableLimitCodeFix>(
                """
                using EtProtocolGen;

                [Message($Opcode$), Authorize, {|ETP0110:RateLimit(0, 60)|}]
                [{|ETP0110:MaxConcurrency(-$Opcode$, Per = (RateLimitPartition)64)|}]
                public partial class C2M_$Name$ : IMessage { [Field(1)] public int Channel { get; set; } }
                """,
                """
                using EtProtocolGen;

                [Message($Opcode$), Authorize, RateLimit(1, 60)]
                [MaxConcurrency(1)]
                public partial class C2M_$Name$ : IMessage { [Field(1)] public int Channel { get; set; } }
                """,
                EnforceableLimitCodeFix.UseNearestKey);

        [Fact]
        public Task ETP0109_rate_limit() =>
            Verify<MissingRateLimitAnalyzer>.FixAllAcrossProjectsAsync<AddRateLimitCodeFix>(
                """
                using EtProtocolGen;

                [Message($Opcode$), AllowAnonymous]
                [ResponseType(typeof(R2C_$Name$))]
                public partial class {|ETP0109:C2R_$Name$|} : IRequest { [Field(1)] public int RpcId { get; set; } }

                [Message(1$Opcode$), Authorize]
                public partial class R2C_$Name$ : IResponse
                {
                    [Field(1)] public int RpcId { get; set; }
                    [Field(2)] public int Error { get; set; }
                    [Field(3), MaxLength(64)] public string Message { get; set; } = "";
                }
                """,
                """
                using EtProtocolGen;

                [Message($Opcode$), AllowAnonymous]
                [ResponseType(typeof(R2C_$Name$))]
                [RateLimit(10, 10, Per = RateLimitPartition.Connection | RateLimitPartition.RemoteAddress)]
                public partial class C2R_$Name$ : IRequest { [Field(1)] public int RpcId { get; set; } }

                [Message(1$Opcode$), Authorize]
                public partial class R2C_$Name$ : IResponse
                {
                    [Field(1)] public int RpcId { get; set; }
                    [Field(2)] public int Error { get; set; }
                    [Field(3), MaxLength(64)] public string Message { get; set; } = "";
                }
                """,
                AddRateLimitCodeFix.EquivalenceKey);
    }
}
