using System;
using System.Collections.Generic;
using System.Linq;
using EtProtocolGen.Generator.Tests.Infrastructure;

namespace EtProtocolGen.Generator.Tests;

/// <summary>
/// A small check that generated code works when it runs: it is compiled with the runtime, loaded, and driven
/// through a probe class compiled next to it. The full behaviour suite lives in tests/EtProtocolGen.Tests.
/// </summary>
public sealed class GeneratedCodeSmokeTests : IClassFixture<GeneratedCodeSmokeTests.LoadedProtocol>
{
    private const string Probe = """
        using System;
        using System.Buffers;
        using System.Collections.Generic;
        using EtProtocolGen;
        using Game.Protocol;

        public static class Probe
        {
            public static byte[] Encode(IWireMessage message)
            {
                var output = new ArrayBufferWriter<byte>();
                message.WriteTo(output);
                if (output.WrittenCount != message.CalculateSize())
                {
                    throw new InvalidOperationException("CalculateSize disagrees with WriteTo.");
                }

                return output.WrittenSpan.ToArray();
            }

            public static byte[] EncodeLogin(int rpcId, string account, string password) =>
                Encode(new C2G_Login { RpcId = rpcId, Account = account, Password = password });

            public static string LoginFields(byte[] data)
            {
                C2G_Login login = C2G_Login.Parse(data);
                return login.RpcId + "|" + login.Account + "|" + login.Password;
            }

            public static string LoginText(string password) => new C2G_Login { RpcId = 1, Account = "alice", Password = password }.ToString();

            public static string LoginValidation(string account, string password) =>
                new C2G_Login { Account = account, Password = password }.Validate().ToString();

            public static Inventory SampleInventory() => new Inventory
            {
                Main = new Item { Id = 7, Name = "sword" },
                Position = new Position { X = 1.5f, Y = -2f },
                Items = new List<Item> { new Item { Id = 1, Name = "a" }, new Item { Id = 2 } },
                Counts = new List<int> { 1, 300, 70000 },
                Stamps = new long[] { -1, long.MaxValue },
                ByName = new Dictionary<string, Item> { ["x"] = new Item { Id = 9, Name = "nine" } },
                Scores = new Dictionary<int, long> { [3] = -4, [0] = 0 },
                Level = 0,
                Tags = new List<string> { "red", "" },
                Flag = false,
                Blobs = new Dictionary<uint, byte[]> { [5] = new byte[] { 1, 2, 3 } },
                Kinds = new[] { ItemKind.Armor, ItemKind.None },
            };

            public static string Describe(Inventory value) => string.Join(";", new[]
            {
                value.Main is null ? "null" : value.Main.Id + ":" + value.Main.Name,
                value.Position.X + "," + value.Position.Y,
                string.Join(",", value.Items.ConvertAll(item => item.Id + ":" + item.Name)),
                string.Join(",", value.Counts),
                string.Join(",", value.Stamps),
                string.Join(",", SortedPairs(value.ByName, item => item.Id + ":" + item.Name)),
                string.Join(",", SortedPairs(value.Scores, score => score.ToString())),
                value.Level.HasValue ? value.Level.Value.ToString() : "none",
                string.Join(",", value.Tags),
                value.Flag.HasValue ? value.Flag.Value.ToString() : "none",
                string.Join(",", SortedPairs(value.Blobs, bytes => BitConverter.ToString(bytes))),
                string.Join(",", value.Kinds),
            });

            private static List<string> SortedPairs<TKey, TValue>(Dictionary<TKey, TValue> map, Func<TValue, string> format)
                where TKey : notnull
            {
                var pairs = new List<string>();
                foreach (var pair in map)
                {
                    pairs.Add(pair.Key + "=" + format(pair.Value));
                }

                pairs.Sort(StringComparer.Ordinal);
                return pairs;
            }

            public static string RoundTripInventory()
            {
                Inventory original = SampleInventory();
                byte[] data = Encode(original);
                return Describe(original) + "\n" + Describe(Inventory.Parse(data));
            }

            public static string RoundTripInventoryInSegments(int segmentLength)
            {
                byte[] data = Encode(SampleInventory());
                var first = new Segment(data.AsMemory(0, Math.Min(segmentLength, data.Length)));
                Segment last = first;
                for (int start = segmentLength; start < data.Length; start += segmentLength)
                {
                    last = last.Append(data.AsMemory(start, Math.Min(segmentLength, data.Length - start)));
                }

                var sequence = new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
                return Describe(Inventory.Parse(in sequence));
            }

            public static string CountsOf(byte[] data) => string.Join(",", Inventory.Parse(data).Counts);

            public static string TryParseInventory(byte[] data) =>
                Inventory.TryParse(data, out Inventory message, out ProtocolError error) ? "ok" : error.ToString();

            public static string TryParseScalars(byte[] data) =>
                AllScalars.TryParse(data, out AllScalars message, out ProtocolError error) ? "ok" : error.ToString();

            public static byte[] EncodeTree(int depth)
            {
                var root = new TreeNode { Name = "0" };
                TreeNode current = root;
                for (int i = 1; i <= depth; i++)
                {
                    var child = new TreeNode { Name = i.ToString() };
                    current.Children.Add(child);
                    current = child;
                }

                return Encode(root);
            }

            public static string TryParseTree(byte[] data) =>
                TreeNode.TryParse(data, out TreeNode message, out ProtocolError error) ? "ok" : error.ToString();

            public static string RoundTripMove(int dx, int dy)
            {
                var move = new Move { Dx = dx, Dy = dy, Sequence = 42 };
                byte[] data = Encode(move);
                Move back = Move.Parse(data);
                Span<byte> small = stackalloc byte[1];
                bool fits = move.TryWriteTo(small, out int written);
                return back.Dx + "," + back.Dy + "," + back.Sequence + "," + data.Length + "," + fits + "," + written;
            }

            private sealed class Segment : ReadOnlySequenceSegment<byte>
            {
                public Segment(ReadOnlyMemory<byte> memory) => Memory = memory;

                public Segment Append(ReadOnlyMemory<byte> memory)
                {
                    var next = new Segment(memory) { RunningIndex = RunningIndex + Memory.Length };
                    Next = next;
                    return next;
                }
            }
        }
        """;

