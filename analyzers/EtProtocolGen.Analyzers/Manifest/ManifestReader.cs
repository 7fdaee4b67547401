using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using EtProtocolGen.Generator.Model;

namespace EtProtocolGen.Analyzers.Manifest
{
    /// <summary>
    /// Reads manifest lines back into a <see cref="ProtocolManifest"/>. A line it cannot read is left out and reported as a
    /// <see cref="ManifestError"/>; the rest of the manifest is still read.
    /// </summary>
    internal static class ManifestReader
    {
        private static readonly string[] NarrowTypes = { "sbyte", "byte", "short", "ushort" };

        public static ProtocolManifest Read(IEnumerable<ManifestSourceLine> lines, List<ManifestError> errors)
        {
            AssemblyDraft? assembly = null;
            var messages = new Dictionary<string, MessageDraft>(StringComparer.Ordinal);
            var handlers = new List<HandlerEntry>();
            foreach (ManifestSourceLine line in lines)
            {
                string? problem = ReadLine(line, ref assembly, messages, handlers);
                if (problem is not null)
                {
                    errors.Add(new ManifestError(line, problem));
                }
            }

            var entries = new List<MessageEntry>();
            foreach (MessageDraft draft in messages.Values.OrderBy(draft => draft.Name, StringComparer.Ordinal))
            {
                if (draft.Header is null)
                {
                    errors.AddRange(draft.Lines.Select(line => new ManifestError(line, "the message has no header line (opcode, scope, kind, authorization)")));
                    continue;
                }

                entries.Add(draft.ToEntry());
            }

            handlers.Sort((left, right) => left.Name != right.Name ? string.CompareOrdinal(left.Name, right.Name) : string.CompareOrdinal(left.Message, right.Message));
            if (assembly is not null && !assembly.HasLimits)
            {
                errors.Add(new ManifestError(assembly.FirstLine, "the assembly has no 'assembly limits ...' line"));
            }

            return new ProtocolManifest(assembly is { HasLimits: true } ? assembly.ToEntry() : null, entries, handlers);
        }

        private static string? ReadLine(ManifestSourceLine line, ref AssemblyDraft? assembly, Dictionary<string, MessageDraft> messages, List<HandlerEntry> handlers)
        {
            string[] words = line.Text.Split(' ');
            switch (words[0])
            {
                case ManifestText.Assembly when words.Length >= 2:
                    assembly ??= new AssemblyDraft(line);
                    return words[1] switch
                    {
                        ManifestText.Limits => assembly.ReadLimits(words),
                        ManifestText.ReservedOpcode when words.Length == 3 && ushort.TryParse(words[2], NumberStyles.None, CultureInfo.InvariantCulture, out ushort opcode)
                            => assembly.ReservedOpcodes.Add(opcode) ? null : "the opcode is reserved twice",
                        _ => "expected 'assembly limits ...' or 'assembly reserved-opcode <opcode>'",
                    };
                case ManifestText.Message when words.Length >= 3:
                {
                    if (!messages.TryGetValue(words[1], out MessageDraft? message))
                    {
                        message = new MessageDraft(words[1]);
                        messages.Add(words[1], message);
                    }

                    message.Lines.Add(line);
                    return words[2] switch
                    {
                        ManifestText.Field => message.ReadField(words),
                        ManifestText.Reserved when words.Length == 4 && TryNumber(words[3], out int number)
                            => message.ReservedNumbers.Add(number) ? null : "the number is reserved twice",
                        ManifestText.ReservedName when words.Length == 4
                            => message.ReservedNames.Add(words[3]) ? null : "the name is reserved twice",
                        _ => message.ReadHeader(words),
                    };
                }

                case ManifestText.Handler when words.Length >= 5:
                {
                    var values = new Dictionary<string, string>(StringComparer.Ordinal);
                    string? problem = ReadSettings(words, 2, values, Array.Empty<string>(), out _);
                    if (problem is not null)
                    {
                        return problem;
                    }

                    if (!values.TryGetValue("message", out string? handled) || !TryScope(values, out ManifestScope scope) || !TryAuthorization(values, out ManifestAuthorization authorization))
                    {
                        return "expected 'handler <name> message=<message> scope=<outer|inner> authorization=<...>'";
                    }

                    problem = DispatchLimits.TryRead(values, out DispatchLimits limits, out int limitKeys);
                    if (problem is not null)
                    {
                        return problem;
                    }

                    RateLimitEntry? anonymousDefault = null;
                    if (values.TryGetValue(ManifestText.AnonymousRateLimit, out string? defaultText))
                    {
                        if (!RateLimitEntry.TryParse(defaultText, out RateLimitEntry parsed))
                        {
                            return ManifestText.AnonymousRateLimit + " is <permits>/<seconds>s:<partitions>";
                        }

                        anonymousDefault = parsed;
                    }

                    if (values.Count != 3 + limitKeys + (anonymousDefault is null ? 0 : 1))
                    {
                        return "unexpected setting on the handler line";
                    }

                    handlers.Add(new HandlerEntry(words[1], handled, scope, authorization, limits, anonymousDefault));
                    return null;
                }

                default:
                    return "a line starts with 'assembly', 'message' or 'handler' followed by its facts";
            }
        }

