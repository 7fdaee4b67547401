using System;
using System.Collections.Immutable;
using System.Linq;
using EtProtocolGen.Generator.Dispatch;
using EtProtocolGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EtProtocolGen.Generator.Tests.Proto;

/// <summary>
/// Messages of .proto files are first-class to dispatch: in the registry, routed by the generated dispatchers to handlers
/// written in C# (whose type arguments name classes the dispatch generator cannot see, as another stage generates them),
/// with their authorization, and callable through the typed CallAsync.
/// </summary>
public sealed class ProtoDispatchTests
{
    private static readonly ProtoFile EtOuter = TestProtocolFiles.EtOuter;

    private static readonly ProtoFile Shop = TestProtocolFiles.Shop;

    private static readonly string[] Engine = TestProtocolFiles.Engine;

    private const string Server = """
        using System.Threading;
        using System.Threading.Tasks;
        using EtProtocolGen;
        using ET;

        namespace Game.Server
        {
            public sealed class Player : IProtocolSession
            {
                public bool IsAuthenticated => false;
                public MessageScope Scope => MessageScope.Outer;
                public bool IsInRole(string role) => false;
            }

            public sealed class LoginHandler : IRequestHandler<Player, C2R_Login, R2C_Login>
            {
                public ValueTask<R2C_Login> HandleAsync(Player session, C2R_Login request, CancellationToken cancellationToken) => new(new R2C_Login());
            }

            // A qualified name, and a message of a proto3 file.
            public sealed class BuyHandler : IRequestHandler<Player, EtProtocolGen.Tests.ProtoProtocol.Shop.BuyRequest, EtProtocolGen.Tests.ProtoProtocol.Shop.BuyResponse>
            {
                public ValueTask<EtProtocolGen.Tests.ProtoProtocol.Shop.BuyResponse> HandleAsync(Player session, EtProtocolGen.Tests.ProtoProtocol.Shop.BuyRequest request, CancellationToken cancellationToken) => new(new EtProtocolGen.Tests.ProtoProtocol.Shop.BuyResponse());
            }

            public sealed class StopHandler : IMessageHandler<Player, C2M_Stop>
            {
                public ValueTask HandleAsync(Player session, C2M_Stop message, CancellationToken cancellationToken) => default;
            }
        }

        namespace Game.Inner
        {
            using EtProtocolGen.Tests.ProtoProtocol.Shop;

            public sealed class Service : IProtocolSession
            {
                public bool IsAuthenticated => true;
                public MessageScope Scope => MessageScope.Inner;
                public bool IsInRole(string role) => true;
            }

            public sealed class RestockHandler : IMessageHandler<Service, Restock>
            {
                public ValueTask HandleAsync(Service session, Restock message, CancellationToken cancellationToken) => default;
            }
        }
        """;

    /// <summary>The user's own part of a .proto message: it binds (without [Message]) and its hook is called by dispatch.</summary>
    private const string LoginPart = """
        namespace ET
        {
            public partial class C2R_Login
            {
                partial void OnValidate(ref EtProtocolGen.ValidationResult result) { }
            }
        }
        """;

