using System;
using System.Collections.Generic;
using EtProtocolGen.Analyzers.Manifest;

namespace EtProtocolGen.Tool.Report
{
    /// <summary>
    /// An upper bound of the bytes the generated decoder allocates for one frame of a message, computed from the manifest:
    /// the frame's size limit, each field's bound and wire shape, and how the decoder stores what it reads. The frame is
    /// spent as an attacker would, on whatever allocates most per wire byte.
    /// </summary>
    /// <remarks>
    /// Every field occurrence allocates as a function of the bytes it takes; that function is bounded above by a concave
    /// one, cut into chunks of decreasing allocation per byte (<see cref="AllocationSegment"/>). Counts the decoder caps
    /// ([MaxLength] of collections) cap the chunks; everything else, including a singular field repeated on the wire (each
    /// occurrence decodes again), only the frame size caps. Filling the frame with the best chunks first gives the largest
    /// total any frame can reach: the fractional relaxation of the attacker's choice, hence an upper bound. Assumptions: a
    /// message's constructor allocates at most empty instances of its fields' types (<c>= new()</c>, <c>= new List&lt;T&gt;()</c>),
    /// and pooled buffers the decoder rents are warm (pool growth is amortized, not per frame).
    /// </remarks>
    internal sealed class DecoderAllocation
    {
        /// <summary>
        /// A frame that fails to decode also allocates the <c>ProtocolException</c> and its stack trace; the refused frames of
        /// DecoderAllocationTests (nested eight levels deep at most) stay well within this allowance.
        /// </summary>
        public const long DecodeError = 4096;

        private readonly ProtocolCatalog catalog;
        private readonly Dictionary<(string, int, int, double), List<AllocationSegment>> profiles = new Dictionary<(string, int, int, double), List<AllocationSegment>>();

        public DecoderAllocation(ProtocolCatalog catalog) => this.catalog = catalog;

        /// <summary>The bound for one frame of <paramref name="message"/> of at most the assembly's MaxMessageSize bytes; null when a message it carries is in none of the manifests.</summary>
        public long? WorstCase(MessageEntry message, AssemblyEntry assembly)
        {
            try
            {
                double budget = assembly.MaxMessageSize;
                List<AllocationSegment> segments = Profile(message, 0, Restrict(assembly.MaxDepth, 0, message), budget);
                return (long)Math.Ceiling(Construct(message, new HashSet<string>(StringComparer.Ordinal)) + Fill(segments, budget)) + DecodeError;
            }
            catch (UnknownMessageException)
            {
                return null;
            }
        }

        /// <summary>The allocation of the best <paramref name="budget"/> bytes: chunks by allocation per byte, highest first.</summary>
        private static double Fill(List<AllocationSegment> segments, double budget)
        {
            var ordered = new List<AllocationSegment>(segments);
            ordered.Sort((left, right) => right.BytesPerWireByte.CompareTo(left.BytesPerWireByte));
            double total = 0;
            foreach (AllocationSegment segment in ordered)
            {
                double taken = Math.Min(segment.Capacity, budget);
                total += taken * segment.BytesPerWireByte;
                budget -= taken;
                if (budget <= 0)
                {
                    break;
                }
            }

            return total;
        }

        /// <summary>A message read at <paramref name="depth"/> may nest below it only while depth &lt; limit; [Message(MaxDepth)] narrows the limit.</summary>
        private static int Restrict(int limit, int depth, MessageEntry message) =>
            message.MaxDepth > 0 ? Math.Min(limit, depth + message.MaxDepth) : limit;

