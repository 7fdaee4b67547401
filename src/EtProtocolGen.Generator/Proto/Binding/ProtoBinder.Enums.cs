using System.Collections.Generic;
using EtProtocolGen.Generator.Helpers;
using EtProtocolGen.Generator.Proto.Model;
using EtProtocolGen.Generator.Proto.Parsing;

namespace EtProtocolGen.Generator.Proto.Binding
{
    /// <summary>Enums: proto3's rules (a first value of 0, no repeated number without allow_alias) and C# member names.</summary>
    internal sealed partial class ProtoBinder
    {
        private void BindEnum(ProtoTypeEntry entry, List<ProtoProblem> problems)
        {
            ProtoEnumSyntax syntax = entry.Enum!;
            int before = CountErrors(problems);
            if (syntax.Values.IsEmpty)
            {
                problems.Add(ProtoProblem.Of(ProtoProblemKind.Unsupported, syntax.NameSpan, "an enum without values", "declare at least the value 0, the value of an absent field"));
            }
            else if (syntax.Values[0].Number != 0)
            {
                problems.Add(ProtoProblem.Of(ProtoProblemKind.Unsupported, syntax.Values[0].NumberSpan, "an enum whose first value is not 0", "proto3 enums start with 0, the value of an absent field"));
            }

            bool allowAlias = false;
            foreach (ProtoOptionSyntax option in syntax.Options)
            {
                allowAlias |= !option.IsExtension && option.Name == "allow_alias" && option.Value.Text == "true";
            }

            var numbers = new Dictionary<long, string>();
            var names = new Dictionary<string, string>(System.StringComparer.Ordinal);
            foreach (ProtoEnumValueSyntax value in syntax.Values)
            {
                string member = ProtoNames.EnumValueOf(syntax.Name, value.Name, entry.File.IsEt);
                if (names.TryGetValue(member, out string? first))
                {
                    problems.Add(ProtoProblem.Of(ProtoProblemKind.Duplicate, value.NameSpan, "enum member '" + member + "'", "'" + first + "' becomes a member of the same name"));
                }
                else
                {
                    names.Add(member, value.Name);
                }

                if (numbers.TryGetValue(value.Number, out string? same) && !allowAlias)
                {
                    problems.Add(ProtoProblem.Of(ProtoProblemKind.Duplicate, value.NumberSpan, "enum value " + value.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), "'" + same + "' has it; add option allow_alias = true; for aliases"));
                }
                else if (!numbers.ContainsKey(value.Number))
                {
                    numbers.Add(value.Number, value.Name);
                }
            }

            if (CountErrors(problems) != before)
            {
                _brokenEnums.Add(entry);
            }
        }

        private ProtoEnumModel CreateEnum(ProtoTypeEntry entry)
        {
            ProtoEnumSyntax syntax = entry.Enum!;
            string path = entry.File.Syntax.Path;
            var values = new List<ProtoEnumValueModel>();
            foreach (ProtoEnumValueSyntax value in syntax.Values)
            {
                values.Add(new ProtoEnumValueModel(
                    ProtoNames.Escape(ProtoNames.EnumValueOf(syntax.Name, value.Name, entry.File.IsEt)),
                    value.Number,
                    ProtoDocumentation.OfMember(value.LeadingComments, value.TrailingComment, value.NameSpan.StartLine),
                    new ProtoLocation(path, value.NameSpan.Line)));
            }

            return new ProtoEnumModel(
                entry.File.Namespace,
                Containers(entry),
                ProtoNames.Escape(entry.Name),
                new EquatableArray<ProtoEnumValueModel>(values.ToArray()),
                ProtoDocumentation.OfType(syntax.LeadingComments, syntax.NameSpan.StartLine, isEt: false),
                new ProtoLocation(path, syntax.NameSpan.Line),
                UniqueHintName(HintStem(entry.File.Namespace, entry.Containers, entry.Name) + ".proto"));
        }

        private static int CountErrors(List<ProtoProblem> problems)
        {
            int count = 0;
            foreach (ProtoProblem problem in problems)
            {
                if (ProtoProblems.IsError(problem.Kind))
                {
                    count++;
                }
            }

            return count;
        }
    }
}
