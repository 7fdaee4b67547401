using System.Collections.Generic;
using System.Globalization;
using EtProtocolGen.Generator.Helpers;
using EtProtocolGen.Generator.Model;
using EtProtocolGen.Generator.Proto.Model;
using EtProtocolGen.Generator.Proto.Parsing;

namespace EtProtocolGen.Generator.Proto.Binding
{
    /// <summary>
    /// The models of what is generated. Each attribute of a declaration is written from the bound value the serializer's
    /// <see cref="MessageModel"/> is built from, so the two cannot disagree: the attribute parser, reading the declaration,
    /// would build the same model (a test compiles the declarations and checks it does).
    /// </summary>
    internal sealed partial class ProtoBinder
    {
        private const string Runtime = "global::EtProtocolGen.";

        /// <summary>The longest <c>reserved</c> range written onto the generated class (one manifest line per number).</summary>
        private const int MaxReservedRange = 1000;

        private ProtoMessageModel CreateMessage(BoundMessage message)
        {
            ProtoTypeEntry entry = message.Entry;
            ProtoFileContext file = entry.File;
            var properties = new List<ProtoPropertyModel>();
            var fields = new List<FieldModel>();
            foreach (BoundField field in message.Fields)
            {
                properties.Add(new ProtoPropertyModel(
                    ProtoNames.Escape(field.Name),
                    field.DeclaredTypeName,
                    field.Initializer,
                    FieldAttributes(field),
                    field.Documentation,
                    new ProtoLocation(file.Syntax.Path, field.Syntax.Span.Line)));
                fields.Add(new FieldModel(
                    ProtoNames.Escape(field.Name),
                    field.Name,
                    field.Syntax.Number,
                    field.Shape,
                    field.TypeName,
                    field.Value,
                    field.Key,
                    field.MaxLength,
                    new EquatableArray<ValidationModel>(field.Validation.ToArray()),
                    field.Sensitive));
            }

            var containingTypes = new List<ContainingTypeModel>();
            foreach (string container in entry.Containers)
            {
                containingTypes.Add(new ContainingTypeModel("class", ProtoNames.Escape(container)));
            }

            ProtoPartialType? partial = _externals.FindPartial(entry.MetadataName);
            string hintStem = HintStem(file.Namespace, entry.Containers, entry.Name);
            var serializer = new MessageModel(
                file.Namespace,
                new EquatableArray<ContainingTypeModel>(containingTypes.ToArray()),
                ProtoNames.Escape(entry.Name),
                "class",
                entry.TypeName,
                hintStem + ".g.cs",
                message.Opcode,
                message.Settings.MaxDepth,
                partial?.DeclaresToString == true ? ToStringKind.None : ToStringKind.Override,
                new EquatableArray<FieldModel>(fields.ToArray()));

            var declaration = new ProtoDeclarationModel(
                MessageAttributes(message),
                new EquatableArray<string>(message.Interfaces.ToArray()),
                new EquatableArray<ProtoPropertyModel>(properties.ToArray()),
                message.Documentation,
                new ProtoLocation(file.Syntax.Path, message.Syntax.NameSpan.Line));

            return new ProtoMessageModel(Containers(entry), declaration, serializer, UniqueHintName(hintStem + ".proto"), CreateDispatch(message));
        }

        /// <summary>[Message], [ResponseType], authorization and limits, as a user would write them.</summary>
        private static EquatableArray<string> MessageAttributes(BoundMessage message)
        {
            ProtoMessageSettings settings = message.Settings;
            var arguments = new List<string>();
            if (message.Opcode is ushort opcode)
            {
                arguments.Add(opcode.ToString(CultureInfo.InvariantCulture));
            }

            if (message.IsInner)
            {
                arguments.Add("Scope = " + Runtime + "MessageScope.Inner");
            }

            if (settings.MaxDepth > 0)
            {
                arguments.Add("MaxDepth = " + settings.MaxDepth.ToString(CultureInfo.InvariantCulture));
            }

            if (settings.Direction != WireDirection.None)
            {
                arguments.Add("Direction = " + Runtime + "MessageDirection." + settings.Direction);
            }

            var attributes = new List<string> { Runtime + "Message" + (arguments.Count == 0 ? "" : "(" + string.Join(", ", arguments) + ")") };
            if (ReservedAttribute(message) is { } reserved)
            {
                attributes.Add(reserved);
            }

            if (message.ResponseTypeName is { } response)
            {
                attributes.Add(Runtime + "ResponseType(typeof(" + response + "))");
            }

            if (settings.AllowAnonymous)
            {
                attributes.Add(Runtime + "AllowAnonymous");
            }
            else if (settings.Roles is { } roles)
            {
                attributes.Add(Runtime + "Authorize(Roles = " + Literal(roles) + ")");
            }
            else if (settings.Authorize)
            {
                attributes.Add(Runtime + "Authorize");
            }

            foreach (ProtoRateLimit limit in settings.RateLimits)
            {
                attributes.Add(Runtime + "RateLimit(" + Number(limit.Permits) + ", " + Number(limit.PerSeconds) + ", Per = " + Partitions(limit.Per) + ")");
            }

            if (settings.MaxConcurrency is { } concurrency)
            {
                attributes.Add(Runtime + "MaxConcurrency(" + Number(concurrency.Limit) + ", Per = " + Partitions(concurrency.Per) + ")");
            }

            return new EquatableArray<string>(attributes.ToArray());
        }

