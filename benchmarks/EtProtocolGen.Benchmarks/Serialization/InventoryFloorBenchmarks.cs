using System;
using System.Buffers;
using System.Buffers.Binary;
using BenchmarkDotNet.Attributes;
using MemoryPack;
using EtProtocolGen.Benchmarks.Messages;
using Et = EtProtocolGen.Benchmarks.Messages.Et;
using Peers = EtProtocolGen.Benchmarks.Messages.Peers;

namespace EtProtocolGen.Benchmarks.Serialization
{
    /// <summary>
    /// The floor under serializing the inventory (500 items of five small fields) as protobuf, next to MemoryPack: the generated
    /// <c>WriteTo</c>; the same bytes written by a hand-written encoder that knows the message (no size bound, one loop, the
    /// span and position in locals, each varint written byte by byte, as the runtime did before it wrote 4- to 8-byte varints as
    /// whole words on .NET 8 and later); and the same layout (tags, one-byte
    /// length prefixes) with every value stored at fixed width instead of as a varint: not protobuf, but what the tags and
    /// prefixes cost without varint encoding. Setup checks that the hand-written encoder writes the generated code's bytes.
    /// </summary>
    [Config(typeof(SerializerConfig))]
    public class InventoryFloorBenchmarks
    {
        private readonly ArrayBufferWriter<byte> _output = new(64 * 1024);
        private readonly byte[] _buffer = new byte[64 * 1024];
        private Et.M2C_Inventory _message = null!;
        private Peers.M2C_Inventory _peer = null!;

        [GlobalSetup]
        public void Setup()
        {
            _message = SampleData.Inventory();
            _peer = SampleData.ToPeer(_message);
            _message.WriteTo(_output);
            int length = HandWritten(_message, _buffer);
            if (!_buffer.AsSpan(0, length).SequenceEqual(_output.WrittenSpan))
            {
                throw new InvalidOperationException("The hand-written inventory encoder does not write the generated code's bytes.");
            }
        }

        [Benchmark(Baseline = true)]
        public int MemoryPack_Serialize()
        {
            _output.ResetWrittenCount();
            MemoryPackSerializer.Serialize(_output, _peer);
            return _output.WrittenCount;
        }

        [Benchmark]
        public int EtProtocolGen_Serialize()
        {
            _output.ResetWrittenCount();
            _message.WriteTo(_output);
            return _output.WrittenCount;
        }

        /// <summary>The same bytes as <see cref="EtProtocolGen_Serialize"/>, by an encoder written for this one message.</summary>
        [Benchmark]
        public int HandWritten_Serialize() => HandWritten(_message, _buffer);

        /// <summary>The same tags and prefixes with each value at fixed width: the layout without varint encoding.</summary>
        [Benchmark]
        public int FixedWidth_Serialize() => FixedWidth(_message, _buffer);

        private static int HandWritten(Et.M2C_Inventory message, Span<byte> buffer)
        {
            int position = 0;
            if (message.PlayerId != 0)
            {
                buffer[position++] = 0x08;
                position = Varint(buffer, position, (ulong)message.PlayerId);
            }

            var items = message.Items;
            for (int i = 0; i < items.Count; i++)
            {
                Et.ItemInfo item = items[i];
                buffer[position++] = 0x12;
                int lengthAt = position++;
                if (item.Id != 0)
                {
                    buffer[position++] = 0x08;
                    position = Varint(buffer, position, (ulong)item.Id);
                }

                if (item.ConfigId != 0)
                {
                    buffer[position++] = 0x10;
                    position = Varint(buffer, position, (ulong)(long)item.ConfigId);
                }

                if (item.Count != 0)
                {
                    buffer[position++] = 0x18;
                    position = Varint(buffer, position, (ulong)(long)item.Count);
                }

                if (item.Slot != 0)
                {
                    buffer[position++] = 0x20;
                    position = Varint(buffer, position, (ulong)(long)item.Slot);
                }

                if (item.IsBound)
                {
                    buffer[position++] = 0x28;
                    buffer[position++] = 1;
                }

                // Every item of the sample is under 128 bytes: a one-byte length prefix.
                buffer[lengthAt] = (byte)(position - lengthAt - 1);
            }

            return position;
        }

        internal static int FixedWidth(Et.M2C_Inventory message, Span<byte> buffer)
        {
            int position = 0;
            buffer[position++] = 0x08;
            BinaryPrimitives.WriteInt64LittleEndian(buffer.Slice(position), message.PlayerId);
            position += 8;
            var items = message.Items;
            for (int i = 0; i < items.Count; i++)
            {
                Et.ItemInfo item = items[i];
                buffer[position++] = 0x12;
                buffer[position++] = 25;
                buffer[position++] = 0x08;
                BinaryPrimitives.WriteInt64LittleEndian(buffer.Slice(position), item.Id);
                position += 8;
                position = TagAndInt32(buffer, position, 0x10, item.ConfigId);
                position = TagAndInt32(buffer, position, 0x18, item.Count);
                position = TagAndInt32(buffer, position, 0x20, item.Slot);
                buffer[position++] = 0x28;
                buffer[position++] = item.IsBound ? (byte)1 : (byte)0;
            }

            return position;
        }

        private static int TagAndInt32(Span<byte> buffer, int position, byte tag, int value)
        {
            buffer[position] = tag;
            BinaryPrimitives.WriteInt32LittleEndian(buffer.Slice(position + 1), value);
            return position + 5;
        }

        private static int Varint(Span<byte> buffer, int position, ulong value)
        {
            while (value >= 0x80)
            {
                buffer[position++] = (byte)(value | 0x80);
                value >>= 7;
            }

            buffer[position++] = (byte)value;
            return position;
        }
    }
}
