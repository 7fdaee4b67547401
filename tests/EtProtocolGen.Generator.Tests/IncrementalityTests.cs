using System;
using System.Collections.Generic;
using System.Linq;
using EtProtocolGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EtProtocolGen.Generator.Tests;

/// <summary>
/// The generator must do no work when an edit does not change any message: every tracked step is cached or
/// unchanged, every output cached, and no step holds a symbol, a syntax node or a compilation (which would
/// defeat caching and keep whole compilations alive).
/// </summary>
public sealed class IncrementalityTests
{
    /// <summary>The serializer generator's steps (DispatchIncrementalityTests checks them too).</summary>
    internal static readonly string[] TrackedSteps =
    {
        TrackingNames.MessageModels,
        TrackingNames.EmittableMessages,
        TrackingNames.Limits,
        TrackingNames.MessagesWithLimits,
        TrackingNames.HintNames,
        TrackingNames.MessagesToEmit,
    };

    private const string Unrelated = """
        namespace Game.Server
        {
            public static class Clock
            {
                public static long Now() => 1;
            }
        }
        """;

    private const string MessageWithMethod = """
        using EtProtocolGen;

        namespace Game.Protocol
        {
            [Message(9001)]
            public partial class Heartbeat
            {
                [Field(1)] public long Time { get; set; }

                public bool IsLate(long now) => now - Time > 1000;
            }
        }
        """;

    [Fact]
    public void Editing_an_unrelated_file_keeps_every_step_cached()
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation(new[] { Sources.Composite, MessageWithMethod, Unrelated });
        GeneratorRunResult second = RunTwice(compilation, Incremental.ReplaceSource(compilation, 2, Unrelated.Replace("=> 1;", "=> 2;", StringComparison.Ordinal)));

        Incremental.AssertAllCached(second, TrackedSteps);
    }

    [Fact]
    public void Editing_a_method_body_of_a_message_keeps_every_step_cached()
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation(new[] { Sources.Composite, MessageWithMethod, Unrelated });
        GeneratorRunResult second = RunTwice(compilation, Incremental.ReplaceSource(compilation, 1, MessageWithMethod.Replace("> 1000", "> 2000", StringComparison.Ordinal)));

        Incremental.AssertAllCached(second, TrackedSteps);
    }

    [Fact]
    public void Adding_a_field_regenerates_only_that_message()
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation(new[] { Sources.Composite, MessageWithMethod, Unrelated });
        string edited = MessageWithMethod.Replace(
            "public long Time { get; set; }",
            "public long Time { get; set; }\n        [Field(2)] public int Sequence { get; set; }",
            StringComparison.Ordinal);
        GeneratorRunResult second = RunTwice(compilation, Incremental.ReplaceSource(compilation, 1, edited));

        var outputs = second.TrackedOutputSteps.Values.SelectMany(steps => steps).SelectMany(step => step.Outputs).ToList();
        Assert.Single(outputs, output => output.Reason == IncrementalStepRunReason.Modified);
        Assert.Equal(3, outputs.Count(output => output.Reason == IncrementalStepRunReason.Cached));
        Assert.Contains(second.GeneratedSources, source => source.HintName == "Game.Protocol.Heartbeat.g.cs" && source.SourceText.ToString().Contains("Sequence", StringComparison.Ordinal));
    }

    [Fact]
    public void A_nested_message_that_stops_being_fixed_size_regenerates_the_message_that_holds_it()
    {
        // Route's size bound counts a constant per Point while every Point field has a fixed maximum size (SizeBounds):
        // a string added to Point must regenerate Route, whose own file is not edited, with a call per element instead.
        const string point = """
            using EtProtocolGen;

            namespace Game.Protocol
            {
                [Message(8001)]
                public partial class Point
                {
                    [Field(1)] public int X { get; set; }
                }
            }
            """;
        const string route = """
            using System.Collections.Generic;
            using EtProtocolGen;

            namespace Game.Protocol
            {
                [Message(8003)]
                public partial class Route
                {
                    [Field(1), MaxLength(64)] public List<Point> Points { get; set; } = new();
                }
            }
            """;
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation(new[] { point, route, Unrelated });
        GeneratorDriver driver = GeneratorHarness.CreateDriver(trackSteps: true).RunGenerators(compilation);
        Assert.Contains("size += (long)field1.Count * 13;", RouteSource(driver), StringComparison.Ordinal);

        string edited = point.Replace(
            "public int X { get; set; }",
            "public int X { get; set; }\n        [Field(2)] public string Name { get; set; } = \"\";",
            StringComparison.Ordinal);
        driver = driver.RunGenerators(Incremental.ReplaceSource(compilation, 0, edited));

        Assert.Contains("size += 1 + 5 + (field1[i]?.CalculateSizeBound() ?? 0L);", RouteSource(driver), StringComparison.Ordinal);
        var outputs = driver.GetRunResult().Results.Single().TrackedOutputSteps.Values.SelectMany(steps => steps).SelectMany(step => step.Outputs).ToList();
        Assert.Equal(2, outputs.Count(output => output.Reason == IncrementalStepRunReason.Modified));

        static string RouteSource(GeneratorDriver driver) =>
            driver.GetRunResult().GeneratedTrees.Single(tree => tree.FilePath.EndsWith("Game.Protocol.Route.g.cs", StringComparison.Ordinal)).ToString();
    }

    [Fact]
    public void Changing_the_assembly_limits_regenerates_every_message()
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation(new[] { Sources.Composite, MessageWithMethod, Unrelated });
        string edited = Sources.Composite.Replace("MaxMessageSize = 65536", "MaxMessageSize = 4096", StringComparison.Ordinal);
        GeneratorRunResult second = RunTwice(compilation, Incremental.ReplaceSource(compilation, 0, edited));

        Assert.Equal(IncrementalStepRunReason.Modified, second.TrackedSteps[TrackingNames.Limits].Single().Outputs.Single().Reason);
        Assert.All(second.TrackedOutputSteps.Values.SelectMany(steps => steps).SelectMany(step => step.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Modified, output.Reason));
    }

    [Fact]
    public void No_step_output_holds_a_symbol_syntax_node_or_compilation()
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation(new[] { Sources.Composite, Sources.Login, Sources.AllScalars, Sources.Records });
        GeneratorDriver driver = GeneratorHarness.CreateDriver(trackSteps: true).RunGenerators(compilation);
        GeneratorRunResult result = driver.GetRunResult().Results.Single();

        // Only the generator's own steps: Roslyn's internal ForAttributeWithMetadataName steps hold syntax by design.
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

    [Fact]
    public void The_model_walk_finds_a_syntax_node_or_symbol_held_deep_inside_a_value()
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation(new[] { Unrelated });
        SyntaxNode node = compilation.SyntaxTrees.Single().GetRoot();

        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => CompilerObjects.AssertNone(("model", new[] { node }), "test"));
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => CompilerObjects.AssertNone(new List<object> { compilation.Assembly }, "test"));
    }

    private static GeneratorRunResult RunTwice(CSharpCompilation first, CSharpCompilation second)
    {
        GeneratorDriver driver = GeneratorHarness.CreateDriver(trackSteps: true).RunGenerators(first);
        driver = driver.RunGenerators(second);
        return driver.GetRunResult().Results.Single();
    }
}