        /// <summary>The chunks the fields of one instance of <paramref name="message"/> add, decoded at <paramref name="depth"/>.</summary>
        private List<AllocationSegment> Profile(MessageEntry message, int depth, int limit, double budget)
        {
            var key = (message.Name, depth, limit, budget);
            if (profiles.TryGetValue(key, out List<AllocationSegment>? cached))
            {
                return cached;
            }

            var segments = new List<AllocationSegment>();
            foreach (FieldEntry field in message.Fields)
            {
                int tag = TagSize(field.Number);
                switch (field.Cardinality)
                {
                    case FieldCardinality.Map:
                        AddMap(segments, field, tag, depth, limit, budget);
                        break;
                    case FieldCardinality.Repeated when field.Value.IsScalar:
                        AddPacked(segments, field, tag, budget);
                        break;
                    case FieldCardinality.Repeated:
                    {
                        double count = Count(field.MaxLength);
                        int slot = ClrLayout.Storage(field.Value, catalog);
                        // One list and one array sized by CountRepeated, then the array ToArray makes: two headers.
                        double appearance = ClrLayout.ListObject + 2 * (ClrLayout.ArrayHeader + 7);
                        AddValue(segments, field.Value, field.MaxLength, tag, count, 2 * slot, appearance, depth, limit, budget);
                        break;
                    }

                    default:
                        AddValue(segments, field.Value, field.MaxLength, tag, double.PositiveInfinity, 0, 0, depth, limit, budget);
                        break;
                }
            }

            Normalize(segments);
            profiles[key] = segments;
            return segments;
        }

        /// <summary>
        /// The chunks of up to <paramref name="count"/> occurrences of one value (a field, an element): <paramref name="slot"/>
        /// bytes of list arrays per occurrence, and <paramref name="appearance"/> once per message instance with the first one.
        /// </summary>
        private void AddValue(List<AllocationSegment> segments, WireValue value, LengthBound bound, int tag, double count, double slot, double appearance, int depth, int limit, double budget)
        {
            switch (value.Type)
            {
                case ProtoType.String:
                    // roundup8(22 + 2n): 24 bytes for the first character, at most 8 more for the second, then 2 per character.
                    AddArrayLike(segments, tag, count, slot, appearance, ClrLayout.String(1), 2, Count(bound));
                    return;
                case ProtoType.Bytes:
                    // roundup8(24 + n): 32 bytes for the first byte, at most 8 more for the second, then 1 per byte.
                    AddArrayLike(segments, tag, count, slot, appearance, ClrLayout.Array(1, 1), 1, Count(bound));
                    return;
                case ProtoType.Message:
                {
                    if (depth >= limit)
                    {
                        // ReadMessage refuses the nesting before the nested message is created.
                        AddOccurrences(segments, slot, appearance, tag + 1, count);
                        return;
                    }

                    // Each occurrence: the nested message created for tag and length, then what its own fields allocate in its
                    // payload, cut into chunks of one occurrence so that the envelope couples the two.
                    MessageEntry nested = catalog.Find(value.TypeName!) ?? throw new UnknownMessageException();
                    double created = Construct(nested, new HashSet<string>(StringComparer.Ordinal));
                    List<AllocationSegment> inner = Profile(nested, depth + 1, Restrict(limit, depth + 1, nested), budget);
                    inner.Sort((left, right) => right.BytesPerWireByte.CompareTo(left.BytesPerWireByte));
                    var chunks = new List<AllocationSegment> { new AllocationSegment((slot + created) / (tag + 1), tag + 1) };
                    chunks.AddRange(inner);
                    AddOccurrenceChunks(segments, chunks, appearance, count);
                    return;
                }

                default:
                    AddOccurrences(segments, slot, appearance, tag + 1, count);
                    return;
            }
        }

        /// <summary>
        /// A string or bytes value: the first unit with its header (<paramref name="first"/> bytes for tag, length and one unit),
        /// the second with the rounding slack, then <paramref name="perUnit"/> per unit up to <paramref name="maxUnits"/>.
        /// </summary>
        private static void AddArrayLike(List<AllocationSegment> segments, int tag, double count, double slot, double appearance, long first, int perUnit, double maxUnits)
        {
            var chunks = new List<AllocationSegment> { new AllocationSegment((slot + first) / (tag + 2), tag + 2) };
            if (maxUnits >= 2)
            {
                chunks.Add(new AllocationSegment(perUnit + 7, 1));
            }

            if (maxUnits >= 3)
            {
                chunks.Add(new AllocationSegment(perUnit, maxUnits - 2));
            }

            AddOccurrenceChunks(segments, chunks, appearance, count);
        }

