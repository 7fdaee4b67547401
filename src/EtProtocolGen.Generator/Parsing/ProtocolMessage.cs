using Microsoft.CodeAnalysis;

namespace EtProtocolGen.Analyzers.Model
{
    /// <summary>A [Message] type and what its attribute says. Arguments that do not bind (broken code) read as absent.</summary>
    internal readonly struct ProtocolMessage
    {
        /// <summary>The value of <c>MessageScope.Inner</c>.</summary>
        private const int InnerScope = 1;

        private ProtocolMessage(INamedTypeSymbol type, AttributeData attribute, ushort? opcode, bool isInner, int maxDepth)
        {
            Type = type;
            Attribute = attribute;
            Opcode = opcode;
            IsInner = isInner;
            MaxDepth = maxDepth;
        }

        public INamedTypeSymbol Type { get; }

        public AttributeData Attribute { get; }

        /// <summary>Null when the opcode argument is missing or does not convert to ushort.</summary>
        public ushort? Opcode { get; }

        public bool IsInner { get; }

        public bool IsOuter => !IsInner;

        /// <summary>The explicit <c>MaxDepth</c>, 0 when not set.</summary>
        public int MaxDepth { get; }

        public static ProtocolMessage From(INamedTypeSymbol type, AttributeData attribute)
        {
            ushort? opcode = null;
            if (attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is ushort value)
            {
                opcode = value;
            }

            bool isInner = false;
            int maxDepth = 0;
            foreach (var named in attribute.NamedArguments)
            {
                if (named.Key == "Scope" && named.Value.Value is int scope)
                {
                    isInner = scope == InnerScope;
                }
                else if (named.Key == "MaxDepth" && named.Value.Value is int depth)
                {
                    maxDepth = depth;
                }
            }

            return new ProtocolMessage(type, attribute, opcode, isInner, maxDepth);
        }
    }
}
