using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using EtProtocolGen.Generator.Dispatch;
using EtProtocolGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace EtProtocolGen.Generator.Tests;

/// <summary>
/// The dispatch generator under the IDE's most common edit, typing in a handler's method body: every step of its
/// pipeline compares equal, so the registry, the client calls and the dispatcher are not emitted again. An edit that
/// changes what dispatch reads (a handler's authorization or rate limit, the assembly's anonymous default) regenerates the
/// dispatcher and leaves the registry cached. The protocol manifest, an additional file, changes nothing for either generator.
/// </summary>
public sealed class DispatchIncrementalityTests
{
    private static readonly string[] TrackedSteps =
    {
        DispatchTrackingNames.Messages,
        DispatchTrackingNames.Handlers,
        DispatchTrackingNames.Target,
        DispatchTrackingNames.Registry,
        DispatchTrackingNames.AnonymousRateLimit,
        DispatchTrackingNames.Dispatchers,
    };

    private const string Messages = """
        using EtProtocolGen;

        namespace Game.Protocol
        {
            [Message(10001)]
            [ResponseType(typeof(G2C_Login))]
            [AllowAnonymous]
            public partial class C2G_Login : IRequest
            {
                [Field(1)] public int RpcId { get; set; }
                [Field(2), MaxLength(32)] public string Account { get; set; } = "";
            }

            [Message(10002)]
            public partial class G2C_Login : IResponse
            {
                [Field(1)] public int RpcId { get; set; }
                [Field(2)] public int Error { get; set; }
                [Field(3), MaxLength(64)] public string Message { get; set; } = "";
            }

            [Message(10003)]
            public partial class C2M_Move : IMessage
            {
                [Field(1)] public int X { get; set; }
            }

            public sealed class Session : IProtocolSession
            {
                public bool IsAuthenticated { get; set; }

                public MessageScope Scope => MessageScope.Outer;

                public bool IsInRole(string role) => false;
            }
        }
        """;

    private const string LoginHandler = """
        using System.Threading;
        using System.Threading.Tasks;
        using EtProtocolGen;
        using Game.Protocol;

        namespace Game.Server
        {
            public sealed class LoginHandler : IRequestHandler<Session, C2G_Login, G2C_Login>
            {
                public ValueTask<G2C_Login> HandleAsync(Session session, C2G_Login request, CancellationToken cancellationToken)
                {
                    session.IsAuthenticated = request.Account.Length > 0;
                    return new ValueTask<G2C_Login>(new G2C_Login { Error = 0 });
                }
            }
        }
        """;

    private const string MoveHandler = """
        using System.Threading;
        using System.Threading.Tasks;
        using EtProtocolGen;
        using Game.Protocol;

        namespace Game.Server
        {
            [Authorize]
            public sealed class MoveHandler : IMessageHandler<Session, C2M_Move>
            {
                public ValueTask HandleAsync(Session session, C2M_Move message, CancellationToken cancellationToken) => default;
            }
        }
        """;

    [Fact]
    public void Typing_in_a_handler_body_keeps_every_dispatch_step_cached()
    {
        CSharpCompilation compilation = Project();
        string edited = LoginHandler.Replace("Length > 0", "Length > 1", StringComparison.Ordinal);

        GeneratorRunResult second = RunTwice(compilation, Incremental.ReplaceSource(compilation, 1, edited));

        Incremental.AssertAllCached(second, TrackedSteps);

        // The two source outputs: registry with client calls, and the dispatchers.
        Assert.Equal(2, second.TrackedOutputSteps.Values.SelectMany(steps => steps).Sum(step => step.Outputs.Length));
    }

    [Fact]
    public void Editing_a_message_method_body_keeps_every_dispatch_step_cached()
    {
        CSharpCompilation compilation = Project();
        string edited = Messages.Replace("=> false;", "=> role == \"gm\";", StringComparison.Ordinal);

        GeneratorRunResult second = RunTwice(compilation, Incremental.ReplaceSource(compilation, 0, edited));

        Incremental.AssertAllCached(second, TrackedSteps);
    }

