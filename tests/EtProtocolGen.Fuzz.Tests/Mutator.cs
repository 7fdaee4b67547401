using System;
using System.Collections.Generic;

namespace EtProtocolGen.Fuzz.Tests
{
    /// <summary>
    /// A small, deterministic stand-in for AFL++'s havoc stage: stacks one to four random edits (bit flips, interesting bytes,
    /// inserted, deleted, duplicated or spliced chunks, large varints) on a seed. Same seed, same inputs, on every machine.
    /// </summary>
    internal sealed class Mutator
    {
        private static readonly byte[] Interesting = { 0x00, 0x01, 0x02, 0x7F, 0x80, 0xFF, 0x0A, 0x12, 0x1A, 0x08 };
        private static readonly byte[] HugeVarint = { 0xFF, 0xFF, 0xFF, 0xFF, 0x0F };

        private readonly Random _random;
        private readonly IReadOnlyList<byte[]> _seeds;

        public Mutator(int seed, IReadOnlyList<byte[]> seeds)
        {
            _random = new Random(seed);
            _seeds = seeds;
        }

        public byte[] Next()
        {
            var data = new List<byte>(_seeds[_random.Next(_seeds.Count)]);
            int edits = 1 + _random.Next(4);
            for (int i = 0; i < edits; i++)
            {
                Edit(data);
            }

            return data.ToArray();
        }

        private void Edit(List<byte> data)
        {
            int position = data.Count == 0 ? 0 : _random.Next(data.Count);
            switch (_random.Next(7))
            {
                case 0 when data.Count > 0:
                    data[position] ^= (byte)(1 << _random.Next(8));
                    break;
                case 1 when data.Count > 0:
                    data[position] = Interesting[_random.Next(Interesting.Length)];
                    break;
                case 2:
                    for (int i = _random.Next(1, 9); i > 0; i--)
                    {
                        data.Insert(position, (byte)_random.Next(256));
                    }

                    break;
                case 3 when data.Count > 0:
                    data.RemoveRange(position, Math.Min(data.Count - position, _random.Next(1, 9)));
                    break;
                case 4 when data.Count > 0:
                    int length = Math.Min(data.Count - position, _random.Next(1, 17));
                    data.InsertRange(_random.Next(data.Count + 1), data.GetRange(position, length));
                    break;
                case 5:
                    byte[] other = _seeds[_random.Next(_seeds.Count)];
                    int start = other.Length == 0 ? 0 : _random.Next(other.Length);
                    data.InsertRange(position, new ArraySegment<byte>(other, start, other.Length - start));
                    break;
                default:
                    data.InsertRange(position, HugeVarint.AsSpan(0, _random.Next(1, HugeVarint.Length + 1)).ToArray());
                    break;
            }
        }
    }
}