    private readonly LoadedProtocol _protocol;

    public GeneratedCodeSmokeTests(LoadedProtocol protocol) => _protocol = protocol;

    [Fact]
    public void Login_encodes_to_the_protobuf_bytes_and_decodes_back()
    {
        byte[] data = _protocol.Call<byte[]>("EncodeLogin", 7, "alice", "hunter22");

        byte[] expected = new byte[] { 0x08, 0x07, 0x12, 0x05 }
            .Concat("alice"u8.ToArray())
            .Concat(new byte[] { 0x1A, 0x08 })
            .Concat("hunter22"u8.ToArray())
            .ToArray();
        Assert.Equal(expected, data);
        Assert.Equal("7|alice|hunter22", _protocol.Call<string>("LoginFields", data));
    }

    [Fact]
    public void Sensitive_fields_are_redacted_from_ToString()
    {
        string text = _protocol.Call<string>("LoginText", "hunter22");

        Assert.Equal("C2G_Login { RpcId = 1, Account = alice, Password = *** }", text);
    }

    [Fact]
    public void Validate_reports_the_first_failing_rule()
    {
        Assert.Equal("Validation failed: Account (Required)", _protocol.Call<string>("LoginValidation", "", "hunter22"));
        Assert.Equal("Validation failed: Password (MinLength)", _protocol.Call<string>("LoginValidation", "alice", "short"));
        Assert.Equal("Valid", _protocol.Call<string>("LoginValidation", "alice", "hunter22"));
    }

