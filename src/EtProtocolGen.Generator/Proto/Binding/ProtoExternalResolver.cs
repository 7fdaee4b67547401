using System.Collections.Generic;
using System.Threading;
using EtProtocolGen.Generator.Helpers;
using EtProtocolGen.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace EtProtocolGen.Generator.Proto.Binding
{
    /// <summary>
    /// Answers the binder's questions (<see cref="ProtoLookups"/>) from a compilation: what each candidate name is (an engine
    /// type with its surrogate, a C# message or enum, an interface) and what the user's partial classes of .proto messages
    /// declare. The only part of the .proto front end that sees symbols; its answer is a plain equatable value.
    /// </summary>
    internal static class ProtoExternalResolver
    {
        public static ProtoExternalTypes Resolve(ProtoLookups lookups, Compilation compilation, CancellationToken cancellationToken)
        {
            if (lookups.TypeNames.IsEmpty && lookups.MessageNames.IsEmpty)
            {
                return ProtoExternalTypes.None;
            }

            WireSurrogateMap surrogates = WireSurrogates.Of(compilation.Assembly);
            var types = new List<ProtoExternalType>();
            foreach (string name in lookups.TypeNames)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (compilation.GetTypeByMetadataName(name) is { } type)
                {
                    types.Add(Describe(name, type, surrogates, cancellationToken));
                }
            }

            var partials = new List<ProtoPartialType>();
            foreach (string name in lookups.MessageNames)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (compilation.GetTypeByMetadataName(name) is { } type)
                {
                    partials.Add(new ProtoPartialType(name, DeclaresToString(type), ImplementsOnValidate(type)));
                }
            }

            return new ProtoExternalTypes(new EquatableArray<ProtoExternalType>(types.ToArray()), new EquatableArray<ProtoPartialType>(partials.ToArray()));
        }

        private static ProtoExternalType Describe(string name, INamedTypeSymbol type, WireSurrogateMap surrogates, CancellationToken cancellationToken)
        {
            string typeName = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
            if (type.TypeKind == TypeKind.Interface)
            {
                return new ProtoExternalType(name, ProtoExternalKind.Interface, typeName, false, null, default,
                    RuntimeTypes.Implements(type, RuntimeTypes.Request), RuntimeTypes.Implements(type, RuntimeTypes.Response), null);
            }

            if (surrogates.TryGet(type, out WireSurrogate mapping))
            {
                string? problem = mapping.Problem;
                if (problem is null && !HasSerializer(mapping.Surrogate!, cancellationToken))
                {
                    problem = "the serializer of its surrogate '" + mapping.Surrogate!.Name + "' cannot be generated (see the diagnostics on it)";
                }

                return problem is null
                    ? new ProtoExternalType(name, ProtoExternalKind.Surrogate, typeName, type.IsValueType, mapping.Surrogate!.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), default, false, false, null)
                    : Unusable(name, typeName, "its [assembly: WireSurrogate] cannot be used: " + problem);
            }

            if (FieldTypeClassifier.IsMessageType(type))
            {
                return HasSerializer(type, cancellationToken)
                    ? new ProtoExternalType(name, ProtoExternalKind.Message, typeName, type.IsValueType, null, default,
                        RuntimeTypes.Implements(type, RuntimeTypes.Request), RuntimeTypes.Implements(type, RuntimeTypes.Response), null)
                    : Unusable(name, typeName, "the C# message's serializer cannot be generated (see the diagnostics on it)");
            }

            if (FieldTypeClassifier.TryClassifyValue(type, out FieldValueKind kind) && kind == FieldValueKind.Enum
                && FieldTypeClassifier.TryClassifyValue(type.EnumUnderlyingType!, out FieldValueKind underlying))
            {
                return new ProtoExternalType(name, ProtoExternalKind.Enum, typeName, true, null, underlying, false, false, null);
            }

            return Unusable(name, typeName, "the C# type '" + type.Name + "' has no wire format: map it with [assembly: WireSurrogate(typeof(" + type.Name + "), typeof(" + type.Name + "Wire))]");
        }

        /// <summary>
        /// The generator can call the message's serializer: it is emitted (the analyzers' compilation already holds it) or will be
        /// (the generator's compilation, by the attribute parser's own rule).
        /// </summary>
        private static bool HasSerializer(INamedTypeSymbol type, CancellationToken cancellationToken) =>
            MessageParser.CarriesGeneratedMembers(type) || MessageParser.HasSerializer(type, cancellationToken);

        private static ProtoExternalType Unusable(string name, string typeName, string problem) =>
            new ProtoExternalType(name, ProtoExternalKind.Unusable, typeName, false, null, default, false, false, problem);

        private static bool DeclaresToString(INamedTypeSymbol type)
        {
            foreach (ISymbol member in type.GetMembers("ToString"))
            {
                if (member is IMethodSymbol { Parameters.Length: 0, IsStatic: false, IsImplicitlyDeclared: false })
                {
                    return true;
                }
            }

            return false;
        }

        private static bool ImplementsOnValidate(INamedTypeSymbol type)
        {
            foreach (ISymbol member in type.GetMembers("OnValidate"))
            {
                if (member is IMethodSymbol { IsStatic: false, ReturnsVoid: true, Parameters.Length: 1 })
                {
                    return true;
                }
            }

            return false;
        }
    }
}
