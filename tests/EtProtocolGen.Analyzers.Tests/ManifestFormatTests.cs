using System.Collections.Generic;
using System.Linq;
using EtProtocolGen.Analyzers.Manifest;
using EtProtocolGen.Analyzers.Tests.Infrastructure;
using Xunit;

namespace EtProtocolGen.Analyzers.Tests
{
    /// <summary>The manifest format: what the builder writes for every field shape, that the reader reads it back, and what it refuses.</summary>
    public class ManifestFormatTests
    {
        private const string EveryShape = """
            using System;
            using System.Collections.Generic;
            using EtProtocolGen;

            [assembly: ProtocolLimits(MaxMessageSize = 4096, MaxDepth = 16, DefaultMaxLength = 50, DefaultMaxStringLength = 20)]
            [assembly: ReservedOpcodes(7, 8)]

            namespace Game
            {
                public enum Kind : byte { A, B }

                [Message(3, Scope = MessageScope.Inner, MaxDepth = 4), Authorize(Roles = " server , gm,server"), Reserved(12, 11, Names = "Old,Older")]
                public partial class Everything : IMessage
                {
                    [Field(1)] public bool Flag { get; set; }
                    [Field(2, Encoding = FieldEncoding.ZigZag), Range(-5, 5)] public short Small { get; set; }
                    [Field(3, Encoding = FieldEncoding.Fixed)] public byte Tiny { get; set; }
                    [Field(4)] public ulong Big { get; set; }
                    [Field(5), Range(-1.5, 2.0)] public double Ratio { get; set; }
                    [Field(6)] public int? Level { get; set; }
                    [Field(7), Required] public string Name { get; set; } = "";
                    [Field(8), MaxLength(9), Sensitive] public byte[] Blob { get; set; } = new byte[0];
                    [Field(9), MinLength(1)] public List<Kind> Kinds { get; set; } = new();
                    [Field(10), MaxLength(3)] public Dictionary<string, Item> ByName { get; set; } = new();
                    [Field(13)] public Item Main { get; set; }
                    [Field(14)] public ReadOnlyMemory<byte> Raw { get; set; }
                    [Field(15)] public Item[] Items { get; set; } = new Item[0];
                    [Field(16, Encoding = FieldEncoding.Fixed)] public long Stamp { get; set; }
                    [Field(17), Range(1, 3)] public Kind Sort { get; set; }

                    partial void OnValidate(ref ValidationResult result) { }
                    partial void OnValidate(ref ValidationResult result);
                }

                [Message(4), AllowAnonymous, Authorize]
                public partial struct Item : IMessage
                {
                    [Field(1)] public float X { get; set; }
                }
            }
            """;

        [Fact]
        public void The_builder_writes_one_sorted_fact_per_line_for_every_field_shape()
        {
            Assert.Equal(
                new[]
                {
                    "assembly limits max-message-size=4096 max-depth=16 default-max-string-length=20 default-max-bytes-length=50 default-max-collection-length=50",
                    "assembly reserved-opcode 7",
                    "assembly reserved-opcode 8",
                    "message Game.Everything opcode=3 scope=inner kind=one-way authorization=roles(gm,server) max-depth=4 validate-hook",
                    "message Game.Everything field 1 Flag bool varint",
                    "message Game.Everything field 2 Small sint32(short) varint range=-5..5",
                    "message Game.Everything field 3 Tiny fixed32(byte) i32",
                    "message Game.Everything field 4 Big uint64 varint",
                    "message Game.Everything field 5 Ratio double i64 range=-1.5..2.0",
                    "message Game.Everything field 6 Level optional int32 varint",
                    "message Game.Everything field 7 Name string len max-length=20(default) required",
                    "message Game.Everything field 8 Blob bytes len max-length=9 sensitive",
                    "message Game.Everything field 9 Kinds repeated enum(Game.Kind) varint packed max-length=50(default) min-length=1",
                    "message Game.Everything field 10 ByName map(string,message(Game.Item)) len max-length=3",
                    "message Game.Everything field 13 Main message(Game.Item) len",
                    "message Game.Everything field 14 Raw bytes len max-length=50(default)",
                    "message Game.Everything field 15 Items repeated message(Game.Item) len max-length=50(default)",
                    "message Game.Everything field 16 Stamp sfixed64 i64",
                    "message Game.Everything field 17 Sort enum(Game.Kind) varint",
                    "message Game.Everything reserved 11",
                    "message Game.Everything reserved 12",
                    "message Game.Everything reserved-name Old",
                    "message Game.Everything reserved-name Older",
                    "message Game.Item opcode=4 scope=outer direction=both kind=one-way authorization=authenticated struct",
                    "message Game.Item field 1 X float i32",
                },
                ManifestScenario.LinesOf(EveryShape));
        }

