using System;
using System.Collections.Generic;
using System.Text;
using EtProtocolGen.Analyzers.Manifest;

namespace EtProtocolGen.Tool.Tests.Infrastructure
{
    /// <summary>
    /// Frames an attacker would send to make a decoder allocate: for each field, the smallest occurrence that allocates,
    /// repeated until the frame is full (a singular field decodes again every time it appears; a collection up to its
    /// bound); that flood inside one nested message; every collection at its bound with maximal elements; and each of those
    /// cut short so that decoding ends in an error. Built from the manifest, so every message gets them.
    /// </summary>
    internal sealed class HostileFrames
    {
        private readonly Func<string, MessageEntry?> find;
        private readonly AssemblyEntry assembly;

        public HostileFrames(Func<string, MessageEntry?> find, AssemblyEntry assembly)
        {
            this.find = find;
            this.assembly = assembly;
        }

        public IEnumerable<(string Name, byte[] Frame)> For(MessageEntry message)
        {
            int size = assembly.MaxMessageSize;
            var floods = new List<(string Name, byte[] Frame)>();
            foreach (FieldEntry field in message.Fields)
            {
                foreach ((string name, IEnumerable<byte[]> occurrences) in Occurrences(field, depth: 0))
                {
                    floods.Add((field.Name + ": " + name, Fill(occurrences, size)));
                }

                if (field.Cardinality is FieldCardinality.Single or FieldCardinality.Optional && field.Value.Type == ProtoType.Message && find(field.Value.TypeName!) is { } nested)
                {
                    // One nested message whose payload is a flood of one of its own fields.
                    foreach (FieldEntry inner in nested.Fields)
                    {
                        foreach ((string name, IEnumerable<byte[]> occurrences) in Occurrences(inner, depth: 1))
                        {
                            byte[] payload = Fill(occurrences, size - 8);
                            floods.Add((field.Name + " > " + inner.Name + ": " + name, Concat(Tag(field.Number, 2), Varint((ulong)payload.Length), payload)));
                        }
                    }
                }
            }

            byte[] maximal = Maximal(message, size, depth: 0);
            foreach ((string name, byte[] frame) in floods)
            {
                yield return ("flood " + name, frame);
                if (frame.Length > 1)
                {
                    yield return ("flood " + name + ", cut short", frame.AsSpan(0, frame.Length - 1).ToArray());
                }

                // Every collection at its bound first, then the flood in what is left of the frame.
                if (maximal.Length < size)
                {
                    yield return ("maximal, then flood " + name, Concat(maximal, frame.AsSpan(0, Math.Min(frame.Length, size - maximal.Length)).ToArray()));
                }
            }

            yield return ("maximal", maximal);
        }

        /// <summary>The ways one field can allocate, each as a sequence of occurrences (finite when the decoder counts them).</summary>
        private IEnumerable<(string Name, IEnumerable<byte[]> Occurrences)> Occurrences(FieldEntry field, int depth)
        {
            long cap = field.MaxLength.IsBounded ? field.MaxLength.Value : long.MaxValue;
            switch (field.Cardinality)
            {
                case FieldCardinality.Repeated when field.Value.IsScalar:
                {
                    int width = field.Value.WireType switch { ManifestWireType.I32 => 4, ManifestWireType.I64 => 8, _ => 1 };
                    int count = (int)Math.Min(cap, assembly.MaxMessageSize / width / 2);
                    yield return ("packed at its bound", Repeat(Concat(Tag(field.Number, 2), Varint((ulong)(count * width)), new byte[count * width]), 1));
                    // One element per packed run makes the list grow one element at a time.
                    yield return ("one packed element per run", Repeat(Concat(Tag(field.Number, 2), Varint((ulong)width), new byte[width]), cap));
                    yield break;
                }

                case FieldCardinality.Map:
                    foreach ((string name, Func<long, byte[]> entry) in MapEntries(field))
                    {
                        yield return (name, Sequence(entry, long.MaxValue));
                    }

                    yield break;
                case FieldCardinality.Repeated:
                    foreach ((string name, byte[] value) in Values(field.Value, depth))
                    {
                        yield return (name + ", repeated", Repeat(Concat(Tag(field.Number, 2), value), cap));
                    }

                    yield break;
                default:
                    if (!field.Value.IsScalar)
                    {
                        foreach ((string name, byte[] value) in Values(field.Value, depth))
                        {
                            yield return (name + ", again and again", Repeat(Concat(Tag(field.Number, 2), value), long.MaxValue));
                        }
                    }

                    yield break;
            }
        }

        /// <summary>Small length-delimited values that allocate (length prefix included).</summary>
        private IEnumerable<(string Name, byte[] Value)> Values(WireValue value, int depth)
        {
            switch (value.Type)
            {
                case ProtoType.String:
                    yield return ("1 char", new byte[] { 1, (byte)'a' });
                    yield return ("2 chars", new byte[] { 2, (byte)'a', (byte)'b' });
                    yield return ("empty", new byte[] { 0 });
                    break;
                case ProtoType.Bytes:
                    yield return ("1 byte", new byte[] { 1, 7 });
                    yield return ("9 bytes", Concat(new byte[] { 9 }, new byte[9]));
                    break;
                case ProtoType.Message:
                    yield return ("empty message", new byte[] { 0 });
                    if (find(value.TypeName!) is { } nested && depth < 3)
                    {
                        // A nested message holding one cheap occurrence of one of its fields (a map entry, a string):
                        // each repetition of the outer field creates the nested message and that field's value again.
                        foreach (FieldEntry nestedField in nested.Fields)
                        {
                            foreach ((string name, IEnumerable<byte[]> occurrences) in Occurrences(nestedField, depth + 1))
                            {
                                foreach (byte[] first in occurrences)
                                {
                                    yield return ("message with one " + nestedField.Name + " (" + name + ")", Concat(Varint((ulong)first.Length), first));
                                    break;
                                }
                            }
                        }

                        byte[] inner = Maximal(nested, 4096, depth + 1);
                        yield return ("maximal message", Concat(Varint((ulong)inner.Length), inner));
                    }

                    break;
            }
        }

