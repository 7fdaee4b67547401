using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using EtProtocolGen.Testing;
using EtProtocolGen.Tests.Infrastructure;
using EtProtocolGen.Wire;
using Xunit;

namespace EtProtocolGen.Tests.Wire;

/// <summary>The one pooled copy of peer bytes (generated <c>Parse(ReadOnlySequence)</c>, server, client): cleared before it is returned.</summary>
public sealed class PooledCopyTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(7, 3)]
    [InlineData(300, 64)]
    public void The_copy_holds_the_bytes_of_every_segment_and_goes_back_cleared(int length, int segmentLength)
    {
        byte[] secret = Enumerable.Range(1, length).Select(i => (byte)(i % 255 + 1)).ToArray();
        var pool = new RecordingPool();

        using (PooledCopy copy = PooledCopy.Of(Segments.Split(secret, segmentLength), pool))
        {
            Assert.Equal(secret, copy.Span.ToArray());
            Assert.Empty(pool.Returned);
        }

        byte[] returned = Assert.Single(pool.Returned);
        Assert.Same(pool.Rented.Single(), returned);
        Assert.All(returned.Take(length), value => Assert.Equal(0, value));
    }

    [Fact]
    public void Disposing_twice_returns_the_array_once()
    {
        var pool = new RecordingPool();
        PooledCopy copy = PooledCopy.Of(Segments.Split(new byte[] { 1, 2, 3 }, 2), pool);

        copy.Dispose();
        copy.Dispose();

        Assert.Single(pool.Returned);
        Assert.True(copy.Span.IsEmpty);
    }

    /// <summary>Hands out arrays filled with a marker and records what comes back.</summary>
    private sealed class RecordingPool : ArrayPool<byte>
    {
        public List<byte[]> Rented { get; } = new();

        public List<byte[]> Returned { get; } = new();

        public override byte[] Rent(int minimumLength)
        {
            byte[] array = Enumerable.Repeat((byte)0xEE, minimumLength + 5).ToArray();
            Rented.Add(array);
            return array;
        }

        public override void Return(byte[] array, bool clearArray = false) => Returned.Add(array);
    }
}
