using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using EtProtocolGen.Generator.Proto.Model;
using EtProtocolGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EtProtocolGen.Generator.Tests.Proto;

/// <summary>
/// Editing one .proto file re-emits only its own messages; a C# edit that changes nothing the .proto files use re-emits
/// none; no step of the .proto pipeline holds a symbol, a syntax node or a compilation.
/// </summary>
public sealed class ProtoIncrementalityTests
{
    private static readonly string[] ProtoSteps =
    {
        TrackingNames.ProtoFiles,
        TrackingNames.ProtoFileSet,
        TrackingNames.ProtoLookups,
        TrackingNames.ProtoExternals,
        TrackingNames.ProtoProtocol,
        TrackingNames.ProtoMessages,
        TrackingNames.ProtoEnums,
        TrackingNames.ProtoOpcodes,
    };

    private static readonly ProtoFile Et = TestProtocolFiles.EtOuter;

    private const string Shop = """
        syntax = "proto3";
        package game.shop;
        enum Currency { CURRENCY_UNSPECIFIED = 0; CURRENCY_GOLD = 1; }
        message Price { Currency currency = 1; int64 amount = 2; }
        message Offer { option (etp.opcode) = 3001; option (etp.allow_anonymous) = true; Price price = 1; }
        """;

    private const string Unrelated = "namespace Game.Server { public static class Clock { public static long Now() => 1; } }";

    private static readonly string[] Sources =
    {
        Unrelated,
        TestProtocolFiles.Engine[0],
        TestProtocolFiles.Engine[1],
    };

    [Fact]
    public void Editing_one_proto_file_re_emits_only_the_messages_of_that_file()
    {
        var shop = new ProtoFile("/project/Proto/shop.proto", Shop);
        GeneratorDriver driver = CreateDriver(shop, Et);
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation(Sources);
        driver = driver.RunGenerators(compilation);

        var edited = new ProtoFile(shop.Path, Shop.Replace("int64 amount = 2;", "int64 amount = 2; int32 discount = 3;", StringComparison.Ordinal));
        driver = driver.ReplaceAdditionalText(shop, edited).RunGenerators(compilation);
        GeneratorRunResult second = driver.GetRunResult().Results[0];

        Dictionary<string, IncrementalStepRunReason> reasons = MessageOutputReasons(second);
        Assert.Equal(IncrementalStepRunReason.Modified, reasons["Game.Shop.Price.proto.g.cs"]);
        Assert.All(reasons.Where(pair => pair.Key.StartsWith("ET.", StringComparison.Ordinal)), pair => Assert.True(
            pair.Value is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, pair.Key + " was " + pair.Value));
        Assert.Contains("ET.C2R_Login.proto.g.cs", reasons.Keys);

        // The source outputs of the ET file's messages are not run again.
        var emitted = second.TrackedOutputSteps.Values.SelectMany(steps => steps).SelectMany(step => step.Outputs).ToList();
        Assert.Contains(emitted, output => output.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains(emitted, output => output.Reason == IncrementalStepRunReason.Cached);
        AssertNoCompilerObjects(second);
    }

    [Fact]
    public void A_CSharp_edit_that_changes_nothing_the_proto_files_use_keeps_every_proto_step_cached()
    {
        GeneratorDriver driver = CreateDriver(new ProtoFile("/project/Proto/shop.proto", Shop), Et);
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation(Sources);
        driver = driver.RunGenerators(compilation);
        driver = driver.RunGenerators(Incremental.ReplaceSource(compilation, 0, Unrelated.Replace("=> 1;", "=> 2;", StringComparison.Ordinal)));
        GeneratorRunResult second = driver.GetRunResult().Results[0];

        foreach (string name in ProtoSteps)
        {
            Assert.True(second.TrackedSteps.ContainsKey(name), "Step not tracked: " + name);
            Assert.All(second.TrackedSteps[name].SelectMany(step => step.Outputs), output => Assert.True(
                output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                name + " output was " + output.Reason));
        }

        AssertNoCompilerObjects(second);
    }

    private static GeneratorDriver CreateDriver(params ProtoFile[] protos) =>
        GeneratorHarness.CreateDriver(trackSteps: true).AddAdditionalTexts(ImmutableArray.Create<AdditionalText>(protos));

    /// <summary>The reason of each .proto message's step output, by generated file name.</summary>
    private static Dictionary<string, IncrementalStepRunReason> MessageOutputReasons(GeneratorRunResult result)
    {
        var reasons = new Dictionary<string, IncrementalStepRunReason>(StringComparer.Ordinal);
        foreach (IncrementalGeneratorRunStep step in result.TrackedSteps[TrackingNames.ProtoMessages])
        {
            foreach ((object value, IncrementalStepRunReason reason) in step.Outputs)
            {
                var (message, _) = ((ProtoMessageModel, EtProtocolGen.Generator.Model.LimitsModel))value;
                reasons[message.HintName] = reason;
            }
        }

        return reasons;
    }

    private static void AssertNoCompilerObjects(GeneratorRunResult result)
    {
        foreach (string name in ProtoSteps)
        {
            foreach (IncrementalGeneratorRunStep step in result.TrackedSteps[name])
            {
                foreach ((object value, IncrementalStepRunReason _) in step.Outputs)
                {
                    CompilerObjects.AssertNone(value, name);
                }
            }
        }
    }
}
