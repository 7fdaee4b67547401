using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace EtProtocolGen.Analyzers.Tests.Infrastructure
{
    /// <summary>
    /// One small piece of code per diagnostic ID that the analyzers must flag, with the expected
    /// diagnostics marked as <c>{|ETPxxxx:...|}</c>. Each compiles next to <see cref="Snippets.Session"/>.
    /// </summary>
    internal static partial class InsecureSamples
    {
        public static readonly IReadOnlyDictionary<string, string> ById = new Dictionary<string, string>
        {
            ["ETP0001"] = """
                using EtProtocolGen;

                [Message(1), AllowAnonymous]
                public class {|ETP0001:C2M_Ping|} : IMessage { }
                """,
            ["ETP0002"] = """
                using EtProtocolGen;

                [Message({|ETP0002:7|}), Authorize]
                public partial class C2M_Ping : IMessage { }

                [Message({|ETP0002:7|}), Authorize]
                public partial class C2M_Pong : IMessage { }
                """,
            ["ETP0003"] = """
                using EtProtocolGen;

                [Message(1), Authorize]
                public partial class C2M_Move : IMessage
                {
                    [Field({|ETP0003:1|})] public int X { get; set; }
                    [Field({|ETP0003:1|})] public int Y { get; set; }
                }
                """,
            ["ETP0004"] = """
                using EtProtocolGen;

                [Message(1), Authorize]
                public partial class C2M_Bag : IMessage
                {
                    [Field(1)] public object {|ETP0004:Anything|} { get; set; } = new object();
                }
                """,
            ["ETP0005"] = """
                using EtProtocolGen;

                [Message(1), AllowAnonymous]
                public partial class {|ETP0005:C2G_Login|} : IRequest
                {
                    [Field(1)] public int RpcId { get; set; }
                }
                """,
            ["ETP0006"] = """
                using EtProtocolGen;

                [Message(1), Authorize]
                public partial class {|ETP0006:C2M_Move|} : IMessage
                {
                    public C2M_Move(int x) { X = x; }

                    [Field(1)] public int X { get; set; }
                }
                """,
            ["ETP0007"] = """
                using EtProtocolGen;

                [Message(1), Authorize]
                public partial class A2M_Forward : IMessage
                {
                    [Field(1)] public ushort {|ETP0007:Opcode|} { get; set; }
                }
                """,
            ["ETP0008"] = """
                using EtProtocolGen;

                public abstract class MessageObject
                {
                    [Field(1)] public long {|ETP0008:ActorId|} { get; set; }
                }

                [Message(1), Authorize]
                public partial class C2M_Move : MessageObject, IMessage
                {
                    [Field(2)] public int X { get; set; }
                }
                """,
            ["ETP0009"] = """
                using EtProtocolGen;

                [Message(1), Authorize, ResponseType(typeof(G2C_Ping))]
                public partial class C2G_Ping : IRequest
                {
                    public int {|ETP0009:RpcId|} { get; set; }
                }

                [Message(2), Authorize]
                public partial class G2C_Ping : IResponse
                {
                    [Field(1)] public int RpcId { get; set; }
                    [Field(2)] public int Error { get; set; }
                    [Field(3), MaxLength(64)] public string Message { get; set; } = "";
                }
                """,
            ["ETP0016"] = """
                using EtProtocolGen;

                [Message(1), Authorize]
                public partial class C2M_Rename : IMessage
                {
                    [Field(1), {|ETP0016:Range(1, 10)|}, MaxLength(64)] public string Name { get; set; } = "";
                }
                """,
            ["ETP0017"] = """
                using EtProtocolGen;

                [Message(1), Authorize]
                public partial class C2M_Rename : IMessage
                {
                    [Field(1), {|ETP0017:MaxLength(0)|}] public string Name { get; set; } = "";
                }
                """,
            ["ETP0101"] = """
                using EtProtocolGen;

                [Message(1), Authorize]
                public partial class C2M_Chat : IMessage
                {
                    [Field(1)] public string {|ETP0101:Text|} { get; set; } = "";
                }
                """,
            ["ETP0102"] = """
                using EtProtocolGen;

                [Message(1)]
                public partial class {|ETP0102:C2M_Move|} : IMessage
                {
                    [Field(1), Range(0, 100)] public int X { get; set; }
                }
                """,
            ["ETP0103"] = """
                using System.Threading;
                using System.Threading.Tasks;
                using EtProtocolGen;

                [Message(1), Authorize]
                public partial class C2M_Move : IMessage
                {
                    [Field(1)] public int X { get; set; }
                }

                public sealed class {|ETP0103:MoveHandler|} : IMessageHandler<Session, C2M_Move>
                {
                    public ValueTask HandleAsync(Session session, C2M_Move message, CancellationToken cancellationToken) => default;
                }
                """,
            ["ETP0104"] = """
                using EtProtocolGen;

                [Message(1), Authorize]
                public partial class C2M_Forward : IMessage
                {
                    [Field(1)] public M2M_Transfer {|ETP0104:Transfer|} { get; set; } = new();
                }

                [Message(2, Scope = MessageScope.Inner)]
                public partial class M2M_Transfer : IMessage { }
                """,
            ["ETP0105"] = """
                using EtProtocolGen;

                [Message(1), AllowAnonymous]
                public partial class C2G_Login : IMessage
                {
                    [Field(1), MaxLength(64)] public string {|ETP0105:Password|} { get; set; } = "";
                }
                """,
            ["ETP0106"] = """
                using System.Collections.Generic;
                using EtProtocolGen;

                [Message(1), Authorize]
                public partial class {|ETP0106:TreeNode|} : IMessage
                {
                    [Field(1), MaxLength(8)] public List<TreeNode> Children { get; set; } = new();
                }
                """,
            ["ETP0107"] = """
                using System.Runtime.InteropServices;
                using EtProtocolGen;

                public struct Header { public int Length; }

                [Message(1), Authorize]
                public partial class C2M_Raw : IMessage
                {
                    [Field(1), MaxLength(64)] public byte[] Data { get; set; } = new byte[0];

                    public Header ReadHeader() => {|ETP0107:MemoryMarshal.Read<Header>(Data)|};
                }
                """,
            ["ETP0108"] = """
                using System;
                using EtProtocolGen;

                [Message(2), Authorize]
                public partial class M2C_Buy : IResponse
                {
                    [Field(1)] public int RpcId { get; set; }
                    [Field(2)] public int Error { get; set; }
                    [Field(3), MaxLength(128)] public string Message { get; set; } = "";
                }

                public static class Shop
                {
                    public static void Fail(Exception ex, M2C_Buy response) => response.Message = {|ETP0108:ex.Message|};
                }
                """,
            ["ETP0109"] = """
                using EtProtocolGen;

                [Message(1), AllowAnonymous, ResponseType(typeof(R2C_Login))]
                public partial class {|ETP0109:C2R_Login|} : IRequest
                {
                    [Field(1)] public int RpcId { get; set; }
                }

                [Message(2), Authorize]
                public partial class R2C_Login : IResponse
                {
                    [Field(1)] public int RpcId { get; set; }
                    [Field(2)] public int Error { get; set; }
                    [Field(3), MaxLength(64)] public string Message { get; set; } = "";
                }
                """,
            ["ETP0110"] = """
                using EtProtocolGen;

                [Message(1), Authorize, {|ETP0110:RateLimit(0, 60)|}]
                public partial class C2M_Chat : IMessage
                {
                    [Field(1), MaxLength(64)] public string Text { get; set; } = "";
                }
                """,
            ["ETP0111"] = """
                using EtProtocolGen;

                [Message(1)]
                public partial class M2C_Notice : IMessage
                {
                    [Field(1)] public string {|ETP0111:Text|} { get; set; } = "";
                }
                """,
            ["ETP0112"] = """
                using EtProtocolGen;

                [Message(1, {|ETP0112:Direction = MessageDirection.ServerToClient|})]
                public partial class C2M_Move : IMessage { }
                """,
            ["ETP0201"] = MoveSample("ETP0201", MovePart.Type),
            ["ETP0202"] = MoveSample("ETP0202", MovePart.None),
            ["ETP0203"] = """
                using EtProtocolGen;

                [Message(10001), Authorize, Reserved(2)]
                public partial class C2M_Move : IMessage
                {
                    [Field(1), Range(0, 100)] public int X { get; set; }
                    [Field({|ETP0203:2|})] public int Y { get; set; }
                }
                """,
            ["ETP0204"] = """
                using EtProtocolGen;

                [assembly: ReservedOpcodes(10001)]

                [Message({|ETP0204:10001|}), Authorize]
                public partial class C2M_Move : IMessage { }
                """,
            ["ETP0210"] = MoveSample("ETP0210", MovePart.Opcode),
            ["ETP0211"] = MoveSample("ETP0211", MovePart.Opcode),
            ["ETP0212"] = MoveSample("ETP0212", MovePart.None),
            ["ETP0213"] = MoveSample("ETP0213", MovePart.Type),
            ["ETP0214"] = MoveSample("ETP0214", MovePart.Field),
            ["ETP0215"] = MoveSample("ETP0215", MovePart.Field),
            ["ETP0216"] = MoveSample("ETP0216", MovePart.Field),
            ["ETP0217"] = MoveSample("ETP0217", MovePart.Type),
            ["ETP0218"] = MoveSample("ETP0218", MovePart.Type),
            ["ETP0219"] = MoveSample("ETP0219", MovePart.Type),
            ["ETP0220"] = MoveSample("ETP0220", MovePart.Type),
            ["ETP0221"] = """
                using EtProtocolGen;

                [Message(10001), Authorize]
                public partial class C2M_Move : IMessage
                {
                    [Field(1), MaxLength(16)] public string {|ETP0221:Note|} { get; set; } = "";
                }
                """,
            ["ETP0222"] = """
                using EtProtocolGen;

                [Message(10001), Authorize]
                public partial class C2M_Move : IMessage
                {
                    [Field(1), MaxLength(16)] public string {|ETP0222:Note|} { get; set; } = "";
                }
                """,
            ["ETP0223"] = MoveSample("ETP0223", MovePart.Field),
            ["ETP0224"] = """
                using EtProtocolGen;

                [Message(10001), Authorize, RateLimit(50, 10)]
                public partial class {|ETP0224:C2M_Move|} : IMessage
                {
                    [Field(1), Range(0, 100)] public int X { get; set; }
                }
                """,
            ["ETP0301"] = ProtoSampleCode,
            ["ETP0302"] = ProtoSampleCode,
            ["ETP0303"] = ProtoSampleCode,
            ["ETP0304"] = ProtoSampleCode,
            ["ETP0305"] = ProtoSampleCode,
            ["ETP0306"] = ProtoSampleCode,
            ["ETP0307"] = ProtoSampleCode,
            ["ETP0308"] = ProtoSampleCode,
            ["ETP0309"] = ProtoSampleCode,
            ["ETP0310"] = ProtoSampleCode,
            ["ETP0311"] = ProtoSampleCode,
            ["ETP0312"] = """
                using EtProtocolGen;

                [assembly: {|ETP0312:WireSurrogate(typeof(Game.Vec2), typeof(Game.Vec2Wire))|}]

                namespace Game
                {
                    public struct Vec2 { public float X; public float Y; }

                    [Message]
                    public partial struct Vec2Wire
                    {
                        [Field(1)] public float X { get; set; }
                        [Field(2)] public float Y { get; set; }
                    }
                }
                """,
        };

        /// <summary>Where <see cref="MoveSample"/> marks its diagnostic.</summary>
        private enum MovePart
        {
            /// <summary>Nowhere in the code: the diagnostic is on a line of the manifest.</summary>
            None,
            Opcode,
            Type,
            Field,
        }

        /// <summary>
        /// The one-field <c>C2M_Move</c> most ETP02xx samples compile against their Protocol.Shipped.txt (InsecureSamples.Manifest.cs),
        /// with <paramref name="id"/> marked on <paramref name="marked"/>.
        /// </summary>
        private static string MoveSample(string id, MovePart marked)
        {
            string Mark(MovePart part, string text) => part == marked ? "{|" + id + ":" + text + "|}" : text;

            return """
                using EtProtocolGen;

                [Message(OPCODE), Authorize]
                public partial class TYPE : IMessage
                {
                    [Field(1), Range(0, 100)] public int FIELD { get; set; }
                }
                """.Replace("OPCODE", Mark(MovePart.Opcode, "10001")).Replace("TYPE", Mark(MovePart.Type, "C2M_Move")).Replace("FIELD", Mark(MovePart.Field, "X"));
        }

        /// <summary>The sample without its diagnostic markup.</summary>
        public static string WithoutMarkup(string source) => Regex.Replace(source, @"\{\|ETP\d{4}:(.*?)\|\}", "$1");
    }
}