        /// <summary>Reads <c>key=value</c> words and bare flags from <paramref name="start"/>; flags must be listed in <paramref name="allowedFlags"/>.</summary>
        private static string? ReadSettings(string[] words, int start, Dictionary<string, string> values, string[] allowedFlags, out HashSet<string> flags)
        {
            flags = new HashSet<string>(StringComparer.Ordinal);
            for (int i = start; i < words.Length; i++)
            {
                string word = words[i];
                int equals = word.IndexOf('=');
                if (equals > 0)
                {
                    if (values.ContainsKey(word.Substring(0, equals)))
                    {
                        return "'" + word.Substring(0, equals) + "' is given twice";
                    }

                    values.Add(word.Substring(0, equals), word.Substring(equals + 1));
                }
                else if (Array.IndexOf(allowedFlags, word) >= 0 && flags.Add(word))
                {
                    continue;
                }
                else
                {
                    return "unexpected '" + word + "'";
                }
            }

            return null;
        }

        private static bool TryScope(Dictionary<string, string> values, out ManifestScope scope)
        {
            scope = ManifestScope.Outer;
            if (!values.TryGetValue("scope", out string? text))
            {
                return false;
            }

            switch (text)
            {
                case "outer":
                    return true;
                case "inner":
                    scope = ManifestScope.Inner;
                    return true;
                default:
                    return false;
            }
        }

        private static bool TryAuthorization(Dictionary<string, string> values, out ManifestAuthorization authorization)
        {
            authorization = ManifestAuthorization.Denied;
            return values.TryGetValue("authorization", out string? text) && ManifestAuthorization.TryParse(text, out authorization);
        }

        private static bool TryNumber(string text, out int number) =>
            int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out number);

        private static bool TryLimit(Dictionary<string, string> values, string key, bool noneAllowed, out int value)
        {
            value = 0;
            return values.TryGetValue(key, out string? text) && ((noneAllowed && text == ManifestText.None) || (TryNumber(text, out value) && value > 0));
        }

        /// <summary><c>int32</c>, <c>uint32(byte)</c>, <c>enum(Game.Kind)</c> or <c>message(Game.Item)</c>.</summary>
        private static bool TryValue(string text, out WireValue value)
        {
            value = null!;
            string name = text;
            string? argument = null;
            int open = text.IndexOf('(');
            if (open > 0)
            {
                if (!text.EndsWith(")", StringComparison.Ordinal))
                {
                    return false;
                }

                name = text.Substring(0, open);
                argument = text.Substring(open + 1, text.Length - open - 2);
            }

            if (!ManifestText.TryParseProtoType(name, out ProtoType type))
            {
                return false;
            }

            bool named = type is ProtoType.Enum or ProtoType.Message;
            if (named && string.IsNullOrEmpty(argument))
            {
                return false;
            }

            if (!named && argument is not null)
            {
                bool narrowable = type is ProtoType.Int32 or ProtoType.SInt32 or ProtoType.SFixed32 or ProtoType.UInt32 or ProtoType.Fixed32;
                if (!narrowable || Array.IndexOf(NarrowTypes, argument) < 0)
                {
                    return false;
                }
            }

            value = named ? new WireValue(type, typeName: argument) : new WireValue(type, narrowType: argument);
            return true;
        }

        /// <summary><c>map(string,message(Game.Item))</c>: splits at the comma outside parentheses.</summary>
        private static bool TryMap(string text, out WireValue key, out WireValue value)
        {
            key = null!;
            value = null!;
            string inner = text.Substring(4, text.Length - 5);
            int depth = 0;
            for (int i = 0; i < inner.Length; i++)
            {
                switch (inner[i])
                {
                    case '(':
                        depth++;
                        break;
                    case ')':
                        depth--;
                        break;
                    case ',' when depth == 0:
                        return TryValue(inner.Substring(0, i), out key) && TryValue(inner.Substring(i + 1), out value) && key.IsMapKey;
                }
            }

            return false;
        }

        private sealed class AssemblyDraft
        {
            private int maxMessageSize;
            private int maxDepth;
            private int strings;
            private int bytes;
            private int collections;

            public AssemblyDraft(ManifestSourceLine firstLine) => FirstLine = firstLine;

            public ManifestSourceLine FirstLine { get; }

            public bool HasLimits { get; private set; }

