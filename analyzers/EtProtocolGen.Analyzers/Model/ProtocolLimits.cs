using EtProtocolGen.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace EtProtocolGen.Analyzers.Model
{
    /// <summary>The values of <c>[assembly: ProtocolLimits]</c> that analyzers care about; 0 means not set.</summary>
    internal readonly struct ProtocolLimits
    {
        private ProtocolLimits(int maxDepth, int defaultMaxLength, int defaultMaxStringLength, int defaultMaxBytesLength, int defaultMaxCollectionLength)
        {
            MaxDepth = maxDepth;
            DefaultMaxLength = defaultMaxLength;
            DefaultMaxStringLength = defaultMaxStringLength;
            DefaultMaxBytesLength = defaultMaxBytesLength;
            DefaultMaxCollectionLength = defaultMaxCollectionLength;
        }

        public int MaxDepth { get; }

        public int DefaultMaxLength { get; }

        public int DefaultMaxStringLength { get; }

        public int DefaultMaxBytesLength { get; }

        public int DefaultMaxCollectionLength { get; }

        /// <summary>True when the assembly bounds fields of this kind that carry no [MaxLength].</summary>
        public bool HasDefaultFor(LengthKind kind)
        {
            if (DefaultMaxLength > 0)
            {
                return true;
            }

            return kind switch
            {
                LengthKind.String => DefaultMaxStringLength > 0,
                LengthKind.Bytes => DefaultMaxBytesLength > 0,
                LengthKind.Collection => DefaultMaxCollectionLength > 0,
                _ => false,
            };
        }

        public static ProtocolLimits Read(IAssemblySymbol assembly, INamedTypeSymbol? attributeType)
        {
            if (attributeType is null)
            {
                return default;
            }

            foreach (AttributeData attribute in assembly.GetAttributes())
            {
                if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType))
                {
                    continue;
                }

                int maxDepth = 0, any = 0, text = 0, bytes = 0, collection = 0;
                foreach (var named in attribute.NamedArguments)
                {
                    if (named.Value.Kind == TypedConstantKind.Error || named.Value.Value is not int value)
                    {
                        continue;
                    }

                    switch (named.Key)
                    {
                        case "MaxDepth": maxDepth = value; break;
                        case "DefaultMaxLength": any = value; break;
                        case "DefaultMaxStringLength": text = value; break;
                        case "DefaultMaxBytesLength": bytes = value; break;
                        case "DefaultMaxCollectionLength": collection = value; break;
                    }
                }

                return new ProtocolLimits(maxDepth, any, text, bytes, collection);
            }

            return default;
        }
    }
}