    [Fact]
    public void Proto_messages_are_registered_routed_to_CSharp_handlers_and_callable()
    {
        (Compilation output, GeneratorDriverRunResult result) = GeneratorHarness.RunWithProto(
            GeneratorHarness.CreateCompilation(Engine.Append(Server)),
            EtOuter,
            Shop);

        Assert.Empty(GeneratorHarness.AllDiagnostics(output));
        Assert.All(result.Results, generator => Assert.Null(generator.Exception));

        string registry = Generated(result, "ProtocolRegistry");
        Assert.Contains("global::ET.C2R_Login", registry);
        Assert.Contains("global::EtProtocolGen.Tests.ProtoProtocol.Shop.BuyRequest", registry);
        Assert.Contains("global::EtProtocolGen.Tests.ProtoProtocol.Shop.Restock", registry);
        Assert.DoesNotContain("global::ET.UnitInfo", registry);

        string outer = Generated(result, "OuterDispatcher");
        Assert.Contains("case 10005:", outer);
        Assert.Contains("global::Game.Server.LoginHandler", outer);
        Assert.Contains("case 3001:", outer);
        Assert.Contains("global::Game.Server.BuyHandler", outer);
        Assert.Contains("global::Game.Server.StopHandler", outer);
        Assert.Contains("\"buyer\"", outer);
        Assert.Contains("[Range(1, 99)] Count", outer);

        string inner = Generated(result, "InnerDispatcher");
        Assert.Contains("global::Game.Inner.RestockHandler", inner);

        // The dispatcher's constructor takes the handlers as the C# compiler sees them once the classes are generated, and the
        // limiter of the anonymous default rate limit, which applies to the anonymous login.
        IMethodSymbol constructor = output.GetTypeByMetadataName("Protocol.Generated.OuterDispatcher")!.InstanceConstructors.Single();
        Assert.Equal(
            new[] { "EtProtocolGen.IDispatchLimiter", "Game.Server.BuyHandler", "Game.Server.LoginHandler", "Game.Server.StopHandler" },
            constructor.Parameters.Select(parameter => parameter.Type.ToDisplayString()).OrderBy(name => name, StringComparer.Ordinal));

        string calls = Generated(result, "ProtocolClientExtensions");
        Assert.Contains("CallAsync(this global::EtProtocolGen.IRpcCaller client, global::ET.C2R_Login request", calls);
        Assert.Contains("CallAsync(this global::EtProtocolGen.IRpcCaller client, global::EtProtocolGen.Tests.ProtoProtocol.Shop.BuyRequest request", calls);
    }

    [Fact]
    public void A_handler_of_a_proto_message_with_a_partial_class_of_its_own_calls_its_validation_hook()
    {
        (Compilation output, GeneratorDriverRunResult result) = GeneratorHarness.RunWithProto(
            GeneratorHarness.CreateCompilation(Engine.Append(Server).Append(LoginPart)),
            EtOuter,
            Shop);

        Assert.Empty(GeneratorHarness.AllDiagnostics(output));
        string outer = Generated(result, "OuterDispatcher");
        Assert.Contains("global::Game.Server.LoginHandler", outer);
        Assert.Contains("its OnValidate hook", outer);
    }

    [Fact]
    public void A_handler_of_a_name_no_proto_file_declares_is_left_to_the_compiler()
    {
        const string handler = """
            using System.Threading;
            using System.Threading.Tasks;
            using EtProtocolGen;
            using ET;

            public sealed class Player : IProtocolSession
            {
                public bool IsAuthenticated => false;
                public MessageScope Scope => MessageScope.Outer;
                public bool IsInRole(string role) => false;
            }

            public sealed class GhostHandler : IMessageHandler<Player, C2G_Ghost>
            {
                public ValueTask HandleAsync(Player session, C2G_Ghost message, CancellationToken cancellationToken) => default;
            }
            """;
        (Compilation output, GeneratorDriverRunResult result) = GeneratorHarness.RunWithProto(GeneratorHarness.CreateCompilation(Engine.Append(handler)), EtOuter);

        Assert.All(result.Results, generator => Assert.Null(generator.Exception));
        Assert.Equal(new[] { "CS0246" }, GeneratorHarness.AllDiagnostics(output).Select(diagnostic => diagnostic.Id).Distinct());
        Assert.DoesNotContain(result.GeneratedTrees, tree => tree.FilePath.EndsWith("OuterDispatcher.g.cs", StringComparison.Ordinal));
    }

    private static readonly ProtoFile OtherPing = new("/project/ping.proto", """
        syntax = "proto3";
        package game.other;
        option csharp_namespace = "Game.Other";
        message Ping {
          option (etp.opcode) = 4001;
          option (etp.allow_anonymous) = true;
          int32 x = 1;
        }
        """);