        [Fact]
        public void What_the_writer_writes_the_reader_reads_back_unchanged()
        {
            List<string> lines = ManifestScenario.LinesOf(EveryShape, Snippets.Session, """
                using System.Threading;
                using System.Threading.Tasks;
                using EtProtocolGen;

                [Authorize(Roles = "admin")]
                public sealed class ItemHandler : IMessageHandler<Session, Game.Item>, IMessageHandler<ServerSession, Game.Everything>
                {
                    public ValueTask HandleAsync(Session session, Game.Item message, CancellationToken cancellationToken) => default;
                    public ValueTask HandleAsync(ServerSession session, Game.Everything message, CancellationToken cancellationToken) => default;
                }
                """);
            var set = new ManifestSet(ManifestFile.Parse("Protocol.Shipped.txt", ManifestScenario.File(lines)), ManifestFile.Empty("Protocol.Unshipped.txt"));

            Assert.Empty(set.Errors);
            Assert.Contains("handler ItemHandler message=Game.Everything scope=inner authorization=roles(admin)+roles(gm,server)", lines);
            Assert.Contains("handler ItemHandler message=Game.Item scope=outer authorization=roles(admin)", lines);
            Assert.Equal(lines, ManifestWriter.Write(set.Declared));
        }

        [Fact]
        public void Rate_and_concurrency_limits_dispatch_applies_are_written_on_message_and_handler_lines_and_read_back()
        {
            List<string> lines = ManifestScenario.LinesOf(Snippets.Session, """
                using System.Threading;
                using System.Threading.Tasks;
                using EtProtocolGen;

                [assembly: ProtocolLimits(AnonymousRequestPermits = 20)]

                [Message(1), AllowAnonymous, ResponseType(typeof(R_Login))]
                [RateLimit(30, 60, Per = RateLimitPartition.RemoteAddress), RateLimit(5, 60), MaxConcurrency(4)]
                public partial class Q_Login : IRequest { [Field(1)] public int RpcId { get; set; } }

                [Message(2), AllowAnonymous]
                public partial class R_Login : IResponse { [Field(1)] public int RpcId { get; set; } [Field(2)] public int Error { get; set; } [Field(3), MaxLength(8)] public string Message { get; set; } = ""; }

                [Message(3), AllowAnonymous, ResponseType(typeof(R_Login))]
                public partial class Q_Ping : IRequest { [Field(1)] public int RpcId { get; set; } }

                [Message(4), Authorize, RateLimit(0, 60)]
                public partial class M_Move : IMessage { [Field(1)] public int X { get; set; } }

                [RateLimit(2, 1, Per = RateLimitPartition.Account | RateLimitPartition.Global), MaxConcurrency(1, Per = RateLimitPartition.Connection)]
                public sealed class LoginHandler : IRequestHandler<Session, Q_Login, R_Login>
                {
                    public ValueTask<R_Login> HandleAsync(Session session, Q_Login request, CancellationToken cancellationToken) => new(new R_Login());
                }

                public sealed class PingHandler : IRequestHandler<Session, Q_Ping, R_Login>, IMessageHandler<Session, M_Move>
                {
                    public ValueTask<R_Login> HandleAsync(Session session, Q_Ping request, CancellationToken cancellationToken) => new(new R_Login());
                    public ValueTask HandleAsync(Session session, M_Move message, CancellationToken cancellationToken) => default;
                }
                """);

            // The login limits each connection and address itself, so the anonymous default does not apply to it; the ping
            // gets it, with the assembly's permits; a limit dispatch cannot enforce (ETP0110) is not recorded.
            Assert.Contains("message Q_Login opcode=1 scope=outer direction=both kind=request response=R_Login authorization=anonymous rate-limits=30/60s:remote-address,5/60s:connection max-concurrency=4:global", lines);
            Assert.Contains("message M_Move opcode=4 scope=outer direction=both kind=one-way authorization=authenticated", lines);
            Assert.Contains("handler LoginHandler message=Q_Login scope=outer authorization=anonymous rate-limits=2/1s:account+global max-concurrency=1:connection", lines);
            Assert.Contains("handler PingHandler message=Q_Ping scope=outer authorization=anonymous anonymous-rate-limit=20/10s:connection+remote-address", lines);
            Assert.Contains("handler PingHandler message=M_Move scope=outer authorization=authenticated", lines);

            var set = new ManifestSet(ManifestFile.Parse("Protocol.Shipped.txt", ManifestScenario.File(lines)), ManifestFile.Empty("Protocol.Unshipped.txt"));
            Assert.Empty(set.Errors);
            Assert.Equal(lines, ManifestWriter.Write(set.Declared));
        }

