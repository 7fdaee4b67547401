using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using EtProtocolGen.Benchmarks.Messages;
using Et = EtProtocolGen.Benchmarks.Messages.Et;
using Peers = EtProtocolGen.Benchmarks.Messages.Peers;

namespace EtProtocolGen.Benchmarks.Serialization
{
    /// <summary>
    /// The floor under deserializing the inventory (500 items of five small fields); see <see cref="DecodeFloor{TEt, TPeer}"/>.
    /// Also the same decoder over the layout of <see cref="InventoryFloorBenchmarks"/>' fixed-width encoder (tags and one-byte
    /// prefixes, every value at fixed width): what reading the tags and building the objects costs without varints.
    /// </summary>
    public class InventoryDecodeFloorBenchmarks() : DecodeFloor<Et.M2C_Inventory, Peers.M2C_Inventory>(
        SampleData.Inventory, SampleData.ToPeer, data => Et.M2C_Inventory.Parse(data), HandWritten, Same)
    {
        private byte[] _fixedWidth = Array.Empty<byte>();

        public override void Setup()
        {
            base.Setup();
            var buffer = new byte[64 * 1024];
            _fixedWidth = buffer.AsSpan(0, InventoryFloorBenchmarks.FixedWidth(Message, buffer)).ToArray();
            if (!Same(Message, FixedWidth(_fixedWidth)))
            {
                throw new InvalidOperationException("The hand-written fixed-width inventory decoder does not give the message back.");
            }
        }

        /// <summary>The same tags and prefixes with each value at fixed width: the decoder without varints.</summary>
        [Benchmark]
        public Et.M2C_Inventory FixedWidth_Deserialize() => FixedWidth(_fixedWidth);

        private static Et.M2C_Inventory HandWritten(ReadOnlySpan<byte> data)
        {
            var message = new Et.M2C_Inventory();
            var items = new List<Et.ItemInfo>(UncheckedWire.Count(data, 0x12));
            int position = 0;
            while (position < data.Length)
            {
                if (UncheckedWire.Byte(data, position++) == 0x08)
                {
                    message.PlayerId = (long)UncheckedWire.Varint(data, ref position);
                    continue;
                }

                int end = position + 1 + UncheckedWire.Byte(data, position);
                position++;
                var item = new Et.ItemInfo();
                while (position < end)
                {
                    switch (UncheckedWire.Byte(data, position++))
                    {
                        case 0x08: item.Id = (long)UncheckedWire.Varint(data, ref position); break;
                        case 0x10: item.ConfigId = (int)UncheckedWire.Varint(data, ref position); break;
                        case 0x18: item.Count = (int)UncheckedWire.Varint(data, ref position); break;
                        case 0x20: item.Slot = (int)UncheckedWire.Varint(data, ref position); break;
                        default: item.IsBound = UncheckedWire.Varint(data, ref position) != 0; break;
                    }
                }

                items.Add(item);
            }

            message.Items = items;
            return message;
        }

        private static Et.M2C_Inventory FixedWidth(ReadOnlySpan<byte> data)
        {
            var message = new Et.M2C_Inventory();
            int position = 1;
            message.PlayerId = UncheckedWire.Fixed<long>(data, ref position);
            // Each item: its tag, a prefix byte, and five tagged fixed-width fields (26 bytes).
            var items = new List<Et.ItemInfo>((data.Length - position) / 28);
            while (position < data.Length)
            {
                position += 2;
                var item = new Et.ItemInfo();
                for (int field = 0; field < 5; field++)
                {
                    switch (UncheckedWire.Byte(data, position++))
                    {
                        case 0x08: item.Id = UncheckedWire.Fixed<long>(data, ref position); break;
                        case 0x10: item.ConfigId = UncheckedWire.Fixed<int>(data, ref position); break;
                        case 0x18: item.Count = UncheckedWire.Fixed<int>(data, ref position); break;
                        case 0x20: item.Slot = UncheckedWire.Fixed<int>(data, ref position); break;
                        default: item.IsBound = UncheckedWire.Byte(data, position++) != 0; break;
                    }
                }

                items.Add(item);
            }

            message.Items = items;
            return message;
        }

        private static bool Same(Et.M2C_Inventory expected, Et.M2C_Inventory actual)
        {
            bool same = expected.PlayerId == actual.PlayerId && expected.Items.Count == actual.Items.Count
                && actual.Items.Capacity == actual.Items.Count;
            for (int i = 0; same && i < expected.Items.Count; i++)
            {
                Et.ItemInfo e = expected.Items[i];
                Et.ItemInfo a = actual.Items[i];
                same = e.Id == a.Id && e.ConfigId == a.ConfigId && e.Count == a.Count && e.Slot == a.Slot && e.IsBound == a.IsBound;
            }

            return same;
        }
    }
}
