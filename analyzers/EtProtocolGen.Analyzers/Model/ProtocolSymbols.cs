using System.Collections.Immutable;
using EtProtocolGen.Generator.Model;
using EtProtocolGen.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace EtProtocolGen.Analyzers.Model
{
    /// <summary>
    /// The protocol of one compilation as the analyzers see it: whether it uses EtProtocolGen at all, its [ProtocolLimits], and
    /// what a symbol is (a message, a field, a handler). Runtime attributes and types are matched by name and namespace with the
    /// generator's own code (<see cref="AttributeNames"/>, <see cref="RuntimeTypes"/>, <see cref="ProtocolMessage"/>), never by
    /// one symbol looked up per compilation: with two referenced assemblies defining <c>EtProtocolGen.MessageAttribute</c> such a
    /// lookup finds nothing, and the analyzers would go silent while the generator keeps emitting.
    /// </summary>
    internal sealed class ProtocolSymbols
    {
        private ProtocolSymbols(Compilation compilation)
        {
            Compilation = compilation;
            Limits = LimitsParser.Parse(compilation.Assembly, default);
        }

        public Compilation Compilation { get; }

        /// <summary>The assembly's <c>[assembly: ProtocolLimits]</c>, read by the generator's <see cref="LimitsParser"/>.</summary>
        public LimitsModel Limits { get; }

        /// <summary>Null when neither the compilation nor a referenced assembly declares <c>EtProtocolGen.MessageAttribute</c>: nothing to analyze.</summary>
        public static ProtocolSymbols? TryCreate(Compilation compilation)
        {
            if (compilation.Assembly.GetTypeByMetadataName(AttributeNames.Message) is not null)
            {
                return new ProtocolSymbols(compilation);
            }

            foreach (IAssemblySymbol referenced in compilation.SourceModule.ReferencedAssemblySymbols)
            {
                if (referenced.GetTypeByMetadataName(AttributeNames.Message) is not null)
                {
                    return new ProtocolSymbols(compilation);
                }
            }

            return null;
        }

        /// <summary>True if <paramref name="type"/> is a class or struct marked [Message] (<see cref="ProtocolMessage.TryGet"/>).</summary>
        public bool TryGetMessage(ITypeSymbol? type, out ProtocolMessage message) => ProtocolMessage.TryGet(type, out message);

        /// <summary>The runtime attribute <paramref name="attributeName"/> (an <see cref="AttributeNames"/> constant) on <paramref name="symbol"/>, or null.</summary>
        public AttributeData? FindAttribute(ISymbol symbol, string attributeName)
        {
            foreach (AttributeData attribute in symbol.GetAttributes())
            {
                if (AttributeNames.Of(attribute.AttributeClass) == attributeName)
                {
                    return attribute;
                }
            }

            return null;
        }

        public bool HasAttribute(ISymbol symbol, string attributeName) => FindAttribute(symbol, attributeName) is not null;

        public bool IsRequest(ITypeSymbol type) => RuntimeTypes.Implements(type, RuntimeTypes.Request);

        public bool IsResponse(ITypeSymbol type) => RuntimeTypes.Implements(type, RuntimeTypes.Response);

        /// <summary>The serialized members of a message: its own properties and fields that carry [Field].</summary>
        public ImmutableArray<ProtocolField> GetFields(INamedTypeSymbol message)
        {
            ImmutableArray<ProtocolField>.Builder fields = ImmutableArray.CreateBuilder<ProtocolField>();
            foreach (ISymbol member in message.GetMembers())
            {
                ITypeSymbol? type = member switch
                {
                    IPropertySymbol property => property.Type,
                    IFieldSymbol field when !field.IsImplicitlyDeclared => field.Type,
                    _ => null,
                };
                if (type is null)
                {
                    continue;
                }

                AttributeData? attribute = FindAttribute(member, AttributeNames.Field);
                if (attribute is not null)
                {
                    fields.Add(new ProtocolField(member, type, attribute));
                }
            }

            return fields.ToImmutable();
        }

        /// <summary>The handler interfaces a type implements, each with its session, message and (for requests) response type.</summary>
        public ImmutableArray<HandlerBinding> GetHandlerBindings(INamedTypeSymbol type)
        {
            if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct))
            {
                return ImmutableArray<HandlerBinding>.Empty;
            }

            ImmutableArray<HandlerBinding>.Builder bindings = ImmutableArray.CreateBuilder<HandlerBinding>();
            foreach (INamedTypeSymbol implemented in type.AllInterfaces)
            {
                if (RuntimeTypes.Is(implemented, RuntimeTypes.MessageHandler, 2))
                {
                    bindings.Add(new HandlerBinding(type, implemented, implemented.TypeArguments[0], implemented.TypeArguments[1], response: null));
                }
                else if (RuntimeTypes.Is(implemented, RuntimeTypes.RequestHandler, 3))
                {
                    bindings.Add(new HandlerBinding(type, implemented, implemented.TypeArguments[0], implemented.TypeArguments[1], implemented.TypeArguments[2]));
                }
            }

            return bindings.ToImmutable();
        }

        /// <summary>True for messages and handlers, and for any type nested in one: the code that sees message bytes.</summary>
        public bool IsProtocolCode(INamedTypeSymbol type)
        {
            for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
            {
                if (ProtocolMessage.FindAttribute(current) is not null || !GetHandlerBindings(current).IsEmpty)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
