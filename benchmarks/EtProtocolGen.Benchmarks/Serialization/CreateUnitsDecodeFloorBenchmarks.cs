using System;
using System.Collections.Generic;
using EtProtocolGen.Benchmarks.Messages;
using Et = EtProtocolGen.Benchmarks.Messages.Et;
using Peers = EtProtocolGen.Benchmarks.Messages.Peers;

namespace EtProtocolGen.Benchmarks.Serialization
{
    /// <summary>
    /// The floor under deserializing the create-units message (10 units: three numbers, two points and a map of 5 int-to-long
    /// entries each); see <see cref="DecodeFloor{TEt, TPeer}"/>.
    /// </summary>
    public class CreateUnitsDecodeFloorBenchmarks() : DecodeFloor<Et.M2C_CreateUnits, Peers.M2C_CreateUnits>(
        SampleData.CreateUnits, SampleData.ToPeer, data => Et.M2C_CreateUnits.Parse(data), HandWritten, Same)
    {
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

        private static bool Same(Et.M2C_CreateUnits expected, Et.M2C_CreateUnits actual)
        {
            bool same = expected.Units.Count == actual.Units.Count && actual.Units.Capacity == actual.Units.Count;
            for (int i = 0; same && i < expected.Units.Count; i++)
            {
                Et.UnitInfo e = expected.Units[i];
                Et.UnitInfo a = actual.Units[i];
                same = e.UnitId == a.UnitId && e.ConfigId == a.ConfigId && e.Type == a.Type && e.KV.Count == a.KV.Count
                    && PathfindingDecodeFloorBenchmarks.Same(e.Position!, a.Position!) && PathfindingDecodeFloorBenchmarks.Same(e.Forward!, a.Forward!);
                foreach (KeyValuePair<int, long> entry in e.KV)
                {
                    same &= a.KV.TryGetValue(entry.Key, out long value) && value == entry.Value;
                }
            }

            return same;
        }
    }
}