    private const string PingHandler = """
        using System.Threading;
        using System.Threading.Tasks;
        using EtProtocolGen;
        {0}

        namespace Game.Server
        {{
            public sealed class Player : IProtocolSession
            {{
                public bool IsAuthenticated => false;
                public MessageScope Scope => MessageScope.Outer;
                public bool IsInRole(string role) => false;
            }}

            public sealed class PingHandler : IMessageHandler<Player, Ping>
            {{
                public ValueTask HandleAsync(Player session, Ping message, CancellationToken cancellationToken) => default;
            }}
        }}
        """;

    [Fact]
    public void A_proto_message_the_handlers_namespaces_do_not_show_is_left_to_the_compiler()
    {
        // Game.Other.Ping exists, but the handler's file imports Game only: the compiler will not bind 'Ping' to it, so the
        // dispatcher must not name the handler either (it did once, and the generated assignment failed to compile).
        (Compilation output, GeneratorDriverRunResult result) = RunCSharp10(string.Format(System.Globalization.CultureInfo.InvariantCulture, PingHandler, "using Game;"));

        Assert.All(result.Results, generator => Assert.Null(generator.Exception));
        Assert.Empty(GeneratorHarness.GeneratedCodeDiagnostics(output, result));
        Assert.Equal(new[] { "CS0246" }, GeneratorHarness.AllDiagnostics(output).Select(diagnostic => diagnostic.Id).Distinct());
        Assert.DoesNotContain(result.GeneratedTrees, tree => tree.FilePath.EndsWith("OuterDispatcher.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void A_global_using_in_another_file_binds_a_handler_to_a_proto_message()
    {
        (Compilation output, GeneratorDriverRunResult result) = RunCSharp10(
            string.Format(System.Globalization.CultureInfo.InvariantCulture, PingHandler, ""),
            "global using global::Game . Other;");

        Assert.Empty(GeneratorHarness.AllDiagnostics(output));
        Assert.Contains("global::Game.Server.PingHandler", Generated(result, "OuterDispatcher"));
    }

    private static (Compilation Output, GeneratorDriverRunResult Result) RunCSharp10(params string[] sources) =>
        GeneratorHarness.RunWithProto(GeneratorHarness.CreateCompilation(sources, parseOptions: GeneratorHarness.UserParseOptions), OtherPing);

    [Fact]
    public void A_keystroke_in_a_handler_of_a_proto_message_leaves_the_proto_models_and_the_dispatcher_cached()
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation(Engine.Append(Server));
        GeneratorDriver driver = GeneratorHarness.CreateDriverWithDispatch(trackSteps: true)
            .AddAdditionalTexts(ImmutableArray.Create<AdditionalText>(EtOuter, Shop));
        driver = driver.RunGenerators(compilation);
        string edited = Server.Replace("=> new(new R2C_Login());", "=> new(new R2C_Login { Key = 1 });", StringComparison.Ordinal);
        driver = driver.RunGenerators(Incremental.ReplaceSource(compilation, Engine.Length, edited));
        GeneratorRunResult second = driver.GetRunResult().Results[1];

        foreach (string name in new[] { DispatchTrackingNames.ProtoMessages, DispatchTrackingNames.PendingHandlers, DispatchTrackingNames.GlobalUsings, DispatchTrackingNames.Registry, DispatchTrackingNames.Dispatchers })
        {
            Assert.True(second.TrackedSteps.ContainsKey(name), "Step not tracked: " + name);
            Assert.All(second.TrackedSteps[name].SelectMany(step => step.Outputs), output =>
            {
                Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, name + " output was " + output.Reason);
                CompilerObjects.AssertNone(output.Value, name);
            });
        }
    }

    private static string Generated(GeneratorDriverRunResult result, string className) =>
        result.GeneratedTrees.Single(tree => tree.FilePath.EndsWith("." + className + ".g.cs", StringComparison.Ordinal)).ToString();
}