        /// <summary>
        /// The message's <c>reserved</c> numbers and names as <c>[Reserved(5, 6, Names = "OldField")]</c> (names as the properties
        /// would be called), so that the manifest keeps them; a range longer than <see cref="MaxReservedRange"/> numbers stays in
        /// the .proto file only (ETP0310 says so).
        /// </summary>
        private static string? ReservedAttribute(BoundMessage message)
        {
            var numbers = new List<string>();
            var names = new List<string>();
            foreach (ProtoReservedSyntax reserved in message.Syntax.Reserved)
            {
                foreach (ProtoRange range in reserved.Ranges)
                {
                    for (long number = range.From; range.To - range.From < MaxReservedRange && number <= range.To; number++)
                    {
                        numbers.Add(number.ToString(CultureInfo.InvariantCulture));
                    }
                }

                foreach (string name in reserved.Names)
                {
                    names.Add(ProtoNames.PropertyOf(name, message.Syntax.Name, message.Entry.File.IsEt));
                }
            }

            if (numbers.Count == 0 && names.Count == 0)
            {
                return null;
            }

            string arguments = string.Join(", ", numbers);
            if (names.Count > 0)
            {
                arguments += (arguments.Length == 0 ? "" : ", ") + "Names = " + Literal(string.Join(",", names));
            }

            return Runtime + "Reserved(" + arguments + ")";
        }

        /// <summary>[Field], [MaxLength], the validation rules and [Sensitive], from the bound field's model values.</summary>
        private static EquatableArray<string> FieldAttributes(BoundField field)
        {
            string encoding = field.Value.Encoding switch
            {
                RuntimeContract.FieldEncoding.ZigZag => ", Encoding = " + Runtime + "FieldEncoding.ZigZag",
                RuntimeContract.FieldEncoding.Fixed => ", Encoding = " + Runtime + "FieldEncoding.Fixed",
                _ => "",
            };
            var attributes = new List<string> { Runtime + "Field(" + Number(field.Syntax.Number) + encoding + ")" };
            if (field.MaxLength > 0)
            {
                attributes.Add(Runtime + new ValidationModel(Generator.Parsing.ValidationRule.MaxLength, field.MaxLength, null).Declaration);
            }

            foreach (ValidationModel rule in field.Validation)
            {
                attributes.Add(Runtime + rule.Declaration);
            }

            if (field.Sensitive)
            {
                attributes.Add(Runtime + "Sensitive");
            }

            return new EquatableArray<string>(attributes.ToArray());
        }

        private static string Partitions(int per)
        {
            var names = new List<string>();
            string[] all = { "Connection", "RemoteAddress", "Account", "Global" };
            for (int bit = 0; bit < all.Length; bit++)
            {
                if ((per & (1 << bit)) != 0)
                {
                    names.Add(Runtime + "RateLimitPartition." + all[bit]);
                }
            }

            return string.Join(" | ", names);
        }

        private EtOpcodesModel CreateOpcodes(ProtoFileContext file)
        {
            var opcodes = new List<EtOpcodeModel>();
            foreach (ProtoTypeEntry entry in _catalog.Types)
            {
                if (entry.File == file && entry.Parent is null && _messages.TryGetValue(entry, out BoundMessage? message)
                    && message.Opcode is ushort opcode && entry.Name != file.EtName.ClassName)
                {
                    opcodes.Add(new EtOpcodeModel(ProtoNames.Escape(entry.Name), opcode));
                }
            }

            string stem = HintStem(file.Namespace, new List<string>(), file.EtName.ClassName);
            return new EtOpcodesModel(
                file.Namespace,
                ProtoNames.Escape(file.EtName.ClassName),
                new EquatableArray<EtOpcodeModel>(opcodes.ToArray()),
                new ProtoLocation(file.Syntax.Path, 1),
                UniqueHintName(stem + ".opcodes"));
        }

        /// <summary>The classes around a nested type: each enclosing message, then its <c>Types</c> class.</summary>
        private static EquatableArray<ProtoContainerModel> Containers(ProtoTypeEntry entry)
        {
            var containers = new List<ProtoContainerModel>();
            foreach (string name in entry.Containers)
            {
                containers.Add(new ProtoContainerModel(name == ProtoTypeEntry.NestedTypesClass ? "public static partial class" : "public partial class", ProtoNames.Escape(name)));
            }

            return new EquatableArray<ProtoContainerModel>(containers.ToArray());
        }

        private static string HintStem(string? ns, List<string> containers, string name)
        {
            var parts = new List<string>();
            if (ns is not null)
            {
                parts.Add(ns);
            }

            parts.AddRange(containers);
            parts.Add(name);
            return string.Join(".", parts);
        }

        private static string Literal(string text) =>
            "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n").Replace("\r", "\\r") + "\"";
    }
}
