using System;
using System.Buffers;
using EtProtocolGen.Framing;
using EtProtocolGen.Testing;
using EtProtocolGen.Tests.Infrastructure;
using EtProtocolGen.Tests.Protocol;
using EtProtocolGen.Wire;
using Xunit;

namespace EtProtocolGen.Tests.Framing
{
    public sealed class FrameReaderTests
    {
        [Fact]
        public void The_header_is_a_little_endian_length_of_opcode_plus_payload_then_a_little_endian_opcode()
        {
            byte[] frame = FrameFormat.Build(0x0BB9, new byte[] { 0xAA, 0xBB, 0xCC });

            Assert.Equal(new byte[] { 5, 0, 0, 0, 0xB9, 0x0B, 0xAA, 0xBB, 0xCC }, frame);
        }

        [Fact]
        public void A_complete_frame_is_read_and_consumed_and_the_next_one_stays()
        {
            byte[] first = FrameFormat.Build(7, new byte[] { 1, 2 });
            byte[] second = FrameFormat.Build(8, new byte[] { 3 });
            var buffer = new ReadOnlySequence<byte>(Concat(first, second));

            Assert.Equal(FrameStatus.Complete, FrameReader.TryRead(ref buffer, 64, out Frame frame, out uint declared));

            Assert.Equal(7, frame.Opcode);
            Assert.Equal(new byte[] { 1, 2 }, frame.Payload.ToArray());
            Assert.Equal(4u, declared);
            Assert.Equal(second, buffer.ToArray());
        }

        [Fact]
        public void A_frame_split_across_segments_is_read_whole()
        {
            byte[] bytes = FrameFormat.Build(9, new byte[] { 1, 2, 3, 4, 5 });
            ReadOnlySequence<byte> buffer = Segments.SplitAt(bytes, 1, 3, 5, 8);

            Assert.Equal(FrameStatus.Complete, FrameReader.TryRead(ref buffer, 64, out Frame frame, out _));

            Assert.Equal(9, frame.Opcode);
            Assert.Equal(new byte[] { 1, 2, 3, 4, 5 }, frame.Payload.ToArray());
            Assert.True(buffer.IsEmpty);
        }

        [Theory]
        [InlineData(0)]
        [InlineData(3)]
        [InlineData(5)]
        [InlineData(8)]
        public void A_partial_frame_is_incomplete_and_nothing_is_consumed(int available)
        {
            byte[] bytes = FrameFormat.Build(9, new byte[] { 1, 2, 3 });
            var buffer = new ReadOnlySequence<byte>(bytes, 0, available);

            Assert.Equal(FrameStatus.Incomplete, FrameReader.TryRead(ref buffer, 64, out _, out _));
            Assert.Equal(available, buffer.Length);
        }

        [Theory]
        [InlineData(65u)]
        [InlineData(0x7FFF_FFFFu)]
        [InlineData(0xFFFF_FFFFu)]
        public void A_declared_length_over_the_maximum_is_refused_from_the_four_length_bytes_alone(uint declared)
        {
            var header = new byte[4];
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(header, declared);
            var buffer = new ReadOnlySequence<byte>(header);

            Assert.Equal(FrameStatus.TooLarge, FrameReader.TryRead(ref buffer, 64, out _, out uint reported));
            Assert.Equal(declared, reported);
        }

        [Fact]
        public void A_declared_length_of_exactly_the_maximum_is_accepted()
        {
            byte[] bytes = FrameFormat.Build(1, new byte[62]);
            var buffer = new ReadOnlySequence<byte>(bytes);

            Assert.Equal(FrameStatus.Complete, FrameReader.TryRead(ref buffer, 64, out Frame frame, out _));
            Assert.Equal(62, frame.Payload.Length);
        }

        [Theory]
        [InlineData(0u)]
        [InlineData(1u)]
        public void A_declared_length_without_room_for_the_opcode_is_too_short(uint declared)
        {
            var bytes = new byte[] { (byte)declared, 0, 0, 0, 0xFF };
            var buffer = new ReadOnlySequence<byte>(bytes);

            Assert.Equal(FrameStatus.TooShort, FrameReader.TryRead(ref buffer, 64, out _, out _));
        }

        [Fact]
        public void A_written_frame_is_the_header_then_exactly_the_message_encoding()
        {
            var message = new Scalars { Text = "héllo, 世界" };
            var encoded = new ArrayBufferWriter<byte>();
            message.WriteTo(encoded);
            var output = new ArrayBufferWriter<byte>();
            output.Write(new byte[] { 0xEE }); // something already in the pipe stays in front

            FrameFormat.Write(output, message, maxFrameSize: 1024);

            byte[] header = new byte[FrameFormat.HeaderSize];
            FrameFormat.WriteHeader(header, (uint)(FrameFormat.OpcodeSize + encoded.WrittenCount), Scalars.Opcode);
            Assert.Equal(Concat(new byte[] { 0xEE }, Concat(header, encoded.WrittenSpan.ToArray())), output.WrittenSpan.ToArray());
        }

        [Fact]
        public void Writing_a_message_over_the_frame_limit_throws_before_writing_anything()
        {
            var output = new ArrayBufferWriter<byte>();
            var message = new Scalars { Text = new string('x', 60) };

            Assert.Throws<InvalidOperationException>(() => FrameFormat.Write(output, message, maxFrameSize: 32));
            Assert.Equal(0, output.WrittenCount);
        }

        [Theory]
        [InlineData(int.MaxValue)]
        [InlineData(int.MaxValue - 1)]
        [InlineData(-1)]
        public void A_message_claiming_an_absurd_size_is_refused_without_overflowing_the_check(int size)
        {
            var output = new ArrayBufferWriter<byte>();

            Assert.Throws<InvalidOperationException>(() => FrameFormat.Write(output, new SizedMessage(size), maxFrameSize: int.MaxValue));
            Assert.Equal(0, output.WrittenCount);
        }

        private static byte[] Concat(byte[] first, byte[] second)
        {
            var all = new byte[first.Length + second.Length];
            first.CopyTo(all, 0);
            second.CopyTo(all, first.Length);
            return all;
        }

        /// <summary>A message whose size claim is a lie; writing it must fail before anything is written.</summary>
        private sealed class SizedMessage : IWireMessage
        {
            private readonly int _size;

            public SizedMessage(int size) => _size = size;

            public ushort MessageOpcode => 1;

            public int CalculateSize() => _size;

            public void WriteTo(IBufferWriter<byte> output) => throw new NotSupportedException("Must not be reached.");

            public bool TryWriteTo(Span<byte> destination, out int bytesWritten) => throw new NotSupportedException("Must not be reached.");

            public void WriteFields(ref ProtoWriter writer) => throw new NotSupportedException("Must not be reached.");
        }
    }
}