        /// <summary><paramref name="count"/> occurrences of <paramref name="chunks"/>; the first also allocates <paramref name="appearance"/> with its first chunk.</summary>
        private static void AddOccurrenceChunks(List<AllocationSegment> segments, List<AllocationSegment> chunks, double appearance, double count)
        {
            if (appearance > 0)
            {
                var first = new List<AllocationSegment>(chunks);
                first[0] = new AllocationSegment(first[0].BytesPerWireByte + appearance / first[0].Capacity, first[0].Capacity);
                AddChunks(segments, first, 1);
                count -= 1;
            }

            AddChunks(segments, chunks, count);
        }

        /// <summary>
        /// <paramref name="count"/> occurrences, each taking its chunks (allocation per byte, bytes) in order. Chunks are merged
        /// until their allocation per byte decreases (the concave envelope), so that no segment promises a later chunk's rate
        /// without the earlier chunk's bytes.
        /// </summary>
        private static void AddChunks(List<AllocationSegment> segments, List<AllocationSegment> chunks, double count)
        {
            if (count <= 0)
            {
                return;
            }

            var envelope = new List<AllocationSegment>();
            foreach (AllocationSegment chunk in chunks)
            {
                AllocationSegment merged = chunk;
                while (envelope.Count > 0 && envelope[envelope.Count - 1].BytesPerWireByte < merged.BytesPerWireByte)
                {
                    AllocationSegment previous = envelope[envelope.Count - 1];
                    envelope.RemoveAt(envelope.Count - 1);
                    double bytes = previous.Capacity + merged.Capacity;
                    merged = double.IsPositiveInfinity(bytes)
                        ? new AllocationSegment(merged.BytesPerWireByte, bytes)
                        : new AllocationSegment((previous.BytesPerWireByte * previous.Capacity + merged.BytesPerWireByte * merged.Capacity) / bytes, bytes);
                }

                envelope.Add(merged);
            }

            foreach (AllocationSegment chunk in envelope)
            {
                Add(segments, chunk.BytesPerWireByte, chunk.Capacity * count);
            }
        }

        /// <summary>Repeated numbers, bools and enums: packed or not, the list may regrow (total capacity under 4x the count), then ToArray.</summary>
        private void AddPacked(List<AllocationSegment> segments, FieldEntry field, int tag, double budget)
        {
            int element = ClrLayout.Storage(field.Value, catalog);
            int wire = field.Value.WireType switch
            {
                ManifestWireType.I32 => 4,
                ManifestWireType.I64 => 8,
                _ => 1,
            };
            double count = Math.Min(Count(field.MaxLength), Math.Floor(budget / wire));
            double arrays = 3 + Math.Ceiling(Math.Log(count + 1, 2));
            double appearance = ClrLayout.ListObject + arrays * (ClrLayout.ArrayHeader + 7);
            double perElement = 5.0 * element;
            Add(segments, (appearance + perElement) / (tag + wire), tag + wire);
            if (count > 1)
            {
                Add(segments, perElement / wire, wire * (count - 1));
            }
        }

        /// <summary>
        /// A map: one dictionary per message instance, sized once for the entries counted (capped at [MaxLength]); a string
        /// key may make it rehash once with a randomized comparer. Each entry creates its value message even when the value is
        /// absent, and an entry whose key repeats an earlier one is decoded again without counting, so values are not capped.
        /// </summary>
        private void AddMap(List<AllocationSegment> segments, FieldEntry field, int tag, int depth, int limit, double budget)
        {
            WireValue key = field.Key!;
            double count = Count(field.MaxLength);
            // A string-keyed map switches to a randomized comparer and rehashes once when an insert walks past 100 colliding
            // entries (HashHelpers.HashCollisionThreshold), which takes more than 100 entries.
            int rehash = key.Type == ProtoType.String && count > 100 ? 2 : 1;
            // Entry<K,V>: hash code, next, key, value; HashHelpers.GetPrime(c) <= 2c + 3 buckets and entries.
            long entry = 8 + ClrLayout.Align(ClrLayout.Storage(key, catalog)) + ClrLayout.Align(ClrLayout.Storage(field.Value, catalog));
            double perEntry = rehash * 2 * (4 + entry);
            double appearance = ClrLayout.DictionaryObject + (rehash - 1) * ClrLayout.RandomizedComparer + rehash * (2 * (ClrLayout.ArrayHeader + 7) + 3 * (4 + entry));
            double value = field.Value.Type == ProtoType.Message ? MessageValue(field.Value, depth, limit) : 0;
            AddOccurrences(segments, perEntry + value, appearance, tag + 1, count);
            if (!double.IsPositiveInfinity(count))
            {
                Add(segments, value / (tag + 1), double.PositiveInfinity);
            }

            // Inside an entry, the key (field 1) and the value (field 2) are fields like any other, and may repeat. Their
            // string and bytes bounds are the assembly defaults, which the map's line does not repeat: take none.
            AddValue(segments, key, LengthBound.Unbounded, 1, double.PositiveInfinity, 0, 0, depth, limit, budget);
            AddValue(segments, field.Value, LengthBound.Unbounded, 1, double.PositiveInfinity, 0, 0, depth, limit, budget);
        }

