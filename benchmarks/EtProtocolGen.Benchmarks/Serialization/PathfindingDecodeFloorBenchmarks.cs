using System;
using System.Collections.Generic;
using EtProtocolGen.Benchmarks.Messages;
using Et = EtProtocolGen.Benchmarks.Messages.Et;
using Peers = EtProtocolGen.Benchmarks.Messages.Peers;

namespace EtProtocolGen.Benchmarks.Serialization
{
    /// <summary>
    /// The floor under deserializing the pathfinding result (an id, a start position and 20 points of three floats); see
    /// <see cref="DecodeFloor{TEt, TPeer}"/>.
    /// </summary>
    public class PathfindingDecodeFloorBenchmarks() : DecodeFloor<Et.M2C_PathfindingResult, Peers.M2C_PathfindingResult>(
        SampleData.Pathfinding, SampleData.ToPeer, data => Et.M2C_PathfindingResult.Parse(data), HandWritten, Same)
    {
        private static Et.M2C_PathfindingResult HandWritten(ReadOnlySpan<byte> data)
        {
            var message = new Et.M2C_PathfindingResult();
            var points = new List<Et.Vector3Info>(UncheckedWire.Count(data, 0x1A));
            int position = 0;
            while (position < data.Length)
            {
                byte tag = UncheckedWire.Byte(data, position++);
                if (tag == 0x08)
                {
                    message.Id = (long)UncheckedWire.Varint(data, ref position);
                    continue;
                }

                Et.Vector3Info point = Point(data, ref position);
                if (tag == 0x12)
                {
                    message.Position = point;
                }
                else
                {
                    points.Add(point);
                }
            }

            message.Points = points;
            return message;
        }

        /// <summary>A length-prefixed point (tags 0x0D, 0x15, 0x1D) at <paramref name="position"/>, which moves past it.</summary>
        internal static Et.Vector3Info Point(ReadOnlySpan<byte> data, ref int position)
        {
            int end = position + 1 + UncheckedWire.Byte(data, position);
            position++;
            var point = new Et.Vector3Info();
            while (position < end)
            {
                switch (UncheckedWire.Byte(data, position++))
                {
                    case 0x0D: point.X = UncheckedWire.Float(data, ref position); break;
                    case 0x15: point.Y = UncheckedWire.Float(data, ref position); break;
                    default: point.Z = UncheckedWire.Float(data, ref position); break;
                }
            }

            return point;
        }

        private static bool Same(Et.M2C_PathfindingResult expected, Et.M2C_PathfindingResult actual)
        {
            bool same = expected.Id == actual.Id && Same(expected.Position!, actual.Position!)
                && expected.Points.Count == actual.Points.Count && actual.Points.Capacity == actual.Points.Count;
            for (int i = 0; same && i < expected.Points.Count; i++)
            {
                same = Same(expected.Points[i], actual.Points[i]);
            }

            return same;
        }

        internal static bool Same(Et.Vector3Info a, Et.Vector3Info b) => a.X == b.X && a.Y == b.Y && a.Z == b.Z;
    }
}