            public HashSet<ushort> ReservedOpcodes { get; } = new HashSet<ushort>();

            public string? ReadLimits(string[] words)
            {
                if (HasLimits)
                {
                    return "the assembly has two limits lines";
                }

                var values = new Dictionary<string, string>(StringComparer.Ordinal);
                string? problem = ReadSettings(words, 2, values, Array.Empty<string>(), out _);
                if (problem is not null)
                {
                    return problem;
                }

                if (values.Count != 5
                    || !TryLimit(values, "max-message-size", false, out maxMessageSize)
                    || !TryLimit(values, "max-depth", false, out maxDepth)
                    || !TryLimit(values, "default-max-string-length", true, out strings)
                    || !TryLimit(values, "default-max-bytes-length", true, out bytes)
                    || !TryLimit(values, "default-max-collection-length", true, out collections))
                {
                    return "expected max-message-size, max-depth, default-max-string-length, default-max-bytes-length and default-max-collection-length";
                }

                HasLimits = true;
                return null;
            }

            public AssemblyEntry ToEntry() =>
                new AssemblyEntry(
                    maxMessageSize,
                    maxDepth,
                    strings,
                    bytes,
                    collections,
                    ReservedOpcodes.OrderBy(opcode => opcode).ToArray());
        }

        private sealed class MessageDraft
        {
            private readonly Dictionary<int, FieldEntry> fields = new Dictionary<int, FieldEntry>();

            public MessageDraft(string name) => Name = name;

            public string Name { get; }

            public List<ManifestSourceLine> Lines { get; } = new List<ManifestSourceLine>();

            public HashSet<int> ReservedNumbers { get; } = new HashSet<int>();

            public HashSet<string> ReservedNames { get; } = new HashSet<string>(StringComparer.Ordinal);

            public MessageEntry? Header { get; private set; }

            public string? ReadHeader(string[] words)
            {
                if (Header is not null)
                {
                    return "the message has two header lines";
                }

                var values = new Dictionary<string, string>(StringComparer.Ordinal);
                string? problem = ReadSettings(words, 2, values, new[] { ManifestText.ValidationHook, ManifestText.Struct }, out HashSet<string> flags);
                if (problem is not null)
                {
                    return problem;
                }

                if (!values.TryGetValue("opcode", out string? opcodeText) || !ushort.TryParse(opcodeText, NumberStyles.None, CultureInfo.InvariantCulture, out ushort opcode)
                    || !TryScope(values, out ManifestScope scope)
                    || !values.TryGetValue("kind", out string? kindText)
                    || !TryAuthorization(values, out ManifestAuthorization authorization))
                {
                    return "expected opcode=<0-65535> scope=<outer|inner> kind=<one-way|request|response> authorization=<...>";
                }

                MessageKind kind;
                switch (kindText)
                {
                    case "one-way": kind = MessageKind.OneWay; break;
                    case "request": kind = MessageKind.Request; break;
                    case "response": kind = MessageKind.Response; break;
                    default: return "kind is one-way, request or response";
                }

                int maxDepth = 0;
                if (values.TryGetValue("max-depth", out string? depthText) && (!TryNumber(depthText, out maxDepth) || maxDepth <= 0))
                {
                    return "max-depth is a positive number";
                }

                problem = DispatchLimits.TryRead(values, out DispatchLimits limits, out int limitKeys);
                if (problem is not null)
                {
                    return problem;
                }

                // Absent on an outer message: client to server, what scope=outer meant before directions were recorded.
                WireDirection direction = scope == ManifestScope.Outer ? WireDirection.ClientToServer : WireDirection.None;
                bool hasDirection = values.TryGetValue("direction", out string? directionText);
                if (hasDirection && (scope == ManifestScope.Inner || !ManifestText.TryDirection(directionText!, out direction)))
                {
                    return "direction is client-to-server, server-to-client or both, on an outer message only";
                }

                values.TryGetValue("response", out string? response);
                int known = 4 + (response is null ? 0 : 1) + (maxDepth > 0 ? 1 : 0) + (hasDirection ? 1 : 0) + limitKeys;
                if (values.Count != known)
                {
                    return "unexpected setting on the message line";
                }

                Header = new MessageEntry(Name, opcode, scope, direction, kind, response, authorization, limits, maxDepth, flags.Contains(ManifestText.ValidationHook), flags.Contains(ManifestText.Struct), Array.Empty<FieldEntry>(), Array.Empty<int>(), Array.Empty<string>());
                return null;
            }

