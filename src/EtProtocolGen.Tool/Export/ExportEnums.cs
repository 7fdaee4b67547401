using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace EtProtocolGen.Tool.Export
{
    /// <summary>proto3 enums: a C# enum a field uses, and the enum of a file's opcodes.</summary>
    internal static class ExportEnums
    {
        /// <summary>
        /// The members of <paramref name="type"/> with the value 0 first, as proto3 requires; an enum without a zero member gets
        /// <c>..._UNSPECIFIED = 0</c> (the value of an absent field), which comes back as one more C# member.
        /// </summary>
        public static ExportEnum Read(INamedTypeSymbol type, string name, List<string> warnings)
        {
            var values = new List<ExportEnumValue>();
            foreach (IFieldSymbol member in type.GetMembers().OfType<IFieldSymbol>().Where(member => member.HasConstantValue))
            {
                // The wire carries an enum as an int32 (a uint member above int.MaxValue as the negative number of its bits).
                long number = member.ConstantValue is uint bits ? unchecked((int)bits) : System.Convert.ToInt64(member.ConstantValue, System.Globalization.CultureInfo.InvariantCulture);

                if (!ExportNames.EnumValueComesBack(type.Name, member.Name))
                {
                    warnings.Add(type.ToDisplayString() + "." + member.Name + ": protoc's C# generator and the .proto input name this member "
                        + Generator.Proto.Binding.ProtoNames.EnumValueOf(type.Name, ExportNames.EnumValue(type.Name, member.Name), isEt: false));
                }

                values.Add(new ExportEnumValue(ExportNames.EnumValue(type.Name, member.Name), number, ExportComments.Summary(member).FirstOrDefault()));
            }

            if (values.All(value => value.Number != 0))
            {
                values.Add(new ExportEnumValue(ExportNames.EnumValue(type.Name, "Unspecified"), 0, "not a member of the C# enum: the value of an absent field"));
            }

            // Stable: members of the same number keep their C# order.
            List<ExportEnumValue> sorted = values.Where(value => value.Number == 0).Concat(values.Where(value => value.Number != 0).OrderBy(value => value.Number)).ToList();
            bool aliases = sorted.Select(value => value.Number).Distinct().Count() != sorted.Count;
            return new ExportEnum(name, ExportComments.Summary(type).ToList(), sorted, aliases);
        }

        /// <summary>The opcodes of a file's messages as an enum (<c>OPCODE_C2R_LOGIN = 10001</c>), for clients that frame messages themselves.</summary>
        public static ExportEnum Opcodes(string name, IEnumerable<(string Message, ushort Opcode)> messages)
        {
            var values = new List<ExportEnumValue>();
            foreach ((string message, ushort opcode) in messages)
            {
                values.Add(new ExportEnumValue(ExportNames.OpcodeValue(name, message), opcode, null));
            }

            if (values.All(value => value.Number != 0))
            {
                values.Insert(0, new ExportEnumValue(ExportNames.EnumValue(name, "Unspecified"), 0, "no message has opcode 0; proto3 enums start with it"));
            }

            var duplicates = values.GroupBy(value => value.Name).Where(group => group.Count() > 1).Select(group => group.Key).ToList();
            if (duplicates.Count > 0)
            {
                throw new ToolException("the opcode enum " + name + " would name two messages " + string.Join(", ", duplicates) + " (names differing only in case)");
            }

            return new ExportEnum(name, new[] { "The opcodes of this file's messages: the opcode of a frame (docs/wire.md)." }, values, allowAlias: false);
        }
    }
}