    [Fact]
    public void Changing_a_handler_authorization_regenerates_the_dispatcher_only()
    {
        CSharpCompilation compilation = Project();
        string edited = MoveHandler.Replace("[Authorize]", "[Authorize(Roles = \"gm\")]", StringComparison.Ordinal);

        GeneratorRunResult second = RunTwice(compilation, Incremental.ReplaceSource(compilation, 2, edited));

        Assert.Contains(second.TrackedSteps[DispatchTrackingNames.Handlers].SelectMany(step => step.Outputs), output => output.Reason == IncrementalStepRunReason.Modified);
        Assert.All(second.TrackedSteps[DispatchTrackingNames.Registry].SelectMany(step => step.Outputs), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        Assert.Contains(second.GeneratedSources, source => source.HintName.EndsWith("Dispatcher.g.cs", StringComparison.Ordinal)
            && source.SourceText.ToString().Contains("\"gm\"", StringComparison.Ordinal));
        var reasons = second.TrackedOutputSteps.Values.SelectMany(steps => steps).SelectMany(step => step.Outputs).Select(output => output.Reason).ToList();
        Assert.Equal(new[] { IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached }, reasons.OrderBy(reason => reason));
    }

    [Fact]
    public void A_protocol_manifest_costs_the_generators_nothing_when_typing_in_a_handler_body_or_editing_the_manifest()
    {
        // The protocol manifest (docs/review.md) is read by the analyzers only; the package hands it to the compiler
        // as AdditionalFiles, which both generators must ignore.
        var shipped = new InMemoryText("/project/Protocol.Shipped.txt", "message Game.Protocol.C2M_Move opcode=10003 scope=outer kind=one-way authorization=anonymous\n");
        var unshipped = new InMemoryText("/project/Protocol.Unshipped.txt", "");
        CSharpCompilation compilation = Project();
        CSharpCompilation typed = Incremental.ReplaceSource(compilation, 1, LoginHandler.Replace("Length > 0", "Length > 1", StringComparison.Ordinal));
        GeneratorDriver driver = GeneratorHarness.CreateDriverWithDispatch(trackSteps: true)
            .AddAdditionalTexts(ImmutableArray.Create<AdditionalText>(shipped, unshipped))
            .RunGenerators(compilation)
            .RunGenerators(typed);

        Incremental.AssertAllCached(DispatchResult(driver), TrackedSteps);
        Incremental.AssertAllCached(MessageResult(driver), IncrementalityTests.TrackedSteps);

        driver = driver
            .ReplaceAdditionalText(unshipped, new InMemoryText(unshipped.Path, "message Game.Protocol.C2M_Move field 1 X int32 varint\n"))
            .RunGenerators(typed);

        Incremental.AssertAllCached(DispatchResult(driver), TrackedSteps);
        Incremental.AssertAllCached(MessageResult(driver), IncrementalityTests.TrackedSteps);
    }

    [Fact]
    public void Changing_a_handler_rate_limit_regenerates_the_dispatcher_only()
    {
        CSharpCompilation compilation = Project();
        string edited = MoveHandler.Replace("[Authorize]", "[Authorize, RateLimit(5, 1), MaxConcurrency(2)]", StringComparison.Ordinal);

        GeneratorRunResult second = RunTwice(compilation, Incremental.ReplaceSource(compilation, 2, edited));

        Assert.Contains(second.TrackedSteps[DispatchTrackingNames.Handlers].SelectMany(step => step.Outputs), output => output.Reason == IncrementalStepRunReason.Modified);
        Assert.All(second.TrackedSteps[DispatchTrackingNames.Registry].SelectMany(step => step.Outputs), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        Assert.Contains(second.GeneratedSources, source => source.HintName.EndsWith("Dispatcher.g.cs", StringComparison.Ordinal)
            && source.SourceText.ToString().Contains("[RateLimit(5, 1)] on MoveHandler", StringComparison.Ordinal)
            && source.SourceText.ToString().Contains("[MaxConcurrency(2)] on MoveHandler", StringComparison.Ordinal));
    }

    [Fact]
    public void Setting_the_anonymous_default_regenerates_the_dispatcher_only()
    {
        CSharpCompilation compilation = Project();
        CSharpCompilation edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
            "[assembly: EtProtocolGen.ProtocolLimits(AnonymousRequestPermits = 20)]",
            (CSharpParseOptions)compilation.SyntaxTrees.First().Options));

        GeneratorRunResult second = RunTwice(compilation, edited);

        Assert.All(second.TrackedSteps[DispatchTrackingNames.AnonymousRateLimit].SelectMany(step => step.Outputs), output => Assert.Equal(IncrementalStepRunReason.Modified, output.Reason));
        Assert.All(second.TrackedSteps[DispatchTrackingNames.Registry].SelectMany(step => step.Outputs), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        Assert.Contains(second.GeneratedSources, source => source.HintName.EndsWith("Dispatcher.g.cs", StringComparison.Ordinal)
            && source.SourceText.ToString().Contains("20 per 10 s per connection and per remote address", StringComparison.Ordinal));
    }

    [Fact]
    public void No_dispatch_step_output_holds_a_symbol_syntax_node_or_compilation()
    {
        GeneratorDriver driver = GeneratorHarness.CreateDriverWithDispatch(trackSteps: true).RunGenerators(Project());
        GeneratorRunResult result = DispatchResult(driver);

        foreach (string name in TrackedSteps)
        {
            Assert.True(result.TrackedSteps.TryGetValue(name, out var steps), "Step not tracked: " + name);
            Assert.NotEmpty(steps!.SelectMany(step => step.Outputs));
            foreach ((object value, IncrementalStepRunReason _) in steps!.SelectMany(step => step.Outputs))
            {
                CompilerObjects.AssertNone(value, name);
            }
        }
    }

    private static CSharpCompilation Project() => GeneratorHarness.CreateCompilation(new[] { Messages, LoginHandler, MoveHandler });

    private static GeneratorRunResult RunTwice(CSharpCompilation first, CSharpCompilation second) =>
        DispatchResult(GeneratorHarness.CreateDriverWithDispatch(trackSteps: true).RunGenerators(first).RunGenerators(second));

    private static GeneratorRunResult DispatchResult(GeneratorDriver driver) =>
        driver.GetRunResult().Results.Single(result => result.Generator.GetGeneratorType() == typeof(DispatchGenerator));

    private static GeneratorRunResult MessageResult(GeneratorDriver driver) =>
        driver.GetRunResult().Results.Single(result => result.Generator.GetGeneratorType() == typeof(MessageGenerator));

    /// <summary>An additional file, as the compiler hands one to generators and analyzers.</summary>
    private sealed class InMemoryText : AdditionalText
    {
        private readonly SourceText text;

        public InMemoryText(string path, string text)
        {
            Path = path;
            this.text = SourceText.From(text);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }
}
