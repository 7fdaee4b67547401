using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace EtProtocolGen.Analyzers.Model
{
    /// <summary>
    /// The deserialization and reinterpretation APIs ETP0107 knows, as this compilation sees them: each is looked up once per
    /// compilation, and one the compilation does not reference stays null and is never matched.
    /// </summary>
    internal sealed class DeserializationApis
    {
        private static readonly ImmutableArray<string> FormatterTypeNames = ImmutableArray.Create(
            "System.Runtime.Serialization.Formatters.Binary.BinaryFormatter",
            "System.Runtime.Serialization.Formatters.Soap.SoapFormatter",
            "System.Runtime.Serialization.NetDataContractSerializer",
            "System.Web.UI.LosFormatter",
            "System.Web.UI.ObjectStateFormatter");

        /// <summary>Serializers constructed for a <c>Type</c>: given one chosen at run time, the payload decides what is created.</summary>
        private static readonly ImmutableArray<string> RuntimeTypeSerializerNames = ImmutableArray.Create(
            "System.Runtime.Serialization.DataContractSerializer",
            "System.Runtime.Serialization.Json.DataContractJsonSerializer",
            "System.Xml.Serialization.XmlSerializer");

        /// <summary>Static deserializers that take the target <c>Type</c> as an argument.</summary>
        private static readonly ImmutableArray<string> RuntimeTypeDeserializerNames = ImmutableArray.Create(
            "Newtonsoft.Json.JsonConvert",
            "Newtonsoft.Json.JsonSerializer",
            "System.Text.Json.JsonSerializer");

        private static readonly ImmutableArray<string> TypelessResolverNames = ImmutableArray.Create(
            "MessagePack.Resolvers.TypelessContractlessStandardResolver",
            "MessagePack.Resolvers.TypelessObjectResolver",
            "MessagePack.Formatters.TypelessFormatter");

        private readonly ImmutableArray<INamedTypeSymbol> _formatters;
        private readonly INamedTypeSymbol? _formatterInterface;
        private readonly ImmutableArray<INamedTypeSymbol> _runtimeTypeSerializers;
        private readonly ImmutableArray<INamedTypeSymbol> _runtimeTypeDeserializers;
        private readonly ImmutableArray<INamedTypeSymbol> _typelessResolvers;
        private readonly INamedTypeSymbol? _type;
        private readonly INamedTypeSymbol? _assembly;
        private readonly INamedTypeSymbol? _activator;

        public DeserializationApis(Compilation compilation)
        {
            _formatters = Resolve(compilation, FormatterTypeNames);
            _formatterInterface = compilation.GetTypeByMetadataName("System.Runtime.Serialization.IFormatter");
            _runtimeTypeSerializers = Resolve(compilation, RuntimeTypeSerializerNames);
            _runtimeTypeDeserializers = Resolve(compilation, RuntimeTypeDeserializerNames);
            _typelessResolvers = Resolve(compilation, TypelessResolverNames);
            _type = compilation.GetTypeByMetadataName("System.Type");
            _assembly = compilation.GetTypeByMetadataName("System.Reflection.Assembly");
            _activator = compilation.GetTypeByMetadataName("System.Activator");
            TypelessSerializer = compilation.GetTypeByMetadataName("MessagePack.MessagePackSerializer+Typeless");
            TypeNameHandling = compilation.GetTypeByMetadataName("Newtonsoft.Json.TypeNameHandling");
            MemoryMarshal = compilation.GetTypeByMetadataName("System.Runtime.InteropServices.MemoryMarshal");
            Unsafe = compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.Unsafe");
            Marshal = compilation.GetTypeByMetadataName("System.Runtime.InteropServices.Marshal");
        }

        public INamedTypeSymbol? TypelessSerializer { get; }

        public INamedTypeSymbol? TypeNameHandling { get; }

        public INamedTypeSymbol? MemoryMarshal { get; }

        public INamedTypeSymbol? Unsafe { get; }

        public INamedTypeSymbol? Marshal { get; }

        /// <summary>A type-embedding formatter: one of the known ones, a type derived from one, or any IFormatter.</summary>
        public bool IsFormatter(INamedTypeSymbol type)
        {
            if (SymbolEqualityComparer.Default.Equals(type, _formatterInterface))
            {
                return true;
            }

            for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
            {
                if (Contains(_formatters, current))
                {
                    return true;
                }
            }

            if (_formatterInterface is not null)
            {
                foreach (INamedTypeSymbol implemented in type.AllInterfaces)
                {
                    if (SymbolEqualityComparer.Default.Equals(implemented, _formatterInterface))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>A serializer constructed for a type (DataContractSerializer, XmlSerializer...).</summary>
        public bool IsRuntimeTypeSerializer(INamedTypeSymbol type) => Contains(_runtimeTypeSerializers, type);

        /// <summary>A Deserialize method of JsonConvert or a JsonSerializer that takes the target type as a <c>Type</c>.</summary>
        public bool TakesRuntimeType(IMethodSymbol method) => Contains(_runtimeTypeDeserializers, method.ContainingType);

        /// <summary>MessagePack's typeless resolvers and formatter.</summary>
        public bool IsTypelessResolver(INamedTypeSymbol? type) => type is not null && Contains(_typelessResolvers, type);

        /// <summary><c>Type.GetType</c>, <c>Assembly.GetType</c>, <c>Activator.CreateInstance</c>/<c>CreateInstanceFrom</c> by name.</summary>
        public bool LoadsTypeByName(IMethodSymbol method) =>
            (method.Name == "GetType" && (SymbolEqualityComparer.Default.Equals(method.ContainingType, _type) || IsOrDerives(method.ContainingType, _assembly)))
            || (method.Name.StartsWith("CreateInstance", System.StringComparison.Ordinal) && SymbolEqualityComparer.Default.Equals(method.ContainingType, _activator));

        private static bool IsOrDerives(INamedTypeSymbol? type, INamedTypeSymbol? baseType)
        {
            for (INamedTypeSymbol? current = type; current is not null && baseType is not null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current, baseType))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool Contains(ImmutableArray<INamedTypeSymbol> types, INamedTypeSymbol type)
        {
            foreach (INamedTypeSymbol candidate in types)
            {
                if (SymbolEqualityComparer.Default.Equals(candidate, type))
                {
                    return true;
                }
            }

            return false;
        }

        private static ImmutableArray<INamedTypeSymbol> Resolve(Compilation compilation, ImmutableArray<string> names)
        {
            ImmutableArray<INamedTypeSymbol>.Builder found = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
            foreach (string name in names)
            {
                if (compilation.GetTypeByMetadataName(name) is { } type)
                {
                    found.Add(type);
                }
            }

            return found.ToImmutable();
        }
    }
}
