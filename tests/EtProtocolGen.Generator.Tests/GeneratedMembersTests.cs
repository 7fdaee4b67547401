using System.Collections.Generic;
using System.Linq;
using EtProtocolGen.Generator.Parsing;
using EtProtocolGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace EtProtocolGen.Generator.Tests;

/// <summary>
/// <see cref="GeneratedMembers"/>, the list the generator and ETP0007 check user members against, names exactly the members
/// the emitter writes on a message (apart from the printing member, which the generator leaves out when the user writes
/// one, and the explicit interface implementations, which no user member can collide with).
/// </summary>
public sealed class GeneratedMembersTests
{
    private static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .WithGlobalNamespaceStyle(SymbolDisplayGlobalNamespaceStyle.Omitted)
        .WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

    [Fact]
    public void The_table_lists_every_member_the_emitter_writes_with_its_parameters()
    {
        (Compilation output, GeneratorDriverRunResult result) = GeneratorHarness.Run(Sources.Login);
        SyntaxTree generated = result.GeneratedTrees.Single(tree => tree.FilePath.EndsWith("Game.Protocol.C2G_Login.g.cs", System.StringComparison.Ordinal));
        INamedTypeSymbol message = output.GetTypeByMetadataName("Game.Protocol.C2G_Login")!;

        var emitted = new List<string>();
        foreach (ISymbol member in message.GetMembers())
        {
            bool declaredThere = member.DeclaringSyntaxReferences.Any(reference => reference.SyntaxTree == generated);
            if (!declaredThere || member.IsImplicitlyDeclared || member.Name is "ToString" or "PrintMembers" || member.Name.Contains('.', System.StringComparison.Ordinal)
                || member is IMethodSymbol { MethodKind: not MethodKind.Ordinary })
            {
                continue;
            }

            emitted.Add(Describe(member, message));
        }

        string[] listed = GeneratedMembers.All.Select(entry => entry.Name + "(" + (entry.Parameters is null ? "const" : string.Join(", ", entry.Parameters)) + ")").ToArray();
        Assert.Equal(listed.OrderBy(text => text, System.StringComparer.Ordinal), emitted.OrderBy(text => text, System.StringComparer.Ordinal));
    }

    [Fact]
    public void A_user_member_is_a_collision_only_with_the_same_name_and_parameters()
    {
        (Compilation output, GeneratorDriverRunResult result) = GeneratorHarness.Run("""
            namespace Game.Protocol
            {
                [EtProtocolGen.Message(1)]
                public partial class Fine
                {
                    public static Fine Parse(string text) => new Fine();
                    public void WriteTo(System.IO.Stream stream) { }
                    public void WriteFields(EtProtocolGen.Wire.ProtoWriter writer) { }
                    partial void OnValidate(ref EtProtocolGen.ValidationResult result) { }
                }
            }
            """);

        var generated = result.GeneratedTrees.ToHashSet();
        INamedTypeSymbol fine = output.GetTypeByMetadataName("Game.Protocol.Fine")!;
        Assert.Empty(GeneratedMembers.FindCollisions(fine, member => member.DeclaringSyntaxReferences.All(reference => generated.Contains(reference.SyntaxTree))));
        IReadOnlyList<Diagnostic> diagnostics = GeneratorHarness.AllDiagnostics(output);
        Assert.True(diagnostics.Count == 0, GeneratorHarness.Format(diagnostics));
    }

    private static string Describe(ISymbol member, INamedTypeSymbol message)
    {
        if (member is not IMethodSymbol method)
        {
            return member.Name + "(const)";
        }

        IEnumerable<string> parameters = method.Parameters.Select(parameter =>
            (SymbolEqualityComparer.Default.Equals(parameter.Type, message) ? "$message" : parameter.Type.ToDisplayString(TypeFormat))
            + (parameter.RefKind == RefKind.None ? "" : "&"));
        return method.Name + "(" + string.Join(", ", parameters) + ")";
    }
}