    [Fact]
    public void Nested_messages_lists_maps_and_nullables_round_trip()
    {
        string[] lines = _protocol.Call<string>("RoundTripInventory").Split('\n');

        Assert.Equal(lines[0], lines[1]);
        // proto3 optional keeps presence: Level = 0 and Flag = false survive instead of becoming absent.
        string[] fields = lines[1].Split(';');
        Assert.Equal("0", fields[7]);
        Assert.Equal("False", fields[9]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(64)]
    public void A_sequence_in_several_segments_decodes_like_one_span(int segmentLength)
    {
        string expected = _protocol.Call<string>("RoundTripInventory").Split('\n')[0];

        Assert.Equal(expected, _protocol.Call<string>("RoundTripInventoryInSegments", segmentLength));
    }

    [Fact]
    public void Unpacked_repeated_scalars_are_accepted()
    {
        // Field 4 (Counts) sent as two varint records instead of one packed run.
        Assert.Equal("1,2", _protocol.Call<string>("CountsOf", new byte[] { 0x20, 0x01, 0x20, 0x02 }));
    }

    [Fact]
    public void A_collection_beyond_its_max_length_is_refused()
    {
        byte[] fifty = PackedCounts(50);
        byte[] fiftyOne = PackedCounts(51);

        Assert.Equal("ok", _protocol.Call<string>("TryParseInventory", fifty));
        Assert.Equal("LimitExceeded", _protocol.Call<string>("TryParseInventory", fiftyOne));
    }

    [Fact]
    public void A_string_beyond_its_max_length_is_refused_before_decoding()
    {
        // Item.Name is [MaxLength(16)]: field 1 (Main) holds an Item whose field 2 has 17 characters.
        byte[] name = Enumerable.Repeat((byte)'a', 17).ToArray();
        byte[] item = new byte[] { 0x12, 17 }.Concat(name).ToArray();
        byte[] data = new byte[] { 0x0A, (byte)item.Length }.Concat(item).ToArray();

        Assert.Equal("LimitExceeded", _protocol.Call<string>("TryParseInventory", data));
    }

    [Fact]
    public void Truncated_input_is_refused()
    {
        Assert.Equal("Truncated", _protocol.Call<string>("TryParseInventory", new byte[] { 0x0A, 0x05, 0x08 }));
    }

    [Fact]
    public void A_value_that_does_not_fit_a_byte_is_refused()
    {
        // Field 2 (ByteValue) = 300.
        Assert.Equal("ValueOutOfRange", _protocol.Call<string>("TryParseScalars", new byte[] { 0x10, 0xAC, 0x02 }));
        Assert.Equal("ok", _protocol.Call<string>("TryParseScalars", new byte[] { 0x10, 0xFF, 0x01 }));
    }

    [Fact]
    public void Recursion_is_bounded_by_the_message_max_depth()
    {
        Assert.Equal("ok", _protocol.Call<string>("TryParseTree", _protocol.Call<byte[]>("EncodeTree", 8)));
        Assert.Equal("DepthExceeded", _protocol.Call<string>("TryParseTree", _protocol.Call<byte[]>("EncodeTree", 9)));
    }

    [Fact]
    public void Struct_messages_round_trip_with_zigzag_fields()
    {
        // Dx = -1 and Dy = 1 take one byte each in ZigZag: 08 01 10 02 18 2A.
        Assert.Equal("-1,1,42,6,False,0", _protocol.Call<string>("RoundTripMove", -1, 1));
    }

    private static byte[] PackedCounts(int count)
    {
        var data = new List<byte> { 0x22, (byte)count };
        data.AddRange(Enumerable.Repeat((byte)1, count));
        return data.ToArray();
    }

    /// <summary>Compiles the representative messages with the generator and the probe, once for the class.</summary>
    public sealed class LoadedProtocol : CompiledProtocol
    {
        public LoadedProtocol()
            : base(Sources.Login, Sources.Composite, Sources.Recursive, Sources.Struct, Sources.AllScalars, Probe)
        {
        }
    }
}
