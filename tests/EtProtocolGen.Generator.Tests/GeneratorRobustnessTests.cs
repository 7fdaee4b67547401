using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using EtProtocolGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EtProtocolGen.Generator.Tests;

/// <summary>
/// The states of issue #13 that made a generator throw (CS8785 drops all its files) or wrote errors into generated files, each
/// reproduced: both generators run as the package runs them, neither throws nor reports, and no generated file has an error.
/// Where the user's code is wrong, the compiler or an ETP diagnostic says so in the user's code, and nowhere else.
/// </summary>
public sealed class GeneratorRobustnessTests
{
    private const string Session = """
        namespace Game.Shared
        {
            public sealed class Session : EtProtocolGen.IProtocolSession
            {
                public bool IsAuthenticated => true;
                public EtProtocolGen.MessageScope Scope => EtProtocolGen.MessageScope.Outer;
                public bool IsInRole(string role) => false;
            }
        }
        """;

    [Fact]
    public async Task Two_messages_with_one_opcode_leave_the_registry_compilable_and_ETP0002_is_the_only_error()
    {
        Compilation output = RunClean("""
            using System.Threading;
            using System.Threading.Tasks;
            using EtProtocolGen;

            namespace Game.Protocol
            {
                [Message(12001), AllowAnonymous] public partial class C2M_First : IMessage { [Field(1)] public int A { get; set; } }
                [Message(12001), AllowAnonymous] public partial class C2M_Second : IMessage { [Field(1)] public int B { get; set; } }
                [Message(12002), AllowAnonymous] public partial class C2M_Third : IMessage { [Field(1)] public int C { get; set; } }

                public sealed class FirstHandler : IMessageHandler<Game.Shared.Session, C2M_First>
                {
                    public ValueTask HandleAsync(Game.Shared.Session session, C2M_First message, CancellationToken cancellationToken) => default;
                }

                public sealed class ThirdHandler : IMessageHandler<Game.Shared.Session, C2M_Third>
                {
                    public ValueTask HandleAsync(Game.Shared.Session session, C2M_Third message, CancellationToken cancellationToken) => default;
                }
            }
            """, Session);

        // A command-line build stops before the analyzers only on compiler errors: there are none, so ETP0002 is shown.
        Assert.DoesNotContain(output.GetDiagnostics(), diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
        string registry = Generated(output, "ProtocolRegistry");
        Assert.DoesNotContain("C2M_First", registry);
        Assert.DoesNotContain("C2M_Second", registry);
        Assert.Contains("C2M_Third", registry);
        string dispatcher = Generated(output, "OuterDispatcher");
        Assert.DoesNotContain("FirstHandler", dispatcher);
        Assert.Contains("ThirdHandler", dispatcher);

        IReadOnlyList<Diagnostic> analyzerDiagnostics = await ProtocolAnalyzers.RunAsync(output);
        Assert.Equal(2, analyzerDiagnostics.Count(diagnostic => diagnostic.Id == "ETP0002" && diagnostic.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void Session_types_with_one_simple_name_in_two_namespaces_get_a_dispatcher_each()
    {
        Compilation output = RunClean("""
            using System.Threading;
            using System.Threading.Tasks;
            using EtProtocolGen;

            namespace Realm
            {
                public sealed class PlayerSession : IProtocolSession
                {
                    public bool IsAuthenticated => true;
                    public MessageScope Scope => MessageScope.Outer;
                    public bool IsInRole(string role) => false;
                }

                [Message(1), AllowAnonymous] public partial class C2R_Ping : IMessage { }

                public sealed class PingHandler : IMessageHandler<PlayerSession, C2R_Ping>
                {
                    public ValueTask HandleAsync(PlayerSession session, C2R_Ping message, CancellationToken cancellationToken) => default;
                }
            }

            namespace Gate
            {
                public sealed class PlayerSession : IProtocolSession
                {
                    public bool IsAuthenticated => true;
                    public MessageScope Scope => MessageScope.Outer;
                    public bool IsInRole(string role) => false;
                }

                [Message(2), AllowAnonymous] public partial class C2G_Ping : IMessage { }

                public sealed class PingHandler : IMessageHandler<PlayerSession, C2G_Ping>
                {
                    public ValueTask HandleAsync(PlayerSession session, C2G_Ping message, CancellationToken cancellationToken) => default;
                }
            }
            """);

        string[] dispatchers = GeneratedNames(output).Where(name => name.EndsWith("Dispatcher.g.cs", System.StringComparison.Ordinal)).ToArray();
        Assert.Equal(new[] { "Protocol.Generated.OuterPlayerSessionDispatcher.g.cs", "Protocol.Generated.OuterRealm_PlayerSessionDispatcher.g.cs" }, dispatchers.OrderBy(name => name, System.StringComparer.Ordinal));
    }

    [Fact]
    public void A_session_whose_using_is_half_typed_loses_only_its_own_handlers()
    {
        Compilation output = RunClean(
            """
            using System.Threading;
            using System.Threading.Tasks;
            using EtProtocolGen;
            using Gam;

            namespace Game.Protocol
            {
                [Message(1), AllowAnonymous] public partial class C2M_Ping : IMessage { }
                [Message(2), AllowAnonymous] public partial class C2M_Pong : IMessage { }

                public sealed class PingHandler : IMessageHandler<{|CS0246:Session|}, C2M_Ping>
                {
                    public ValueTask HandleAsync(Session session, C2M_Ping message, CancellationToken cancellationToken) => default;
                }

                public sealed class PongHandler : IMessageHandler<Game.Shared.Session, C2M_Pong>
                {
                    public ValueTask HandleAsync(Game.Shared.Session session, C2M_Pong message, CancellationToken cancellationToken) => default;
                }
            }
            """,
            Session);

        string dispatcher = Generated(output, "OuterDispatcher");
        Assert.Contains("PongHandler", dispatcher);
        Assert.DoesNotContain("PingHandler", dispatcher);
    }

    [Fact]
    public void Two_partial_declarations_that_each_carry_Message_get_one_serializer()
    {
        Compilation output = RunClean(
            """
            namespace Game.Protocol
            {
                [EtProtocolGen.Message(1)]
                public partial class C2M_Split { [EtProtocolGen.Field(1)] public int A { get; set; } }
            }
            """,
            """
            namespace Game.Protocol
            {
                [{|CS0579:EtProtocolGen.Message|}(1)]
                public partial class C2M_Split { [EtProtocolGen.Field(2)] public int B { get; set; } }
            }
            """);

        Assert.Single(GeneratedNames(output), name => name == "Game.Protocol.C2M_Split.g.cs");
    }

    [Fact]
    public void Messages_whose_names_differ_only_in_case_get_a_file_each()
    {
        Compilation output = RunClean("""
            namespace Game.Protocol
            {
                [EtProtocolGen.Message(1)] public partial class Login { }
                [EtProtocolGen.Message(2)] public partial class LOGIN { }
            }
            """);

        string[] names = GeneratedNames(output).Where(name => name.StartsWith("Game.", System.StringComparison.Ordinal)).ToArray();
        Assert.Equal(new[] { "Game.Protocol.LOGIN.g.cs", "Game.Protocol.Login.2.g.cs" }, names.OrderBy(name => name, System.StringComparer.Ordinal));
    }

    [Fact]
    public void A_nested_message_and_a_message_in_a_namespace_of_the_same_dotted_name_get_a_file_each()
    {
        Compilation output = RunClean("""
            namespace Game.Protocol
            {
                public partial class {|CS0101:Outer|} { [EtProtocolGen.Message(1)] public partial class Inner { } }
            }

            namespace Game.Protocol.Outer
            {
                [EtProtocolGen.Message(2)] public partial class Inner { }
            }
            """);

        Assert.Equal(2, GeneratedNames(output).Count(name => name.StartsWith("Game.Protocol.Outer.Inner.", System.StringComparison.Ordinal)));
    }

    [Fact]
    public void Half_typed_ResponseType_and_handler_type_arguments_are_never_written_into_generated_code()
    {
        Compilation output = RunClean(
            """
            using System.Threading;
            using System.Threading.Tasks;
            using EtProtocolGen;

            namespace Game.Protocol
            {
                [Message(1), AllowAnonymous, ResponseType(typeof({|CS1031:)|})]
                public partial class C2G_Login : IRequest { [Field(1)] public int RpcId { get; set; } }

                [Message(2), AllowAnonymous] public partial class C2M_Move : IMessage { }

                public sealed class {|CS0535:MoveHandler|} : IMessageHandler<{|CS1031:,|} C2M_Move>
                {
                    public ValueTask HandleAsync(Game.Shared.Session session, C2M_Move message, CancellationToken cancellationToken) => default;
                }
            }
            """,
            Session);

        string all = string.Join("\n", output.SyntaxTrees.Where(tree => tree.FilePath.Contains("DispatchGenerator", System.StringComparison.Ordinal)).Select(tree => tree.ToString()));
        Assert.DoesNotContain("typeof()", all);
        Assert.DoesNotContain("<,", all);
        Assert.DoesNotContain("MoveHandler", all);
    }

    [Fact]
    public void An_internal_handler_or_session_makes_the_dispatcher_internal_and_internal_requests_get_internal_calls()
    {
        Compilation output = RunClean("""
            using System.Threading;
            using System.Threading.Tasks;
            using EtProtocolGen;

            namespace Game.Protocol
            {
                internal sealed class Session : IProtocolSession
                {
                    public bool IsAuthenticated => true;
                    public MessageScope Scope => MessageScope.Outer;
                    public bool IsInRole(string role) => false;
                }

                [Message(1), AllowAnonymous, ResponseType(typeof(G2C_Ping))]
                internal partial class C2G_Ping : IRequest { [Field(1)] public int RpcId { get; set; } }

                [Message(2), AllowAnonymous]
                public partial class G2C_Ping : IResponse
                {
                    [Field(1)] public int RpcId { get; set; }
                    [Field(2)] public int Error { get; set; }
                    [Field(3)] public string Message { get; set; } = "";
                }

                internal sealed class PingHandler : IRequestHandler<Session, C2G_Ping, G2C_Ping>
                {
                    public ValueTask<G2C_Ping> HandleAsync(Session session, C2G_Ping request, CancellationToken cancellationToken) => new(new G2C_Ping());
                }
            }
            """);

        Assert.Contains("internal sealed class OuterDispatcher", Generated(output, "OuterDispatcher"));
        Assert.Contains("internal static global::System.Threading.Tasks.Task<global::Game.Protocol.G2C_Ping> CallAsync", Generated(output, "ProtocolClientExtensions"));
    }

    [Fact]
    public void A_session_that_implements_the_session_contract_explicitly_is_skipped_with_the_reason()
    {
        Compilation output = RunClean("""
            using System.Threading;
            using System.Threading.Tasks;
            using EtProtocolGen;

            namespace Game.Protocol
            {
                public sealed class QuietSession : IProtocolSession
                {
                    bool IProtocolSession.IsAuthenticated => true;
                    public MessageScope Scope => MessageScope.Outer;
                    public bool IsInRole(string role) => false;
                }

                [Message(1), AllowAnonymous] public partial class C2M_Ping : IMessage { }
                [Message(2), AllowAnonymous] public partial class C2M_Pong : IMessage { }

                public sealed class PingHandler : IMessageHandler<QuietSession, C2M_Ping>
                {
                    public ValueTask HandleAsync(QuietSession session, C2M_Ping message, CancellationToken cancellationToken) => default;
                }

                public sealed class PongHandler : IMessageHandler<Game.Shared.Session, C2M_Pong>
                {
                    public ValueTask HandleAsync(Game.Shared.Session session, C2M_Pong message, CancellationToken cancellationToken) => default;
                }
            }
            """, Session);

        Assert.Contains("PingHandler for C2M_Ping (opcode 1): its session type implements IProtocolSession.IsAuthenticated explicitly", Generated(output, "OuterDispatcher"));
    }

    [Fact]
    public void A_handler_that_takes_the_session_interface_itself_is_dispatched()
    {
        Compilation output = RunClean("""
            using System.Threading;
            using System.Threading.Tasks;
            using EtProtocolGen;

            namespace Game.Protocol
            {
                [Message(1), AllowAnonymous] public partial class C2M_Ping : IMessage { }

                public sealed class PingHandler : IMessageHandler<IProtocolSession, C2M_Ping>
                {
                    public ValueTask HandleAsync(IProtocolSession session, C2M_Ping message, CancellationToken cancellationToken) => default;
                }
            }
            """);

        Assert.Contains("PingHandler pingHandler", Generated(output, "OuterDispatcher"));
    }

    [Fact]
    public void A_handler_whose_response_has_no_serializer_is_skipped_with_the_reason()
    {
        Compilation output = RunClean("""
            using System.Threading;
            using System.Threading.Tasks;
            using EtProtocolGen;

            namespace Game.Protocol
            {
                [Message(1), AllowAnonymous, ResponseType(typeof(G2C_Ping))]
                public partial class C2G_Ping : IRequest { [Field(1)] public int RpcId { get; set; } }

                public class G2C_Ping : IResponse
                {
                    public int RpcId { get; set; }
                    public int Error { get; set; }
                    public string Message { get; set; } = "";
                }

                public sealed class PingHandler : IRequestHandler<Game.Shared.Session, C2G_Ping, G2C_Ping>
                {
                    public ValueTask<G2C_Ping> HandleAsync(Game.Shared.Session session, C2G_Ping request, CancellationToken cancellationToken) => new(new G2C_Ping());
                }
            }
            """, Session);

        Assert.DoesNotContain(GeneratedNames(output), name => name.EndsWith("Dispatcher.g.cs", System.StringComparison.Ordinal));
    }

    /// <summary>
    /// Runs both generators over <paramref name="sources"/> (C# latest: markup-free, the <c>{|CSxxxx:...|}</c> spans only say
    /// where the user's own errors are and are removed before parsing) and asserts that neither threw nor reported, that every
    /// compiler error is in the user's code, and that the user's errors are exactly those marked.
    /// </summary>
    private static Compilation RunClean(params string[] sources)
    {
        var expected = new List<string>();
        string[] plain = sources.Select(source => System.Text.RegularExpressions.Regex.Replace(source, @"\{\|(CS\d+):(.*?)\|\}", match =>
        {
            expected.Add(match.Groups[1].Value);
            return match.Groups[2].Value;
        })).ToArray();

        CSharpCompilation compilation = GeneratorHarness.CreateCompilation(plain, parseOptions: new CSharpParseOptions(LanguageVersion.Latest));
        GeneratorDriver driver = GeneratorHarness.CreateDriverWithDispatch(new CSharpParseOptions(LanguageVersion.Latest))
            .RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);
        GeneratorDriverRunResult result = driver.GetRunResult();

        Assert.All(result.Results, run => Assert.Null(run.Exception));
        Assert.Empty(generatorDiagnostics);
        IReadOnlyList<Diagnostic> inGenerated = GeneratorHarness.GeneratedCodeDiagnostics(output, result);
        Assert.True(inGenerated.Count == 0, GeneratorHarness.Format(inGenerated));
        string[] userErrors = output.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).Select(diagnostic => diagnostic.Id).Distinct().OrderBy(id => id).ToArray();
        Assert.Equal(expected.Distinct().OrderBy(id => id), userErrors);
        return output;
    }

    private static IEnumerable<string> GeneratedNames(Compilation output) =>
        output.SyntaxTrees.Where(tree => tree.FilePath.Contains("EtProtocolGen.Generator", System.StringComparison.Ordinal)).Select(tree => System.IO.Path.GetFileName(tree.FilePath));

    private static string Generated(Compilation output, string className) =>
        output.SyntaxTrees.Single(tree => System.IO.Path.GetFileName(tree.FilePath).EndsWith("." + className + ".g.cs", System.StringComparison.Ordinal)).ToString();
}
