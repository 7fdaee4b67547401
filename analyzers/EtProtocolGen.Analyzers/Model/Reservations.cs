using System.Collections.Generic;
using System.Collections.Immutable;
using EtProtocolGen.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace EtProtocolGen.Analyzers.Model
{
    /// <summary>What [Reserved] on a message and [assembly: ReservedOpcodes] keep out of use; read once for ETP0203/ETP0204 and the manifest.</summary>
    internal static class Reservations
    {
        /// <summary>Adds the field numbers and names the message's [Reserved] attributes list (names trimmed, empty ones dropped).</summary>
        public static void ReadFields(INamedTypeSymbol message, ISet<int> numbers, ISet<string> names)
        {
            foreach (AttributeData attribute in message.GetAttributes())
            {
                if (AttributeNames.Of(attribute.AttributeClass) != AttributeNames.Reserved)
                {
                    continue;
                }

                foreach (TypedConstant value in Values(attribute))
                {
                    if (value.Value is int number)
                    {
                        numbers.Add(number);
                    }
                }

                foreach (KeyValuePair<string, TypedConstant> named in attribute.NamedArguments)
                {
                    if (named.Key == "Names" && named.Value.Value is string text)
                    {
                        foreach (string name in text.Split(','))
                        {
                            if (name.Trim().Length > 0)
                            {
                                names.Add(name.Trim());
                            }
                        }
                    }
                }
            }
        }

        /// <summary>The opcodes of every [assembly: ReservedOpcodes], ascending.</summary>
        public static SortedSet<ushort> ReadOpcodes(IAssemblySymbol assembly)
        {
            var opcodes = new SortedSet<ushort>();
            foreach (AttributeData attribute in assembly.GetAttributes())
            {
                if (AttributeNames.Of(attribute.AttributeClass) == AttributeNames.ReservedOpcodes)
                {
                    foreach (TypedConstant value in Values(attribute))
                    {
                        if (value.Value is ushort opcode)
                        {
                            opcodes.Add(opcode);
                        }
                    }
                }
            }

            return opcodes;
        }

        /// <summary>The elements of a <c>params</c> constructor argument.</summary>
        private static ImmutableArray<TypedConstant> Values(AttributeData attribute) =>
            attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Kind == TypedConstantKind.Array
                ? attribute.ConstructorArguments[0].Values
                : ImmutableArray<TypedConstant>.Empty;
    }
}