        [Fact]
        public void An_outer_message_s_direction_is_written_unless_it_is_client_to_server_and_read_back()
        {
            List<string> lines = ManifestScenario.LinesOf("""
                using EtProtocolGen;

                [Message(1), Authorize] public partial class C2M_Move : IMessage { }
                [Message(2), Authorize] public partial class M2C_Moved : IMessage { }
                [Message(3, Direction = MessageDirection.Both), Authorize] public partial class Ping : IMessage { }
                [Message(4), Authorize] public partial class Chat : IMessage { }
                [Message(5), Authorize] public partial class LoginResult : IResponse { public int RpcId { get; set; } public int Error { get; set; } public string Message { get; set; } = ""; }
                [Message(6, Scope = MessageScope.Inner), Authorize] public partial class G2M_Enter : IMessage { }
                """);

            Assert.Equal(
                new[]
                {
                    "message C2M_Move opcode=1 scope=outer kind=one-way authorization=authenticated",
                    "message Chat opcode=4 scope=outer direction=both kind=one-way authorization=authenticated",
                    "message G2M_Enter opcode=6 scope=inner kind=one-way authorization=authenticated",
                    "message LoginResult opcode=5 scope=outer direction=server-to-client kind=response authorization=authenticated",
                    "message M2C_Moved opcode=2 scope=outer direction=server-to-client kind=one-way authorization=authenticated",
                    "message Ping opcode=3 scope=outer direction=both kind=one-way authorization=authenticated",
                },
                lines.Where(line => line.StartsWith("message ", System.StringComparison.Ordinal)));

            var set = new ManifestSet(ManifestFile.Parse("Protocol.Shipped.txt", ManifestScenario.File(lines)), ManifestFile.Empty("Protocol.Unshipped.txt"));
            Assert.Empty(set.Errors);
            Assert.Equal(lines, ManifestWriter.Write(set.Declared));
            Assert.Equal(
                new[] { (true, "C2M_Move"), (true, "Chat"), (false, "G2M_Enter"), (false, "LoginResult"), (false, "M2C_Moved"), (true, "Ping") },
                set.Declared.Messages.Select(message => (message.IsSentByClients, message.Name)));
        }

        [Theory]
        [InlineData("message A opcode=1 scope=outer kind=one-way", "authorization")]
        [InlineData("message A opcode=70000 scope=outer kind=one-way authorization=denied", "opcode")]
        [InlineData("message A opcode=1 scope=sideways kind=one-way authorization=denied", "scope")]
        [InlineData("message A opcode=1 scope=outer kind=push authorization=denied", "kind")]
        [InlineData("message A opcode=1 scope=outer kind=one-way authorization=roles()", "authorization")]
        [InlineData("message A opcode=1 scope=outer kind=one-way authorization=denied shiny", "unexpected 'shiny'")]
        [InlineData("message A field 1 X int32 i32", "wire type of int32 is varint")]
        [InlineData("message A field 1 X string len", "max-length")]
        [InlineData("message A field 1 X int32 varint max-length=3", "does not apply")]
        [InlineData("message A field 1 X repeated int32 varint max-length=3", "packed")]
        [InlineData("message A field 1 X uint32(long) varint", "not a field type")]
        [InlineData("message A field 1 X map(double,int32) len max-length=1", "map")]
        [InlineData("message A field 1 X int32 varint range=5", "range")]
        [InlineData("handler H message=A scope=outer", "a line starts with")]
        [InlineData("assembly limits max-message-size=10", "expected max-message-size")]
        [InlineData("assembly reserved-opcode many", "expected 'assembly limits")]
        [InlineData("field 1 X int32 varint", "a line starts with")]
        [InlineData("message A opcode=1 scope=outer kind=one-way authorization=denied rate-limits=5/60s:planet", "rate-limits is")]
        [InlineData("message A opcode=1 scope=outer kind=one-way authorization=denied rate-limits=5/60:connection", "rate-limits is")]
        [InlineData("message A opcode=1 scope=outer kind=one-way authorization=denied rate-limits=5/60s:remote-address+connection", "rate-limits is")]
        [InlineData("handler H message=A scope=outer authorization=anonymous max-concurrency=0:global", "max-concurrency is")]
        [InlineData("handler H message=A scope=outer authorization=anonymous anonymous-rate-limit=10", "anonymous-rate-limit is")]
        [InlineData("handler H message=A scope=outer authorization=anonymous speed=3", "unexpected setting")]
        [InlineData("message A opcode=1 scope=outer direction=sideways kind=one-way authorization=denied", "direction is")]
        [InlineData("message A opcode=1 scope=inner direction=both kind=one-way authorization=denied", "on an outer message only")]
        public void A_line_the_reader_cannot_use_is_an_error_that_says_why(string line, string reason)
        {
            // A field line needs its message's header line to be read at all.
            string header = line.StartsWith("message A field", System.StringComparison.Ordinal) ? "message A opcode=1 scope=outer kind=one-way authorization=denied\n" : "";
            var set = new ManifestSet(ManifestFile.Parse("Protocol.Shipped.txt", header + line + "\n"), ManifestFile.Empty("Protocol.Unshipped.txt"));

            Assert.Contains(set.Errors, error => error.Line.Text == line && error.Reason.Contains(reason));
            Assert.DoesNotContain(set.Errors, error => error.Line.Text != line);
        }

