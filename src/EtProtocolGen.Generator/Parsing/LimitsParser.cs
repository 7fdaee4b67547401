using System.Threading;
using EtProtocolGen.Generator.Model;
using Microsoft.CodeAnalysis;

namespace EtProtocolGen.Generator.Parsing
{
    /// <summary>Reads the assembly's <c>[ProtocolLimits]</c> into a <see cref="LimitsModel"/>.</summary>
    internal static class LimitsParser
    {
        public static LimitsModel Parse(IAssemblySymbol assembly, CancellationToken cancellationToken)
        {
            foreach (AttributeData attribute in assembly.GetAttributes())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (AttributeNames.Of(attribute.AttributeClass) != AttributeNames.ProtocolLimits)
                {
                    continue;
                }

                int maxMessageSize = 0, maxDepth = 0, maxLength = 0, maxString = 0, maxBytes = 0, maxCollection = 0;
                foreach (var argument in attribute.NamedArguments)
                {
                    int value = argument.Value.Value is int number && number > 0 ? number : 0;
                    switch (argument.Key)
                    {
                        case "MaxMessageSize": maxMessageSize = value; break;
                        case "MaxDepth": maxDepth = value; break;
                        case "DefaultMaxLength": maxLength = value; break;
                        case "DefaultMaxStringLength": maxString = value; break;
                        case "DefaultMaxBytesLength": maxBytes = value; break;
                        case "DefaultMaxCollectionLength": maxCollection = value; break;
                    }
                }

                return new LimitsModel(maxMessageSize, maxDepth, maxLength, maxString, maxBytes, maxCollection);
            }

            return LimitsModel.None;
        }
    }
}
