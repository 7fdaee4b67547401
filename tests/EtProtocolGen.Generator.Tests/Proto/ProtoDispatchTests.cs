using System;
using System.Collections.Immutable;
using System.IO;
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
    private static readonly ProtoFile EtOuter = new(
        "/project/Proto/OuterMessage_C_10001.proto",
        File.ReadAllText(Path.Combine(RepositoryProtocols.RepositoryRoot(), "tests/EtProtocolGen.Tests.ProtoProtocol/OuterMessage_C_10001.proto")));

    private static readonly string[] Engine =
    {
        File.ReadAllText(Path.Combine(RepositoryProtocols.RepositoryRoot(), "tests/EtProtocolGen.Tests.ProtoProtocol/Engine/EngineTypes.cs")),
        File.ReadAllText(Path.Combine(RepositoryProtocols.RepositoryRoot(), "tests/EtProtocolGen.Tests.ProtoProtocol/Engine/EngineWire.cs")),
    };

    private const string Shop = """
        syntax = "proto3";
        package game.shop;
        import "etprotocolgen.proto";

        message BuyRequest {
          option (etp.opcode) = 3001;
          option (etp.response_type) = "BuyResponse";
          option (etp.roles) = "buyer, trader";
          int32 rpc_id = 1;
          string item_code = 2 [(etp.max_length) = 32];
          int32 count = 3 [(etp.range) = { min: 1 max: 99 }];
        }

        message BuyResponse {
          option (etp.opcode) = 3002;
          option (etp.kind) = RESPONSE;
          int32 rpc_id = 1;
          int32 error = 2;
          string message = 3;
        }

        message Restock {
          option (etp.opcode) = 3003;
          option (etp.scope) = INNER;
          string item_code = 1 [(etp.max_length) = 32];
        }
        """;

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
            public sealed class BuyHandler : IRequestHandler<Player, Game.Shop.BuyRequest, Game.Shop.BuyResponse>
            {
                public ValueTask<Game.Shop.BuyResponse> HandleAsync(Player session, Game.Shop.BuyRequest request, CancellationToken cancellationToken) => new(new Game.Shop.BuyResponse());
            }

            public sealed class StopHandler : IMessageHandler<Player, C2M_Stop>
            {
                public ValueTask HandleAsync(Player session, C2M_Stop message, CancellationToken cancellationToken) => default;
            }
        }

        namespace Game.Inner
        {
            using Game.Shop;

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
            new ProtoFile("/project/Proto/shop.proto", Shop));

        Assert.Empty(GeneratorHarness.AllDiagnostics(output));
        Assert.All(result.Results, generator => Assert.Null(generator.Exception));

        string registry = Generated(result, "ProtocolRegistry");
        Assert.Contains("global::ET.C2R_Login", registry);
        Assert.Contains("global::Game.Shop.BuyRequest", registry);
        Assert.Contains("global::Game.Shop.Restock", registry);
        Assert.DoesNotContain("global::ET.UnitInfo", registry);

        string outer = Generated(result, "OuterDispatcher");
        Assert.Contains("case 10005:", outer);
        Assert.Contains("global::Game.Server.LoginHandler", outer);
        Assert.Contains("case 3001:", outer);
        Assert.Contains("global::Game.Server.BuyHandler", outer);
        Assert.Contains("global::Game.Server.StopHandler", outer);
        Assert.Contains("\"buyer\"", outer);
        Assert.Contains("\"trader\"", outer);
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
        Assert.Contains("CallAsync(this global::EtProtocolGen.IRpcCaller client, global::Game.Shop.BuyRequest request", calls);
    }

    [Fact]
    public void A_handler_of_a_proto_message_with_a_partial_class_of_its_own_calls_its_validation_hook()
    {
        (Compilation output, GeneratorDriverRunResult result) = GeneratorHarness.RunWithProto(
            GeneratorHarness.CreateCompilation(Engine.Append(Server).Append(LoginPart)),
            EtOuter,
            new ProtoFile("/project/Proto/shop.proto", Shop));

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

    [Fact]
    public void A_keystroke_in_a_handler_of_a_proto_message_leaves_the_proto_models_and_the_dispatcher_cached()
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation(Engine.Append(Server));
        GeneratorDriver driver = GeneratorHarness.CreateDriverWithDispatch(trackSteps: true)
            .AddAdditionalTexts(ImmutableArray.Create<AdditionalText>(EtOuter, new ProtoFile("/project/Proto/shop.proto", Shop)));
        driver = driver.RunGenerators(compilation);
        string edited = Server.Replace("=> new(new R2C_Login());", "=> new(new R2C_Login { Key = 1 });", StringComparison.Ordinal);
        driver = driver.RunGenerators(Incremental.ReplaceSource(compilation, Engine.Length, edited));
        GeneratorRunResult second = driver.GetRunResult().Results[1];

        foreach (string name in new[] { DispatchTrackingNames.ProtoMessages, DispatchTrackingNames.PendingHandlers, DispatchTrackingNames.Registry, DispatchTrackingNames.Dispatchers })
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