        [Fact]
        public void Fields_sort_by_number_and_a_removed_line_sorts_before_its_replacement()
        {
            var lines = new List<string>
            {
                "message A field 10 Z int32 varint",
                "message A field 9 Y int32 varint range=1..2",
                "*REMOVED*message A field 9 Y int32 varint range=1..3",
                "handler H message=A scope=outer authorization=denied",
                "message A opcode=1 scope=outer kind=one-way authorization=denied",
                "assembly reserved-opcode 3",
            };

            lines.Sort(ManifestLine.Comparer);

            Assert.Equal(
                new[]
                {
                    "assembly reserved-opcode 3",
                    "message A opcode=1 scope=outer kind=one-way authorization=denied",
                    "*REMOVED*message A field 9 Y int32 varint range=1..3",
                    "message A field 9 Y int32 varint range=1..2",
                    "message A field 10 Z int32 varint",
                    "handler H message=A scope=outer authorization=denied",
                },
                lines);
        }

        [Fact]
        public void Unshipped_takes_shipped_lines_back_and_adds_its_own()
        {
            var set = new ManifestSet(
                ManifestFile.Parse("Protocol.Shipped.txt", "message A opcode=1 scope=outer kind=one-way authorization=denied\nmessage A field 1 X int32 varint\n"),
                ManifestFile.Parse("Protocol.Unshipped.txt", "# changes\n*REMOVED*message A field 1 X int32 varint\nmessage A field 1 X int64 varint\n"));

            Assert.Equal(ProtoType.Int32, set.Shipped.Messages[0].Fields[0].Value.Type);
            Assert.Equal(ProtoType.Int64, set.Declared.Messages[0].Fields[0].Value.Type);
            Assert.True(set.IsUpToDate("message A", new[] { "message A opcode=1 scope=outer kind=one-way authorization=denied", "message A field 1 X int64 varint" }));
        }

        [Fact]
        public void Taking_back_a_line_that_never_shipped_or_adding_one_that_did_leaves_the_entity_out_of_date()
        {
            const string Shipped = "message A opcode=1 scope=outer kind=one-way authorization=denied\n";
            string[] current = { "message A opcode=1 scope=outer kind=one-way authorization=denied" };

            var stale = new ManifestSet(ManifestFile.Parse("Protocol.Shipped.txt", Shipped), ManifestFile.Parse("Protocol.Unshipped.txt", "*REMOVED*message A field 1 X int32 varint\n"));
            var repeated = new ManifestSet(ManifestFile.Parse("Protocol.Shipped.txt", Shipped), ManifestFile.Parse("Protocol.Unshipped.txt", Shipped));

            Assert.False(stale.IsUpToDate("message A", current));
            Assert.False(repeated.IsUpToDate("message A", current));
            Assert.Empty(stale.UpdateUnshipped(new Dictionary<string, IReadOnlyList<string>> { ["message A"] = current }));
        }

        [Fact]
        public void A_removed_line_in_the_shipped_file_is_an_error()
        {
            var set = new ManifestSet(ManifestFile.Parse("Protocol.Shipped.txt", "*REMOVED*message A opcode=1 scope=outer kind=one-way authorization=denied\n"), ManifestFile.Empty("Protocol.Unshipped.txt"));

            Assert.Contains("belong in Protocol.Unshipped.txt", Assert.Single(set.Errors).Reason);
        }
    }
}
