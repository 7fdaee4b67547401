using System;
using System.Buffers;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using MemoryPack;
using EtProtocolGen.Benchmarks.Messages;
using Et = EtProtocolGen.Benchmarks.Messages.Et;
using Peers = EtProtocolGen.Benchmarks.Messages.Peers;

namespace EtProtocolGen.Benchmarks.Serialization
{
    /// <summary>
    /// The floor under deserializing the create-units message (10 units: three numbers, two points and a map of 5 int-to-long
    /// entries each) from protobuf, next to MemoryPack: the generated <c>Parse</c>, and a hand-written decoder of the same bytes
    /// that checks nothing (<see cref="UncheckedWire"/>) but sizes the list and each map from a scan of the bytes, as protobuf
    /// sends no count. Setup checks that the hand-written decoder gives the message back.
    /// </summary>
    [Config(typeof(SerializerConfig))]
    public class CreateUnitsDecodeFloorBenchmarks
    {
        private byte[] _protobuf = Array.Empty<byte>();
        private int _length;
        private byte[] _memoryPack = Array.Empty<byte>();

        [GlobalSetup]
        public void Setup()
        {
            Et.M2C_CreateUnits message = SampleData.CreateUnits();
            var output = new ArrayBufferWriter<byte>(4096);
            message.WriteTo(output);
            _protobuf = UncheckedWire.Padded(output.WrittenSpan);
            _length = output.WrittenCount;
            _memoryPack = MemoryPackSerializer.Serialize(SampleData.ToPeer(message));
            Check(message, HandWritten(_protobuf.AsSpan(0, _length)));
        }

        [Benchmark(Baseline = true)]
        public Peers.M2C_CreateUnits? MemoryPack_Deserialize() => MemoryPackSerializer.Deserialize<Peers.M2C_CreateUnits>(_memoryPack);

        [Benchmark]
        public Et.M2C_CreateUnits EtProtocolGen_Deserialize() => Et.M2C_CreateUnits.Parse(_protobuf.AsSpan(0, _length));

        /// <summary>The same bytes as <see cref="EtProtocolGen_Deserialize"/>, by a decoder written for this message that checks nothing.</summary>
        [Benchmark]
        public Et.M2C_CreateUnits HandWritten_Deserialize() => HandWritten(_protobuf.AsSpan(0, _length));

        private static Et.M2C_CreateUnits HandWritten(ReadOnlySpan<byte> data)
        {
            var message = new Et.M2C_CreateUnits();
            var units = new List<Et.UnitInfo>(UncheckedWire.Count(data, 0x0A));
            int position = 0;
            while (position < data.Length)
            {
                position++; // 0x0A
                int length = (int)UncheckedWire.Varint(data, ref position);
                units.Add(Unit(data.Slice(position, length)));
                position += length;
            }

            message.Units = units;
            return message;
        }

        private static Et.UnitInfo Unit(ReadOnlySpan<byte> data)
        {
            var unit = new Et.UnitInfo();
            var map = new Dictionary<int, long>(UncheckedWire.Count(data, 0x32));
            int position = 0;
            while (position < data.Length)
            {
                switch (UncheckedWire.Byte(data, position++))
                {
                    case 0x08: unit.UnitId = (long)UncheckedWire.Varint(data, ref position); break;
                    case 0x10: unit.ConfigId = (int)UncheckedWire.Varint(data, ref position); break;
                    case 0x18: unit.Type = (int)UncheckedWire.Varint(data, ref position); break;
                    case 0x22: unit.Position = PathfindingDecodeFloorBenchmarks.Point(data, ref position); break;
                    case 0x2A: unit.Forward = PathfindingDecodeFloorBenchmarks.Point(data, ref position); break;
                    default:
                    {
                        // A map entry: length, 0x08 key, 0x10 value.
                        position += 2;
                        int key = (int)UncheckedWire.Varint(data, ref position);
                        position++;
                        map[key] = (long)UncheckedWire.Varint(data, ref position);
                        break;
                    }
                }
            }

            unit.KV = map;
            return unit;
        }

        private static void Check(Et.M2C_CreateUnits expected, Et.M2C_CreateUnits actual)
        {
            bool same = expected.Units.Count == actual.Units.Count && actual.Units.Capacity == actual.Units.Count;
            for (int i = 0; same && i < expected.Units.Count; i++)
            {
                Et.UnitInfo e = expected.Units[i];
                Et.UnitInfo a = actual.Units[i];
                same = e.UnitId == a.UnitId && e.ConfigId == a.ConfigId && e.Type == a.Type
                    && Same(e.Position!, a.Position!) && Same(e.Forward!, a.Forward!) && e.KV.Count == a.KV.Count;
                foreach (KeyValuePair<int, long> entry in e.KV)
                {
                    same &= a.KV.TryGetValue(entry.Key, out long value) && value == entry.Value;
                }
            }

            if (!same)
            {
                throw new InvalidOperationException("The hand-written create-units decoder does not give the message back.");
            }
        }

        private static bool Same(Et.Vector3Info a, Et.Vector3Info b) => a.X == b.X && a.Y == b.Y && a.Z == b.Z;
    }
}
