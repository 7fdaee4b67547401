using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace EtProtocolGen.Generator.Parsing
{
    /// <summary>One <c>[assembly: WireSurrogate(typeof(T), typeof(TWire))]</c>: the type, its surrogate, and why it is unusable (or null).</summary>
    internal readonly struct WireSurrogate
    {
        public WireSurrogate(ITypeSymbol type, INamedTypeSymbol? surrogate, string? problem, AttributeData attribute)
        {
            Type = type;
            Surrogate = surrogate;
            Problem = problem;
            Attribute = attribute;
        }

        public ITypeSymbol Type { get; }

        public INamedTypeSymbol? Surrogate { get; }

        /// <summary>Why fields of <see cref="Type"/> cannot use the mapping; null when they can.</summary>
        public string? Problem { get; }

        public AttributeData Attribute { get; }
    }

    /// <summary>The engine-type mappings of one assembly, by the mapped type. Holds symbols: lives inside one transform or analysis.</summary>
    internal sealed class WireSurrogateMap
    {
        private readonly Dictionary<ITypeSymbol, WireSurrogate> _mappings;

        public WireSurrogateMap(Dictionary<ITypeSymbol, WireSurrogate> mappings) => _mappings = mappings;

        /// <summary>No mapping at all.</summary>
        public static WireSurrogateMap None { get; } = new WireSurrogateMap(new Dictionary<ITypeSymbol, WireSurrogate>(SymbolEqualityComparer.Default));

        /// <summary>Every mapping, in declaration order.</summary>
        public IEnumerable<WireSurrogate> All => _mappings.Values;

        /// <summary>The mapping of <paramref name="type"/>, usable or not.</summary>
        public bool TryGet(ITypeSymbol type, out WireSurrogate mapping) => _mappings.TryGetValue(type, out mapping);

        /// <summary>The surrogate of <paramref name="type"/> when its mapping can be used.</summary>
        public bool TryGetUsable(ITypeSymbol type, out INamedTypeSymbol surrogate)
        {
            if (_mappings.TryGetValue(type, out WireSurrogate mapping) && mapping.Problem is null)
            {
                surrogate = mapping.Surrogate!;
                return true;
            }

            surrogate = null!;
            return false;
        }
    }

    /// <summary>
    /// The engine-type mappings of an assembly (<c>[assembly: WireSurrogate]</c>) and the one rule for when a mapping is
    /// usable: the type is a struct the wire cannot carry by itself, the surrogate a <c>[Message]</c> struct that declares
    /// conversion operators both ways. Compiled into the generator (both front ends) and the analyzers.
    /// </summary>
    internal static class WireSurrogates
    {
        private static readonly ConditionalWeakTable<IAssemblySymbol, WireSurrogateMap> Cache = new ConditionalWeakTable<IAssemblySymbol, WireSurrogateMap>();

        /// <summary>
        /// The mappings <paramref name="assembly"/> declares (the assembly of the message whose field is classified), read once
        /// per assembly symbol, so once per compilation.
        /// </summary>
        public static WireSurrogateMap Of(IAssemblySymbol? assembly) =>
            assembly is null ? WireSurrogateMap.None : Cache.GetValue(assembly, static key => Read(key));

        /// <summary>Every mapping the assembly declares, by the mapped type; a type mapped twice keeps its first.</summary>
        private static WireSurrogateMap Read(IAssemblySymbol assembly)
        {
            var mappings = new Dictionary<ITypeSymbol, WireSurrogate>(SymbolEqualityComparer.Default);
            foreach (AttributeData attribute in assembly.GetAttributes())
            {
                if (AttributeNames.Of(attribute.AttributeClass) != AttributeNames.WireSurrogate
                    || attribute.ConstructorArguments.Length != 2
                    || attribute.ConstructorArguments[0].Value is not ITypeSymbol type
                    || type.TypeKind == TypeKind.Error
                    || mappings.ContainsKey(type))
                {
                    continue;
                }

                var surrogate = attribute.ConstructorArguments[1].Value as INamedTypeSymbol;
                mappings.Add(type, new WireSurrogate(type, surrogate, FindProblem(type, surrogate), attribute));
            }

            return mappings.Count == 0 ? WireSurrogateMap.None : new WireSurrogateMap(mappings);
        }

        /// <summary>
        /// Why <paramref name="surrogate"/> cannot carry <paramref name="type"/>; null when it can. Whether the surrogate's own
        /// serializer can be generated is the generator's check (the surrogate's own diagnostics say why not).
        /// </summary>
        public static string? FindProblem(ITypeSymbol type, INamedTypeSymbol? surrogate)
        {
            if (surrogate is null || surrogate.TypeKind == TypeKind.Error)
            {
                return "the surrogate is not a type of the compilation";
            }

            if (FieldTypeClassifier.TryClassifyValue(type, out _) || type.SpecialType != SpecialType.None)
            {
                return "'" + type.Name + "' is carried on the wire already";
            }

            // A struct is always present, so it is written like a struct message: when its surrogate is not empty.
            if (!type.IsValueType || type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T })
            {
                return "'" + type.Name + "' is not a struct: a surrogate maps a value type (engine types such as float3 and ActorId are)";
            }

            if (!surrogate.IsValueType)
            {
                return "the surrogate '" + surrogate.Name + "' is a class: declare it as a [Message] struct, so that converting never allocates";
            }

            if (!FieldTypeClassifier.IsMessageType(surrogate))
            {
                return "the surrogate '" + surrogate.Name + "' is not a [Message] type";
            }

            if (!HasConversion(surrogate, type, surrogate) || !HasConversion(surrogate, surrogate, type))
            {
                return "'" + surrogate.Name + "' must declare conversion operators both ways: operator " + surrogate.Name + "(" + type.Name + ") and operator " + type.Name + "(" + surrogate.Name + ")";
            }

            return null;
        }

        /// <summary>A user-defined conversion from <paramref name="from"/> to <paramref name="to"/> declared on <paramref name="owner"/>.</summary>
        private static bool HasConversion(INamedTypeSymbol owner, ITypeSymbol from, ITypeSymbol to)
        {
            foreach (string name in new[] { "op_Implicit", "op_Explicit" })
            {
                foreach (ISymbol member in owner.GetMembers(name))
                {
                    if (member is IMethodSymbol { Parameters.Length: 1 } conversion
                        && SymbolEqualityComparer.Default.Equals(conversion.Parameters[0].Type, from)
                        && SymbolEqualityComparer.Default.Equals(conversion.ReturnType, to))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
