using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace EtProtocolGen.Analyzers.Model
{
    /// <summary>
    /// The EtProtocolGen types of one compilation, looked up once per compilation start. Analyzers ask
    /// it what a symbol is (a message, a field, a handler) instead of comparing names.
    /// </summary>
    internal sealed class ProtocolSymbols
    {
        public const string HandlerMetadataName = "EtProtocolGen.IMessageHandler`2";
        public const string RequestHandlerMetadataName = "EtProtocolGen.IRequestHandler`3";

        private ProtocolSymbols(Compilation compilation, INamedTypeSymbol messageAttribute)
        {
            Compilation = compilation;
            MessageAttribute = messageAttribute;
            FieldAttribute = compilation.GetTypeByMetadataName("EtProtocolGen.FieldAttribute");
            ResponseTypeAttribute = compilation.GetTypeByMetadataName("EtProtocolGen.ResponseTypeAttribute");
            MaxLengthAttribute = compilation.GetTypeByMetadataName("EtProtocolGen.MaxLengthAttribute");
            MinLengthAttribute = compilation.GetTypeByMetadataName("EtProtocolGen.MinLengthAttribute");
            RangeAttribute = compilation.GetTypeByMetadataName("EtProtocolGen.RangeAttribute");
            RequiredAttribute = compilation.GetTypeByMetadataName("EtProtocolGen.RequiredAttribute");
            SensitiveAttribute = compilation.GetTypeByMetadataName("EtProtocolGen.SensitiveAttribute");
            AuthorizeAttribute = compilation.GetTypeByMetadataName("EtProtocolGen.AuthorizeAttribute");
            AllowAnonymousAttribute = compilation.GetTypeByMetadataName("EtProtocolGen.AllowAnonymousAttribute");
            ProtocolLimitsAttribute = compilation.GetTypeByMetadataName("EtProtocolGen.ProtocolLimitsAttribute");
            IRequest = compilation.GetTypeByMetadataName("EtProtocolGen.IRequest");
            IResponse = compilation.GetTypeByMetadataName("EtProtocolGen.IResponse");
            MessageHandler = compilation.GetTypeByMetadataName(HandlerMetadataName);
            RequestHandler = compilation.GetTypeByMetadataName(RequestHandlerMetadataName);
            Limits = ProtocolLimits.Read(compilation.Assembly, ProtocolLimitsAttribute);
        }

        public Compilation Compilation { get; }
        public INamedTypeSymbol MessageAttribute { get; }
        public INamedTypeSymbol? FieldAttribute { get; }
        public INamedTypeSymbol? ResponseTypeAttribute { get; }
        public INamedTypeSymbol? MaxLengthAttribute { get; }
        public INamedTypeSymbol? MinLengthAttribute { get; }
        public INamedTypeSymbol? RangeAttribute { get; }
        public INamedTypeSymbol? RequiredAttribute { get; }
        public INamedTypeSymbol? SensitiveAttribute { get; }
        public INamedTypeSymbol? AuthorizeAttribute { get; }
        public INamedTypeSymbol? AllowAnonymousAttribute { get; }
        public INamedTypeSymbol? ProtocolLimitsAttribute { get; }
        public INamedTypeSymbol? IRequest { get; }
        public INamedTypeSymbol? IResponse { get; }
        public INamedTypeSymbol? MessageHandler { get; }
        public INamedTypeSymbol? RequestHandler { get; }

        /// <summary>The assembly's <c>[assembly: ProtocolLimits]</c>, or all zero.</summary>
        public ProtocolLimits Limits { get; }

        /// <summary>Null when the compilation does not reference EtProtocolGen: nothing to analyze.</summary>
        public static ProtocolSymbols? TryCreate(Compilation compilation)
        {
            INamedTypeSymbol? messageAttribute = compilation.GetTypeByMetadataName("EtProtocolGen.MessageAttribute");
            return messageAttribute is null ? null : new ProtocolSymbols(compilation, messageAttribute);
        }

        public bool TryGetMessage(ITypeSymbol? type, out ProtocolMessage message)
        {
            message = default;
            if (type is not INamedTypeSymbol named || named.TypeKind is not (TypeKind.Class or TypeKind.Struct))
            {
                return false;
            }

            AttributeData? attribute = FindAttribute(named.OriginalDefinition, MessageAttribute);
            if (attribute is null)
            {
                return false;
            }

            message = ProtocolMessage.From(named, attribute);
            return true;
        }

        public AttributeData? FindAttribute(ISymbol symbol, INamedTypeSymbol? attributeType)
        {
            if (attributeType is null)
            {
                return null;
            }

            foreach (AttributeData attribute in symbol.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType))
                {
                    return attribute;
                }
            }

            return null;
        }

        public bool HasAttribute(ISymbol symbol, INamedTypeSymbol? attributeType) => FindAttribute(symbol, attributeType) is not null;

        public bool IsRequest(ITypeSymbol type) => Implements(type, IRequest);

        public bool IsResponse(ITypeSymbol type) => Implements(type, IResponse);

        /// <summary>The serialized members of a message: its own properties and fields that carry [Field].</summary>
        public ImmutableArray<ProtocolField> GetFields(INamedTypeSymbol message)
        {
            if (FieldAttribute is null)
            {
                return ImmutableArray<ProtocolField>.Empty;
            }

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

                AttributeData? attribute = FindAttribute(member, FieldAttribute);
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
            if ((MessageHandler is null && RequestHandler is null) || type.TypeKind is not (TypeKind.Class or TypeKind.Struct))
            {
                return ImmutableArray<HandlerBinding>.Empty;
            }

            ImmutableArray<HandlerBinding>.Builder bindings = ImmutableArray.CreateBuilder<HandlerBinding>();
            foreach (INamedTypeSymbol implemented in type.AllInterfaces)
            {
                INamedTypeSymbol definition = implemented.OriginalDefinition;
                if (SymbolEqualityComparer.Default.Equals(definition, MessageHandler) && implemented.TypeArguments.Length == 2)
                {
                    bindings.Add(new HandlerBinding(type, implemented, implemented.TypeArguments[0], implemented.TypeArguments[1], response: null));
                }
                else if (SymbolEqualityComparer.Default.Equals(definition, RequestHandler) && implemented.TypeArguments.Length == 3)
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
                if (HasAttribute(current, MessageAttribute) || !GetHandlerBindings(current).IsEmpty)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool Implements(ITypeSymbol type, INamedTypeSymbol? contract)
        {
            if (contract is null)
            {
                return false;
            }

            foreach (INamedTypeSymbol implemented in type.AllInterfaces)
            {
                if (SymbolEqualityComparer.Default.Equals(implemented, contract))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