        /// <summary>Map entries: empty ones (the key repeats, so the map stops growing but each entry still creates its value), and distinct keys.</summary>
        private IEnumerable<(string Name, Func<long, byte[]> Entry)> MapEntries(FieldEntry field)
        {
            byte[] tag = Tag(field.Number, 2);
            yield return ("empty entries", _ => Concat(tag, new byte[] { 0 }));
            yield return ("distinct keys", i =>
            {
                byte[] key = Key(field.Key!, i);
                byte[] value = field.Value.Type switch
                {
                    ProtoType.String => new byte[] { 0x12, 1, (byte)'v' },
                    ProtoType.Bytes => new byte[] { 0x12, 1, 1 },
                    ProtoType.Message => new byte[] { 0x12, 0 },
                    _ => Array.Empty<byte>(),
                };
                byte[] entry = Concat(key, value);
                return Concat(tag, Varint((ulong)entry.Length), entry);
            });
        }

        private static byte[] Key(WireValue key, long index) =>
            key.Type == ProtoType.String
                ? Concat(new byte[] { 0x0A }, Varint((ulong)Encoding.ASCII.GetByteCount(Name(index))), Encoding.ASCII.GetBytes(Name(index)))
                : key.WireType switch
                {
                    ManifestWireType.I32 => Concat(new byte[] { 0x0D }, BitConverter.GetBytes((int)index)),
                    ManifestWireType.I64 => Concat(new byte[] { 0x09 }, BitConverter.GetBytes(index)),
                    _ => Concat(new byte[] { 0x08 }, Varint((ulong)(index % (key.Type == ProtoType.Bool ? 2 : long.MaxValue)))),
                };

        private static string Name(long index)
        {
            var name = new StringBuilder();
            do
            {
                name.Append((char)('a' + (index % 26)));
                index /= 26;
            }
            while (index > 0);
            return name.ToString();
        }

        /// <summary>Every field once at its largest: strings and bytes at their bound, collections full of maximal elements, nested messages maximal.</summary>
        private byte[] Maximal(MessageEntry message, int budget, int depth)
        {
            var frame = new List<byte>();
            foreach (FieldEntry field in message.Fields)
            {
                long cap = field.MaxLength.IsBounded ? field.MaxLength.Value : 16;
                byte[] occurrence = field.Cardinality switch
                {
                    FieldCardinality.Repeated when field.Value.IsScalar => Concat(Tag(field.Number, 2), Varint((ulong)cap), new byte[cap]),
                    FieldCardinality.Repeated => Join(Repeat(Concat(Tag(field.Number, 2), LargestValue(field.Value, 16, depth)), cap)),
                    FieldCardinality.Map => Join(Sequence(i => Entry(field, i, depth), cap)),
                    _ when !field.Value.IsScalar => Concat(Tag(field.Number, 2), LargestValue(field.Value, cap, depth)),
                    _ => Array.Empty<byte>(),
                };
                if (frame.Count + occurrence.Length > budget)
                {
                    break;
                }

                frame.AddRange(occurrence);
            }

            return frame.ToArray();
        }

        private byte[] Entry(FieldEntry field, long index, int depth)
        {
            byte[] value = field.Value.IsScalar ? Array.Empty<byte>() : Concat(new byte[] { 0x12 }, LargestValue(field.Value, 16, depth));
            byte[] entry = Concat(Key(field.Key!, index), value);
            return Concat(Tag(field.Number, 2), Varint((ulong)entry.Length), entry);
        }

        private byte[] LargestValue(WireValue value, long bound, int depth)
        {
            if (value.Type == ProtoType.Message)
            {
                byte[] inner = depth < 3 && find(value.TypeName!) is { } nested ? Maximal(nested, 8192, depth + 1) : Array.Empty<byte>();
                return Concat(Varint((ulong)inner.Length), inner);
            }

            var content = new byte[Math.Min(bound, 4096)];
            content.AsSpan().Fill((byte)'z');
            return Concat(Varint((ulong)content.Length), content);
        }

        private static byte[] Fill(IEnumerable<byte[]> occurrences, int size)
        {
            var frame = new List<byte>();
            foreach (byte[] occurrence in occurrences)
            {
                if (frame.Count + occurrence.Length > size)
                {
                    break;
                }

                frame.AddRange(occurrence);
            }

            return frame.ToArray();
        }

        private static IEnumerable<byte[]> Repeat(byte[] occurrence, long count)
        {
            for (long i = 0; i < count; i++)
            {
                yield return occurrence;
            }
        }

        private static IEnumerable<byte[]> Sequence(Func<long, byte[]> occurrence, long count)
        {
            for (long i = 0; i < count; i++)
            {
                yield return occurrence(i);
            }
        }

        private static byte[] Join(IEnumerable<byte[]> parts)
        {
            var all = new List<byte>();
            foreach (byte[] part in parts)
            {
                all.AddRange(part);
            }

            return all.ToArray();
        }

        private static byte[] Tag(int number, int wireType) => Varint(((ulong)number << 3) | (uint)wireType);

        private static byte[] Varint(ulong value)
        {
            var bytes = new List<byte>();
            while (value >= 0x80)
            {
                bytes.Add((byte)(value | 0x80));
                value >>= 7;
            }

            bytes.Add((byte)value);
            return bytes.ToArray();
        }

        private static byte[] Concat(params byte[][] parts) => Join(parts);
    }
}
