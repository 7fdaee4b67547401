using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EtProtocolGen.Generator.Tests.Infrastructure;

/// <summary>Edits between two driver runs, and what a run that should have done no work looks like.</summary>
public static class Incremental
{
    /// <summary>The compilation with file <paramref name="index"/> replaced by <paramref name="newSource"/> (same path and options): an edit.</summary>
    public static CSharpCompilation ReplaceSource(CSharpCompilation compilation, int index, string newSource)
    {
        SyntaxTree old = compilation.SyntaxTrees.ElementAt(index);
        return compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(newSource, (CSharpParseOptions)old.Options, old.FilePath));
    }

    /// <summary>Every output of <paramref name="trackedSteps"/> Cached or Unchanged, and every source output Cached: nothing emitted again.</summary>
    public static void AssertAllCached(GeneratorRunResult result, IReadOnlyCollection<string> trackedSteps)
    {
        Assert.All(trackedSteps, name => Assert.True(result.TrackedSteps.ContainsKey(name), "Step not tracked: " + name));
        foreach (string name in trackedSteps)
        {
            foreach (IncrementalGeneratorRunStep step in result.TrackedSteps[name])
            {
                Assert.All(step.Outputs, output => Assert.True(
                    output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                    $"{name} output was {output.Reason}."));
            }
        }

        var outputs = result.TrackedOutputSteps.Values.SelectMany(steps => steps).SelectMany(step => step.Outputs).ToList();
        Assert.NotEmpty(outputs);
        Assert.All(outputs, output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }
}