            /// <summary><c>field 2 Account string len max-length=32 min-length=1 required</c>.</summary>
            public string? ReadField(string[] words)
            {
                const string Expected = "expected 'field <number> <name> [optional|repeated] <type> <wire type> ...'";
                if (words.Length < 7 || !TryNumber(words[3], out int number) || number <= 0)
                {
                    return Expected;
                }

                if (fields.ContainsKey(number))
                {
                    return "field " + number + " is listed twice";
                }

                int next = 5;
                var cardinality = FieldCardinality.Single;
                if (words[next] is ManifestText.Optional or ManifestText.Repeated)
                {
                    cardinality = words[next] == ManifestText.Optional ? FieldCardinality.Optional : FieldCardinality.Repeated;
                    next++;
                }

                if (next + 1 >= words.Length)
                {
                    return Expected;
                }

                WireValue? key = null;
                WireValue value;
                string typeText = words[next];
                if (cardinality == FieldCardinality.Single && typeText.StartsWith("map(", StringComparison.Ordinal) && typeText.EndsWith(")", StringComparison.Ordinal))
                {
                    if (!TryMap(typeText, out WireValue mapKey, out value))
                    {
                        return "expected map(<key type>,<value type>)";
                    }

                    key = mapKey;
                    cardinality = FieldCardinality.Map;
                }
                else if (!TryValue(typeText, out value) || (cardinality == FieldCardinality.Optional && !value.IsScalar))
                {
                    return "'" + typeText + "' is not a field type";
                }

                ManifestWireType wire = cardinality == FieldCardinality.Map ? ManifestWireType.Len : value.WireType;
                if (words[next + 1] != ManifestText.Name(wire))
                {
                    return "the wire type of " + typeText + " is " + ManifestText.Name(wire);
                }

                var values = new Dictionary<string, string>(StringComparer.Ordinal);
                string? problem = ReadSettings(words, next + 2, values, new[] { ManifestText.Packed, ManifestText.Required, ManifestText.Sensitive }, out HashSet<string> flags);
                if (problem is not null)
                {
                    return problem;
                }

                bool lengthApplies = cardinality is FieldCardinality.Repeated or FieldCardinality.Map || !value.IsScalar && value.Type != ProtoType.Message;
                LengthBound maxLength = LengthBound.NotApplicable;
                if (values.TryGetValue("max-length", out string? lengthText) != lengthApplies)
                {
                    return lengthApplies ? "max-length=<bound>, <bound>(default) or none is missing" : "max-length does not apply to this type";
                }

                if (lengthText is not null && !TryLengthBound(lengthText, out maxLength))
                {
                    return "max-length is a positive number, a number followed by (default), or none";
                }

                bool packed = cardinality == FieldCardinality.Repeated && value.IsScalar;
                if (flags.Contains(ManifestText.Packed) != packed)
                {
                    return packed ? "repeated numbers, bools and enums are packed" : "only repeated numbers, bools and enums are packed";
                }

                int minLength = 0;
                if (values.TryGetValue("min-length", out string? minText) && (!TryNumber(minText, out minLength) || minLength <= 0))
                {
                    return "min-length is a positive number";
                }

                RangeModel? range = null;
                if (values.TryGetValue("range", out string? rangeText) && !RangeText.TryParse(rangeText, out range))
                {
                    return "range is <min>..<max>";
                }

                int known = (lengthText is null ? 0 : 1) + (minText is null ? 0 : 1) + (rangeText is null ? 0 : 1);
                if (values.Count != known)
                {
                    return "unexpected setting on the field line";
                }

                fields.Add(number, new FieldEntry(number, words[4], cardinality, value, key, maxLength, minLength, flags.Contains(ManifestText.Required), range, flags.Contains(ManifestText.Sensitive)));
                return null;
            }

            public MessageEntry ToEntry()
            {
                MessageEntry header = Header!;
                return new MessageEntry(
                    Name,
                    header.Opcode,
                    header.Scope,
                    header.Direction,
                    header.Kind,
                    header.ResponseType,
                    header.Authorization,
                    header.Limits,
                    header.MaxDepth,
                    header.ValidationHook,
                    header.IsValueType,
                    fields.Values.OrderBy(field => field.Number).ToArray(),
                    ReservedNumbers.OrderBy(number => number).ToArray(),
                    ReservedNames.OrderBy(name => name, StringComparer.Ordinal).ToArray());
            }

            private static bool TryLengthBound(string text, out LengthBound bound)
            {
                bound = LengthBound.Unbounded;
                if (text == ManifestText.None)
                {
                    return true;
                }

                bool isDefault = text.EndsWith(ManifestText.DefaultSuffix, StringComparison.Ordinal);
                string number = isDefault ? text.Substring(0, text.Length - ManifestText.DefaultSuffix.Length) : text;
                if (!TryNumber(number, out int value) || value <= 0)
                {
                    return false;
                }

                bound = new LengthBound(isDefault ? LengthBoundSource.AssemblyDefault : LengthBoundSource.Declared, value);
                return true;
            }
        }
    }
}
