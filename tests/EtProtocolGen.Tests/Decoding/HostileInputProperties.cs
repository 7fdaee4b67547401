using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using EtProtocolGen.Tests.Infrastructure;
using EtProtocolGen.Tests.Interop;
using EtProtocolGen.Tests.Protocol;
using Xunit;

namespace EtProtocolGen.Tests.Decoding;

/// <summary>
/// Properties over random valid messages and random damage to them: every prefix decodes or is Truncated; any bytes
/// at all end in a decoded message or a <see cref="ProtocolException"/> from Parse and <c>false</c> from TryParse
/// (never another exception), with the same error from both.
/// </summary>
public class HostileInputProperties
{
    /// <summary>Random valid encodings of every message type of the test protocol.</summary>
    private static readonly Dictionary<string, (Gen<byte[]> Gen, IMessageApi Api)> Encodings = new()
    {
        [nameof(Scalars)] = (MessageGens.Scalars.Select(Encode), Messages.Scalars),
        [nameof(Protocol.Encodings)] = (MessageGens.Encodings.Select(Encode), Messages.Encodings),
        [nameof(Blobs)] = (MessageGens.Blobs.Select(Encode), Messages.Blobs),
        [nameof(Optionals)] = (MessageGens.Optionals.Select(Encode), Messages.Optionals),
        [nameof(Repeateds)] = (MessageGens.Repeateds.Select(Encode), Messages.Repeateds),
        [nameof(Maps)] = (MessageGens.Maps.Select(Encode), Messages.Maps),
        [nameof(Nesting)] = (MessageGens.Nesting.Select(Encode), Messages.Nesting),
        [nameof(Bounded)] = (BoundedGen.Select(Encode), Messages.Bounded),
    };

    public static TheoryData<string> MessageNames => new(Encodings.Keys);

    /// <summary>Bounded messages within their limits, so that their encodings are valid.</summary>
    private static Gen<Bounded> BoundedGen => Gen.Select(
        Gens.Scalar.Array[0, 4].Select(parts => string.Concat(parts)),
        Gen.Byte.Array[0, 4],
        Gen.Int.List[0, 3],
        Gens.Text.List[0, 3],
        Gen.Dictionary(Gen.Int, Gen.Int)[0, 2],
        MessageGens.Child.List[0, 3],
        Gens.Double.List[0, 3],
        (name, data, numbers, names, map, children, doubles) => new Bounded
        {
            Name = name, Data = data, Memory = data.Reverse().ToArray(), Numbers = numbers, Names = names, Map = map,
            IntArray = numbers.ToArray(), Children = children, Doubles = doubles,
        });

    [Theory]
    [MemberData(nameof(MessageNames))]
    public void Every_prefix_of_a_valid_message_decodes_or_is_truncated(string message)
    {
        (Gen<byte[]> gen, IMessageApi api) = Encodings[message];
        Property.Check(gen, data =>
        {
            for (int length = 0; length < data.Length; length++)
            {
                ProtocolError error = api.Classify(data[..length]);
                Assert.True(error is ProtocolError.None or ProtocolError.Truncated, $"prefix of {length} of {data.Length} bytes: {error}");
            }
        }, iterations: 25); // each message is cut at every length and each cut parsed three ways: ~10^4 parses per type
    }

    [Theory]
    [MemberData(nameof(MessageNames))]
    public void Damaged_messages_end_only_in_protocol_exceptions(string message)
    {
        (Gen<byte[]> gen, IMessageApi api) = Encodings[message];
        Gen<byte[]> damaged = gen.Where(data => data.Length > 0).SelectMany(data => Damage(data));
        Property.Check(damaged, data => api.Classify(data), iterations: 2_000);
    }

    [Theory]
    [MemberData(nameof(MessageNames))]
    public void Random_bytes_end_only_in_protocol_exceptions(string message)
    {
        IMessageApi api = Encodings[message].Api;
        Property.Check(Gen.Byte.Array[0, 64], data => api.Classify(data), iterations: 2_000);
    }

    [Fact]
    public void Random_bytes_into_recursive_and_limited_messages_end_only_in_protocol_exceptions()
    {
        // Mostly tags and lengths of the recursive fields, so that deep and over-limit shapes come up often.
        Gen<byte> likely = Gen.Frequency((4, Gen.OneOf(Gen.Const((byte)0x0A), Gen.Const((byte)0x22), Gen.Const((byte)0x32), Gen.Const((byte)0x42))), (4, Gen.Byte[0, 16]), (2, Gen.Byte));
        Property.Check(likely.Array[0, 200], data =>
        {
            Messages.Node.Classify(data);
            Messages.ShallowNode.Classify(data);
            Messages.Bounded.Classify(data);
            LimitsMessages.Defaulted.Classify(data);
        }, iterations: 2_000);
    }

    /// <summary>One to four byte flips, insertions, deletions or cuts at random places.</summary>
    private static Gen<byte[]> Damage(byte[] data) =>
        Gen.Select(Gen.Int[0, 3], Gen.Int[0, data.Length - 1], Gen.Byte).Array[1, 4].Select(edits =>
        {
            List<byte> bytes = new(data);
            foreach ((int kind, int at, byte value) in edits)
            {
                int index = Math.Min(at, Math.Max(bytes.Count - 1, 0));
                switch (kind)
                {
                    case 0 when bytes.Count > 0:
                        bytes[index] = value;
                        break;
                    case 1:
                        bytes.Insert(index, value);
                        break;
                    case 2 when bytes.Count > 0:
                        bytes.RemoveAt(index);
                        break;
                    case 3:
                        bytes.RemoveRange(index, bytes.Count - index);
                        break;
                }
            }

            return bytes.ToArray();
        });

    private static byte[] Encode(IWireMessage message) => Encoded.Bytes(message);
}
