using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace EtProtocolGen.Analyzers.Manifest
{
    /// <summary>
    /// Compares the current protocol with the shipped one and lists every change that breaks peers built against the
    /// shipped protocol or loosens a defence. Messages are matched by name, fields by number (their identity on the wire),
    /// handlers by class and message. Used by the analyzer (one diagnostic per change) and by <c>etprotocolgen diff</c>.
    /// </summary>
    internal static class ManifestComparer
    {
        public static List<ManifestChange> Compare(ProtocolManifest shipped, ProtocolManifest current)
        {
            var changes = new List<ManifestChange>();
            Dictionary<string, MessageEntry> currentByName = current.Messages.ToDictionary(message => message.Name, StringComparer.Ordinal);
            var shippedByName = new HashSet<string>(shipped.Messages.Select(message => message.Name), StringComparer.Ordinal);
            var shippedByOpcode = new Dictionary<ushort, string>();
            foreach (MessageEntry message in shipped.Messages)
            {
                shippedByOpcode[message.Opcode] = message.Name;
            }

            var currentOpcodes = new HashSet<ushort>(current.Messages.Select(message => message.Opcode));
            var currentReserved = new HashSet<ushort>(current.Assembly?.ReservedOpcodes ?? Array.Empty<ushort>());
            var shippedReserved = new HashSet<ushort>(shipped.Assembly?.ReservedOpcodes ?? Array.Empty<ushort>());

            foreach (MessageEntry before in shipped.Messages)
            {
                if (currentByName.TryGetValue(before.Name, out MessageEntry? after))
                {
                    CompareMessage(before, after, current.Assembly, changes);
                }
                else if (!currentReserved.Contains(before.Opcode) && !currentOpcodes.Contains(before.Opcode))
                {
                    changes.Add(Message(ManifestRule.MessageRemovedUnreserved, before.Name, false,
                        "Message '" + Short(before.Name) + "' (opcode " + before.Opcode + ") was removed without reserving its opcode; add [assembly: ReservedOpcodes(" + before.Opcode + ")] so that no new message takes it"));
                }
            }

            foreach (MessageEntry after in current.Messages)
            {
                if (shippedByOpcode.TryGetValue(after.Opcode, out string? owner) && owner != after.Name)
                {
                    changes.Add(Message(ManifestRule.OpcodeReused, after.Name, true,
                        "Message '" + Short(after.Name) + "' uses opcode " + after.Opcode + ", which shipped as '" + Short(owner) + "'; peers built against the shipped protocol send that message under it (if this is a rename, rename it in " + ManifestFile.ShippedFileName + ")"));
                }
                else if (shippedReserved.Contains(after.Opcode))
                {
                    changes.Add(Message(ManifestRule.OpcodeReused, after.Name, true,
                        "Message '" + Short(after.Name) + "' uses opcode " + after.Opcode + ", which the shipped protocol reserves"));
                }

                if (!shippedByName.Contains(after.Name) && IsAnonymousEntryPoint(after))
                {
                    changes.Add(Message(ManifestRule.AuthorizationLoosened, after.Name, true,
                        "New outer message '" + Short(after.Name) + "' is open to anonymous sessions ([AllowAnonymous]); review it as an entry point reachable before login"));
                }
            }

            if (shipped.Assembly is not null && current.Assembly is not null)
            {
                CompareAssembly(shipped.Assembly, current.Assembly, currentOpcodes, changes);
            }

            CompareHandlers(shipped.Handlers, current.Handlers, currentByName, changes);
            return changes;
        }

        private static void CompareMessage(MessageEntry before, MessageEntry after, AssemblyEntry? assembly, List<ManifestChange> changes)
        {
            string name = Short(after.Name);
            if (before.Opcode != after.Opcode)
            {
                changes.Add(Message(ManifestRule.OpcodeChanged, after.Name, true,
                    "Message '" + name + "' changed opcode from " + before.Opcode + " to " + after.Opcode + "; peers built against the shipped protocol still send and expect " + before.Opcode));
            }

            if (before.Scope != after.Scope)
            {
                changes.Add(Message(ManifestRule.ScopeChanged, after.Name, true,
                    "Message '" + name + "' moved from " + ManifestText.Name(before.Scope) + " to " + ManifestText.Name(after.Scope) + " scope; the other side's dispatcher no longer routes it"));
                if (after.Scope == ManifestScope.Outer)
                {
                    changes.Add(Message(ManifestRule.AuthorizationLoosened, after.Name, true,
                        "Message '" + name + "' moved from inner to outer scope: clients can now send what only servers could"));
                }
            }
            else if (after.IsSentByClients && !before.IsSentByClients)
            {
                changes.Add(Message(ManifestRule.AuthorizationLoosened, after.Name, true,
                    "Message '" + name + "' now travels " + ManifestText.Name(after.Direction) + " instead of " + ManifestText.Name(before.Direction)
                    + ": clients can now send what only the server sent; review it as client input"));
            }

            if (before.Kind != after.Kind || before.ResponseType != after.ResponseType)
            {
                changes.Add(Message(ManifestRule.RequestContractChanged, after.Name, true,
                    "Message '" + name + "' changed from " + Contract(before) + " to " + Contract(after) + "; peers built against the shipped protocol wait for the old answer"));
            }

            if (after.Kind != MessageKind.Response && after.Authorization.AdmitsMoreThan(before.Authorization))
            {
                changes.Add(Message(ManifestRule.AuthorizationLoosened, after.Name, true,
                    "Authorization of message '" + name + "' loosened from " + before.Authorization + " to " + after.Authorization));
            }

            if (before.MaxDepth > 0)
            {
                int depth = after.MaxDepth > 0 ? after.MaxDepth : assembly?.MaxDepth ?? 0;
                if (depth > before.MaxDepth)
                {
                    changes.Add(Message(ManifestRule.LimitRaised, after.Name, true,
                        "Nesting depth of message '" + name + "' raised from " + before.MaxDepth + " to " + depth + (after.MaxDepth > 0 ? "" : " (the assembly's, since [Message(MaxDepth)] was removed)")));
                }
            }

            List<string> looser = DispatchLimits.Loosened(before.Limits.Rates, before.Limits.Concurrency, after.Limits.Rates, after.Limits.Concurrency);
            if (looser.Count > 0)
            {
                changes.Add(Message(ManifestRule.RateLimitLoosened, after.Name, true,
                    "Message '" + name + "': " + string.Join("; ", looser)));
            }

            if (before.ValidationHook && !after.ValidationHook)
            {
                changes.Add(Message(ManifestRule.ValidationLoosened, after.Name, true,
                    "Message '" + name + "' no longer implements its OnValidate hook"));
            }

            foreach (FieldEntry field in before.Fields)
            {
                FieldEntry? now = after.FindField(field.Number);
                if (now is null)
                {
                    if (!after.ReservedNumbers.Contains(field.Number))
                    {
                        changes.Add(Field(ManifestRule.FieldRemovedUnreserved, after.Name, field.Number, false,
                            "Field " + field.Number + " '" + field.Name + "' of message '" + name + "' was removed without reserving its number; add [Reserved(" + field.Number + ")] so that no new field reads old peers' values"));
                    }

                    continue;
                }

                if (now.Name != field.Name)
                {
                    changes.Add(Field(ManifestRule.FieldNumberReused, after.Name, field.Number, true,
                        "Field " + field.Number + " of message '" + name + "' shipped as '" + field.Name + "' and is now '" + now.Name + "'; old peers' values of '" + field.Name + "' will be read as '" + now.Name + "' (if this is a rename, rename it in " + ManifestFile.ShippedFileName + ")"));
                    continue;
                }

                CompareField(name, after.Name, field, now, changes);
            }

            foreach (FieldEntry field in after.Fields)
            {
                if (before.ReservedNumbers.Contains(field.Number))
                {
                    changes.Add(Field(ManifestRule.FieldNumberReused, after.Name, field.Number, true,
                        "Field " + field.Number + " '" + field.Name + "' of message '" + name + "' uses a number the shipped protocol reserves"));
                }
            }

            foreach (int number in before.ReservedNumbers)
            {
                if (!after.ReservedNumbers.Contains(number) && after.FindField(number) is null)
                {
                    changes.Add(Message(ManifestRule.ReservationRemoved, after.Name, true,
                        "Message '" + name + "' no longer reserves field number " + number + ", which the shipped protocol reserves"));
                }
            }

            foreach (string reservedName in before.ReservedNames)
            {
                if (!after.ReservedNames.Contains(reservedName, StringComparer.Ordinal))
                {
                    changes.Add(Message(ManifestRule.ReservationRemoved, after.Name, true,
                        "Message '" + name + "' no longer reserves the field name '" + reservedName + "', which the shipped protocol reserves"));
                }
            }
        }

        private static void CompareField(string message, string entity, FieldEntry before, FieldEntry after, List<ManifestChange> changes)
        {
            string field = "Field " + after.Number + " '" + after.Name + "' of message '" + message + "'";
            bool singleBefore = before.Cardinality is FieldCardinality.Single or FieldCardinality.Optional;
            bool singleAfter = after.Cardinality is FieldCardinality.Single or FieldCardinality.Optional;
            if (before.Cardinality != after.Cardinality && !(singleBefore && singleAfter))
            {
                changes.Add(Field(ManifestRule.FieldCardinalityChanged, entity, after.Number, true,
                    field + " changed from " + Cardinality(before) + " to " + Cardinality(after) + Packing(before, after)));
            }
            else
            {
                string? problem = TypeCompatibility.Check(before.Value, after.Value);
                if (problem is null && before.Key is not null && after.Key is not null)
                {
                    problem = TypeCompatibility.Check(before.Key, after.Key);
                }

                if (problem is not null)
                {
                    changes.Add(Field(ManifestRule.FieldTypeIncompatible, entity, after.Number, true,
                        field + " changed type from " + TypeText(before) + " to " + TypeText(after) + ": " + problem));
                }
            }

            bool bothDefault = before.MaxLength.Source == LengthBoundSource.AssemblyDefault && after.MaxLength.Source == LengthBoundSource.AssemblyDefault;
            if (before.MaxLength.Source != LengthBoundSource.NotApplicable && after.MaxLength.Source != LengthBoundSource.NotApplicable
                && !bothDefault && after.MaxLength.Effective > before.MaxLength.Effective)
            {
                changes.Add(Field(ManifestRule.LimitRaised, entity, after.Number, true,
                    field + ": length bound raised from " + Bound(before.MaxLength) + " to " + Bound(after.MaxLength)));
            }

            if (before.Sensitive && !after.Sensitive)
            {
                changes.Add(Field(ManifestRule.SensitiveRemoved, entity, after.Number, true,
                    field + " is no longer [Sensitive]: the generated ToString prints it into logs"));
            }

            var loosened = new List<string>();
            if (before.Required && !after.Required)
            {
                loosened.Add("[Required] removed");
            }

            if (after.MinLength < before.MinLength)
            {
                loosened.Add(after.MinLength == 0 ? "[MinLength(" + before.MinLength + ")] removed" : "[MinLength] lowered from " + before.MinLength + " to " + after.MinLength);
            }

            if (before.Range is not null && (after.Range is null || !RangeText.IsWithin(after.Range, before.Range)))
            {
                loosened.Add(after.Range is null
                    ? "[Range(" + RangeText.Format(before.Range) + ")] removed"
                    : "[Range] widened from " + RangeText.Format(before.Range) + " to " + RangeText.Format(after.Range));
            }

            if (loosened.Count > 0)
            {
                changes.Add(Field(ManifestRule.ValidationLoosened, entity, after.Number, true, field + ": " + string.Join(", ", loosened)));
            }
        }

        private static void CompareAssembly(AssemblyEntry before, AssemblyEntry after, HashSet<ushort> currentOpcodes, List<ManifestChange> changes)
        {
            CompareLimit("[ProtocolLimits] MaxMessageSize", before.MaxMessageSize, after.MaxMessageSize, changes);
            CompareLimit("[ProtocolLimits] MaxDepth", before.MaxDepth, after.MaxDepth, changes);
            CompareLimit("The default string bound of [ProtocolLimits]", before.DefaultMaxStringLength, after.DefaultMaxStringLength, changes);
            CompareLimit("The default bytes bound of [ProtocolLimits]", before.DefaultMaxBytesLength, after.DefaultMaxBytesLength, changes);
            CompareLimit("The default collection bound of [ProtocolLimits]", before.DefaultMaxCollectionLength, after.DefaultMaxCollectionLength, changes);
            foreach (ushort opcode in before.ReservedOpcodes)
            {
                if (!after.ReservedOpcodes.Contains(opcode) && !currentOpcodes.Contains(opcode))
                {
                    changes.Add(new ManifestChange(ManifestRule.ReservationRemoved, ManifestEntityKind.Assembly, string.Empty, 0, true,
                        "Opcode " + opcode + " is no longer reserved, which the shipped protocol reserves"));
                }
            }
        }

        /// <summary>0 is "not set": bounded by the message size only, so larger than every bound.</summary>
        private static void CompareLimit(string what, int before, int after, List<ManifestChange> changes)
        {
            long effectiveBefore = before > 0 ? before : long.MaxValue;
            long effectiveAfter = after > 0 ? after : long.MaxValue;
            if (effectiveAfter > effectiveBefore)
            {
                changes.Add(new ManifestChange(ManifestRule.LimitRaised, ManifestEntityKind.Assembly, string.Empty, 0, true,
                    what + (after > 0 ? " raised from " + before + " to " + after : " removed (was " + before + ")")));
            }
        }

        private static void CompareHandlers(IReadOnlyList<HandlerEntry> shipped, IReadOnlyList<HandlerEntry> current, Dictionary<string, MessageEntry> messages, List<ManifestChange> changes)
        {
            var before = new Dictionary<(string, string), HandlerEntry>();
            var anonymousBefore = new HashSet<string>(StringComparer.Ordinal);
            foreach (HandlerEntry handler in shipped)
            {
                before[(handler.Name, handler.Message)] = handler;
                if (handler.Authorization.Kind == AuthorizationKind.Anonymous)
                {
                    anonymousBefore.Add(handler.Message);
                }
            }

            foreach (HandlerEntry after in current)
            {
                if (before.TryGetValue((after.Name, after.Message), out HandlerEntry? handler))
                {
                    if (after.Authorization.AdmitsMoreThan(handler.Authorization))
                    {
                        changes.Add(new ManifestChange(ManifestRule.AuthorizationLoosened, ManifestEntityKind.Handler, after.Name, 0, true,
                            "Authorization of '" + Short(after.Message) + "' handled by '" + Short(after.Name) + "' loosened from " + handler.Authorization + " to " + after.Authorization));
                    }

                    List<string> looser = DispatchLimits.Loosened(handler.AddedRates, handler.Limits.Concurrency, after.AddedRates, after.Limits.Concurrency);
                    if (looser.Count > 0)
                    {
                        changes.Add(new ManifestChange(ManifestRule.RateLimitLoosened, ManifestEntityKind.Handler, after.Name, 0, true,
                            "'" + Short(after.Message) + "' handled by '" + Short(after.Name) + "': " + string.Join("; ", looser)
                            + (handler.AnonymousDefault is not null && after.AnonymousDefault is null ? " (the anonymous default no longer applies)" : string.Empty)));
                    }
                }
                else if (after.Scope == ManifestScope.Outer
                    && after.Authorization.Kind == AuthorizationKind.Anonymous
                    && !anonymousBefore.Contains(after.Message)
                    && (!messages.TryGetValue(after.Message, out MessageEntry? handled) || handled.IsSentByClients))
                {
                    changes.Add(new ManifestChange(ManifestRule.AuthorizationLoosened, ManifestEntityKind.Handler, after.Name, 0, true,
                        "Handler '" + Short(after.Name) + "' makes outer message '" + Short(after.Message) + "' reachable by anonymous sessions; review it as an entry point reachable before login"));
                }
            }
        }

        /// <summary>An outer message clients send (by its direction; not a response) that dispatch lets in without login.</summary>
        public static bool IsAnonymousEntryPoint(MessageEntry message) =>
            message.IsSentByClients && message.Kind != MessageKind.Response && message.Authorization.Kind == AuthorizationKind.Anonymous;

        private static ManifestChange Message(ManifestRule rule, string name, bool inCurrent, string description) =>
            new ManifestChange(rule, ManifestEntityKind.Message, name, 0, inCurrent, description);

        private static ManifestChange Field(ManifestRule rule, string message, int number, bool inCurrent, string description) =>
            new ManifestChange(rule, ManifestEntityKind.Message, message, number, inCurrent, description);

        private static string Contract(MessageEntry message) =>
            message.Kind == MessageKind.Request ? "a request answered by " + (message.ResponseType is null ? "nothing" : Short(message.ResponseType)) : "a " + ManifestText.Name(message.Kind) + " message";

        private static string Cardinality(FieldEntry field) => field.Cardinality switch
        {
            FieldCardinality.Repeated => "repeated",
            FieldCardinality.Map => "a map",
            _ => "a single value",
        };

        /// <summary>Where packing matters: old peers write repeated numbers as one length-delimited run, which a decoder of one number skips.</summary>
        private static string Packing(FieldEntry before, FieldEntry after) =>
            before.IsPacked && after.Cardinality is FieldCardinality.Single or FieldCardinality.Optional
                ? " (old peers write the numbers packed, as one length-delimited run, which the decoder of a single number skips: the values are lost)"
                : "; peers built against the shipped protocol read it differently";

        private static string TypeText(FieldEntry field) =>
            field.Cardinality == FieldCardinality.Map ? "map(" + field.Key + "," + field.Value + ")" : field.Value.ToString();

        private static string Bound(LengthBound bound) => bound.Source switch
        {
            LengthBoundSource.Declared => bound.Value.ToString(CultureInfo.InvariantCulture),
            LengthBoundSource.AssemblyDefault => bound.Value.ToString(CultureInfo.InvariantCulture) + " (the assembly default)",
            _ => "none (the message size only)",
        };

        /// <summary>The name without its namespace, for messages.</summary>
        public static string Short(string fullName)
        {
            int dot = fullName.LastIndexOf('.');
            return dot < 0 ? fullName : fullName.Substring(dot + 1);
        }
    }
}
