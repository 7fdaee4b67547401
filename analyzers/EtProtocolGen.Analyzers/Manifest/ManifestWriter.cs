using System.Collections.Generic;
using System.Globalization;
using System.Text;
using EtProtocolGen.Generator.Model;

namespace EtProtocolGen.Analyzers.Manifest
{
    /// <summary>
    /// Writes manifest entries as lines: one fact per line, each line starting with the entity it belongs to, so that a
    /// sorted file groups a message's lines together and a diff of it names what changed on every line.
    /// </summary>
    internal static class ManifestWriter
    {
        /// <summary>Every line of <paramref name="manifest"/>, sorted.</summary>
        public static List<string> Write(ProtocolManifest manifest)
        {
            var lines = new List<string>();
            if (manifest.Assembly is not null)
            {
                lines.AddRange(Write(manifest.Assembly));
            }

            foreach (MessageEntry message in manifest.Messages)
            {
                lines.AddRange(Write(message));
            }

            foreach (HandlerEntry handler in manifest.Handlers)
            {
                lines.Add(Write(handler));
            }

            lines.Sort(ManifestLine.Comparer);
            return lines;
        }

        /// <summary>The sorted lines of each entity of <paramref name="manifest"/>, by entity key (<see cref="ManifestLine.Entity"/>).</summary>
        public static Dictionary<string, List<string>> WriteByEntity(ProtocolManifest manifest)
        {
            var entities = new Dictionary<string, List<string>>(System.StringComparer.Ordinal);
            foreach (string line in Write(manifest))
            {
                string entity = ManifestLine.Parse(line).Entity;
                if (!entities.TryGetValue(entity, out List<string>? lines))
                {
                    lines = new List<string>();
                    entities.Add(entity, lines);
                }

                lines.Add(line);
            }

            return entities;
        }

        public static IEnumerable<string> Write(AssemblyEntry assembly)
        {
            yield return ManifestText.Assembly + " " + ManifestText.Limits
                + " max-message-size=" + Number(assembly.MaxMessageSize)
                + " max-depth=" + Number(assembly.MaxDepth)
                + " default-max-string-length=" + NumberOrNone(assembly.DefaultMaxStringLength)
                + " default-max-bytes-length=" + NumberOrNone(assembly.DefaultMaxBytesLength)
                + " default-max-collection-length=" + NumberOrNone(assembly.DefaultMaxCollectionLength);
            foreach (ushort opcode in assembly.ReservedOpcodes)
            {
                yield return ManifestText.Assembly + " " + ManifestText.ReservedOpcode + " " + Number(opcode);
            }
        }

        public static IEnumerable<string> Write(MessageEntry message)
        {
            string prefix = ManifestText.Message + " " + message.Name + " ";
            var header = new StringBuilder(prefix);
            header.Append("opcode=").Append(Number(message.Opcode));
            header.Append(" scope=").Append(ManifestText.Name(message.Scope));
            if (message.Scope == ManifestScope.Outer && message.Direction != WireDirection.ClientToServer)
            {
                header.Append(" direction=").Append(ManifestText.Name(message.Direction));
            }

            header.Append(" kind=").Append(ManifestText.Name(message.Kind));
            if (message.ResponseType is not null)
            {
                header.Append(" response=").Append(message.ResponseType);
            }

            header.Append(" authorization=").Append(message.Authorization);
            message.Limits.Write(header);
            if (message.MaxDepth > 0)
            {
                header.Append(" max-depth=").Append(Number(message.MaxDepth));
            }

            if (message.ValidationHook)
            {
                header.Append(' ').Append(ManifestText.ValidationHook);
            }

            if (message.IsValueType)
            {
                header.Append(' ').Append(ManifestText.Struct);
            }

            yield return header.ToString();
            foreach (FieldEntry field in message.Fields)
            {
                yield return prefix + Write(field);
            }

            foreach (int number in message.ReservedNumbers)
            {
                yield return prefix + ManifestText.Reserved + " " + Number(number);
            }

            foreach (string name in message.ReservedNames)
            {
                yield return prefix + ManifestText.ReservedName + " " + name;
            }
        }

        public static string Write(HandlerEntry handler)
        {
            var line = new StringBuilder(ManifestText.Handler).Append(' ').Append(handler.Name)
                .Append(" message=").Append(handler.Message)
                .Append(" scope=").Append(ManifestText.Name(handler.Scope))
                .Append(" authorization=").Append(handler.Authorization);
            handler.Limits.Write(line);
            if (handler.AnonymousDefault is not null)
            {
                line.Append(' ').Append(ManifestText.AnonymousRateLimit).Append('=').Append(handler.AnonymousDefault);
            }

            return line.ToString();
        }

        /// <summary><c>field 2 Account string len max-length=32 min-length=1 required</c>.</summary>
        public static string Write(FieldEntry field)
        {
            var text = new StringBuilder(ManifestText.Field);
            text.Append(' ').Append(Number(field.Number)).Append(' ').Append(field.Name).Append(' ');
            switch (field.Cardinality)
            {
                case FieldCardinality.Optional:
                    text.Append(ManifestText.Optional).Append(' ').Append(field.Value);
                    break;
                case FieldCardinality.Repeated:
                    text.Append(ManifestText.Repeated).Append(' ').Append(field.Value);
                    break;
                case FieldCardinality.Map:
                    text.Append("map(").Append(field.Key).Append(',').Append(field.Value).Append(')');
                    break;
                default:
                    text.Append(field.Value);
                    break;
            }

            text.Append(' ').Append(ManifestText.Name(field.Cardinality == FieldCardinality.Map ? ManifestWireType.Len : field.Value.WireType));
            if (field.IsPacked)
            {
                text.Append(' ').Append(ManifestText.Packed);
            }

            if (field.MaxLength.Source != LengthBoundSource.NotApplicable)
            {
                text.Append(" max-length=").Append(Write(field.MaxLength));
            }

            if (field.MinLength > 0)
            {
                text.Append(" min-length=").Append(Number(field.MinLength));
            }

            if (field.Required)
            {
                text.Append(' ').Append(ManifestText.Required);
            }

            if (field.Range is not null)
            {
                text.Append(" range=").Append(RangeText.Format(field.Range));
            }

            if (field.Sensitive)
            {
                text.Append(' ').Append(ManifestText.Sensitive);
            }

            return text.ToString();
        }

        private static string Write(LengthBound bound) => bound.Source switch
        {
            LengthBoundSource.Declared => Number(bound.Value),
            LengthBoundSource.AssemblyDefault => Number(bound.Value) + ManifestText.DefaultSuffix,
            _ => ManifestText.None,
        };

        private static string NumberOrNone(int value) => value > 0 ? Number(value) : ManifestText.None;

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
