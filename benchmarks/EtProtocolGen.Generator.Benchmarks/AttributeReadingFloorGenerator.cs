using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EtProtocolGen.Generator.Benchmarks
{
    /// <summary>
    /// The least that any generator reading per-field attributes must ask Roslyn on every compilation: find the
    /// <c>[Message]</c> types with <c>ForAttributeWithMetadataName</c> and bind each member's attributes and type. It
    /// emits nothing. Roslyn re-runs such a transform on every edit (the compilation changed, so its semantic model did),
    /// so this is the floor the keystroke benchmark compares EtProtocolGen's two generators against.
    /// </summary>
    /// <remarks>Instantiated by the benchmark only, never loaded by a compiler, so it carries no <c>[Generator]</c> attribute.</remarks>
    public sealed class AttributeReadingFloorGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            IncrementalValuesProvider<int> boundAttributes = context.SyntaxProvider.ForAttributeWithMetadataName(
                "EtProtocolGen.MessageAttribute",
                static (node, _) => node is TypeDeclarationSyntax,
                static (context, cancellationToken) =>
                {
                    int count = 0;
                    foreach (ISymbol member in ((INamedTypeSymbol)context.TargetSymbol).GetMembers())
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        count += member.GetAttributes().Length;
                        if (member is IPropertySymbol { Type.TypeKind: TypeKind.Error })
                        {
                            count++;
                        }
                    }

                    return count;
                });

            context.RegisterSourceOutput(boundAttributes.Collect(), static (_, _) => { });
        }
    }
}
