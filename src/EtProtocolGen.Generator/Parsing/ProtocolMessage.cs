using EtProtocolGen.Generator.Model;
using Microsoft.CodeAnalysis;

namespace EtProtocolGen.Generator.Parsing
{
    /// <summary>
    /// The one definition of "what is a message": a class or struct that carries the runtime's <c>[Message]</c>, matched by name
    /// and namespace (<see cref="AttributeNames"/>) like every runtime attribute, so that a second assembly defining the same
    /// attribute names switches nothing off. Also what the attribute says; arguments that do not bind (broken code) read as
    /// absent. Compiled into the generator, the dispatch generator and the analyzers. Lives only inside one transform or one
    /// analysis: it holds symbols.
    /// </summary>
    internal readonly struct ProtocolMessage
    {
        private ProtocolMessage(INamedTypeSymbol type, AttributeData attribute, ushort? opcode, bool isValueOnly, bool isInner, int maxDepth, WireDirection declaredDirection)
        {
            DeclaredDirection = declaredDirection;
            Type = type;
            Attribute = attribute;
            Opcode = opcode;
            IsValueOnly = isValueOnly;
            IsInner = isInner;
            MaxDepth = maxDepth;
        }

        public INamedTypeSymbol Type { get; }

        public AttributeData Attribute { get; }

        /// <summary>Null for a message without an opcode (<see cref="IsValueOnly"/>) and when the opcode argument does not convert to ushort.</summary>
        public ushort? Opcode { get; }

        /// <summary>Declared <c>[Message]</c>, without an opcode: a value used only inside other messages, never registered or dispatched.</summary>
        public bool IsValueOnly { get; }

        /// <summary>The declaration can be generated as far as the attribute goes: an opcode that binds, or none at all.</summary>
        public bool IsDeclarationValid => Opcode is not null || IsValueOnly;

        /// <summary>Scope = Inner; any other value is treated as Outer, the untrusted side.</summary>
        public bool IsInner { get; }

        public bool IsOuter => !IsInner;

        /// <summary>The explicit <c>MaxDepth</c>, 0 when not set.</summary>
        public int MaxDepth { get; }

        /// <summary>The explicit <c>Direction</c>, <see cref="WireDirection.None"/> when not set.</summary>
        public WireDirection DeclaredDirection { get; }

        /// <summary>
        /// Which way the message travels by its own declaration, name and kind (<see cref="MessageDirections.Resolve"/>); for a
        /// message without an opcode that declares none, <see cref="DirectionSource.Containers"/>: its carriers decide.
        /// </summary>
        public MessageDirectionModel Direction =>
            MessageDirections.Resolve(IsInner, DeclaredDirection, Type.Name, RuntimeTypes.Implements(Type, RuntimeTypes.Response), IsValueOnly);

        /// <summary>
        /// True if <paramref name="type"/> (its definition, for a constructed generic) is a class or struct marked [Message].
        /// Generic and other ungeneratable messages count: ETP0006 reports them, and the generator skips them by <see cref="MessageShape"/>.
        /// </summary>
        public static bool TryGet(ITypeSymbol? type, out ProtocolMessage message)
        {
            message = default;
            if (type is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } named
                || FindAttribute(named.OriginalDefinition) is not { } attribute)
            {
                return false;
            }

            message = Read(named, attribute);
            return true;
        }

        /// <summary>The runtime's [Message] on <paramref name="symbol"/>, or null.</summary>
        public static AttributeData? FindAttribute(ISymbol symbol)
        {
            foreach (AttributeData attribute in symbol.GetAttributes())
            {
                if (AttributeNames.Of(attribute.AttributeClass) == AttributeNames.Message)
                {
                    return attribute;
                }
            }

            return null;
        }

        /// <summary>What <paramref name="attribute"/>, the [Message] of <paramref name="type"/>, says.</summary>
        public static ProtocolMessage Read(INamedTypeSymbol type, AttributeData attribute)
        {
            ushort? opcode = null;
            if (attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is ushort value)
            {
                opcode = value;
            }

            // No argument at all: [Message] on a value type of other messages. An argument that does not bind is not that.
            bool isValueOnly = attribute.ConstructorArguments.Length == 0 && attribute.AttributeConstructor is { Parameters.Length: 0 };

            bool isInner = false;
            int maxDepth = 0;
            var direction = WireDirection.None;
            foreach (var named in attribute.NamedArguments)
            {
                if (named.Key == "Scope" && named.Value.Value is int scope)
                {
                    isInner = scope == RuntimeContract.MessageScope.Inner;
                }
                else if (named.Key == "MaxDepth" && named.Value.Value is int depth)
                {
                    maxDepth = depth;
                }
                else if (named.Key == "Direction" && named.Value.Value is int declared)
                {
                    direction = (WireDirection)declared;
                }
            }

            return new ProtocolMessage(type, attribute, opcode, isValueOnly, isInner, maxDepth, direction);
        }
    }
}