        /// <summary>The value message every map entry creates, unless the nesting is already at its limit.</summary>
        private double MessageValue(WireValue value, int depth, int limit)
        {
            if (depth >= limit)
            {
                return 0;
            }

            MessageEntry nested = catalog.Find(value.TypeName!) ?? throw new UnknownMessageException();
            return Construct(nested, new HashSet<string>(StringComparer.Ordinal));
        }

        /// <summary>Occurrences that each allocate <paramref name="each"/> for <paramref name="weight"/> wire bytes, the first also <paramref name="appearance"/>.</summary>
        private static void AddOccurrences(List<AllocationSegment> segments, double each, double appearance, int weight, double count)
        {
            if (appearance > 0)
            {
                Add(segments, (appearance + each) / weight, weight);
                count -= 1;
            }

            if (each > 0 && count > 0)
            {
                Add(segments, each / weight, weight * count);
            }
        }

        private static void Add(List<AllocationSegment> segments, double bytesPerWireByte, double capacity)
        {
            if (bytesPerWireByte > 0 && capacity > 0)
            {
                segments.Add(new AllocationSegment(bytesPerWireByte, capacity));
            }
        }

        /// <summary>
        /// Drops what the frame never reaches: once a chunk has no cap, chunks that allocate less per byte are never used.
        /// Keeps profiles of deeply nested and recursive messages small.
        /// </summary>
        private static void Normalize(List<AllocationSegment> segments)
        {
            double unbounded = 0;
            foreach (AllocationSegment segment in segments)
            {
                if (double.IsPositiveInfinity(segment.Capacity) && segment.BytesPerWireByte > unbounded)
                {
                    unbounded = segment.BytesPerWireByte;
                }
            }

            if (unbounded > 0)
            {
                segments.RemoveAll(segment => segment.BytesPerWireByte <= unbounded);
                segments.Add(new AllocationSegment(unbounded, double.PositiveInfinity));
            }
        }

        /// <summary>
        /// What creating <paramref name="message"/> allocates: its object (none for a struct) and, at most, an empty instance
        /// of each reference field (messages not already being created on <paramref name="path"/>).
        /// </summary>
        private double Construct(MessageEntry message, HashSet<string> path)
        {
            double total = message.IsValueType ? 0 : ClrLayout.Instance(message, isStruct: false, catalog);
            path.Add(message.Name);
            foreach (FieldEntry field in message.Fields)
            {
                switch (field.Cardinality)
                {
                    case FieldCardinality.Repeated:
                        total += ClrLayout.ListObject;
                        break;
                    case FieldCardinality.Map:
                        total += ClrLayout.DictionaryObject;
                        break;
                    default:
                        if (field.Value.Type == ProtoType.Bytes)
                        {
                            total += ClrLayout.Array(1, 0);
                        }
                        else if (field.Value.Type == ProtoType.Message && !path.Contains(field.Value.TypeName!) && catalog.Find(field.Value.TypeName!) is { } nested)
                        {
                            total += Construct(nested, path);
                        }

                        break;
                }
            }

            path.Remove(message.Name);
            return total;
        }

        private static double Count(LengthBound bound) => bound.IsBounded ? bound.Value : double.PositiveInfinity;

        /// <summary>The bytes of a field's tag: the varint of (number &lt;&lt; 3 | wire type).</summary>
        private static int TagSize(int number) => number < 16 ? 1 : number < 2048 ? 2 : number < 262144 ? 3 : number < 33554432 ? 4 : 5;

        private sealed class UnknownMessageException : Exception
        {
        }
    }
}
