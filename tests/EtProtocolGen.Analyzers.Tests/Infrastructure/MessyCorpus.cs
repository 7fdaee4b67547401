using System.Collections.Generic;
using System.Text;

namespace EtProtocolGen.Analyzers.Tests.Infrastructure
{
    /// <summary>
    /// A project's worth of code that is wrong in every way an editor sees while someone types:
    /// syntax errors, missing types, attributes with arguments of the wrong type, partial types split
    /// across files, generics, records, record structs, nested types, file-scoped namespaces, open
    /// generic handlers, cycles, and hundreds of generated messages. It also holds at least one
    /// instance of every diagnostic, so the analyzers are known to have run over it.
    /// </summary>
    internal static partial class MessyCorpus
    {
        /// <summary>How many messages <see cref="GeneratedMessages"/> and <see cref="HandWrittenMessages"/> each hold.</summary>
        public const int MessageCount = 250;

        public static IEnumerable<(string Path, string Source)> Files()
        {
            yield return ("Session.cs", Snippets.Session);
            yield return ("Broken.cs", Broken);
            yield return ("MissingTypes.cs", MissingTypes);
            yield return ("WrongArguments.cs", WrongArguments);
            yield return ("PartialPart1.cs", PartialPart1);
            yield return ("PartialPart2.cs", PartialPart2);
            yield return ("Generics.cs", Generics);
            yield return ("Records.cs", Records);
            yield return ("FileScoped.cs", FileScoped);
            yield return ("Handlers.cs", Handlers);
            yield return ("Unsafe.cs", Unsafe);
            yield return ("HalfTyped.cs", HalfTyped);
            yield return ("Limits.cs", Limits);
            yield return ("Surrogates.cs", Surrogates);
            yield return ("Generated.g.cs", GeneratedMessages());
            yield return ("HandWritten.cs", HandWrittenMessages());
            yield return ("Review.cs", Review);
            yield return ("Directions.cs", Directions);
        }

        private const string Broken = """
            using System.Collections.Generic;
            using EtProtocolGen;

            [Message(1)]
            public class C2M_Broken : IMessage
            {
                [Field(1)] public string Name { get; set } =
                [Field(2)] public List<int Items { get; set; }
                [Field(3)] public int
                public void Handle( { if (x > ) }

            [Message(]
            public partial class C2M_NoOpcode : IMessage { [Field(] public string Password; }

            [Message(3)
            public partial struct C2M_Unclosed : IResponse { public int RpcId { get; set; } public string Message { get => ; set; }
            """;

        private const string MissingTypes = """
            using System.Threading;
            using System.Threading.Tasks;
            using EtProtocolGen;

            [Message(10), ResponseType(typeof(DoesNotExist))]
            public partial class C2M_Missing : IRequest, IMissingInterface
            {
                [Field(1)] public int RpcId { get; set; }
                [Field(2)] public MissingType Thing { get; set; }
                [Field(3)] public List<MissingElement> Things { get; set; }
                [Field(4)] public Dictionary<int, MissingValue> Map { get; set; }
                [UnknownAttribute, Field(5)] public string Token { get; set; }
            }

            public sealed class MissingHandler : IMessageHandler<MissingSession, MissingMessage>, IRequestHandler<Session, C2M_Missing, MissingResponse>
            {
                public ValueTask HandleAsync(MissingSession session, MissingMessage message, CancellationToken cancellationToken) => default;
                public ValueTask<MissingResponse> HandleAsync(Session session, C2M_Missing request, CancellationToken cancellationToken)
                {
                    try { return default; }
                    catch (MissingException ex) { var r = new MissingResponse(); r.Message = ex.Message; return new(r); }
                }
            }
            """;

        private const string Limits = """
            using System.Threading;
            using System.Threading.Tasks;
            using EtProtocolGen;

            [assembly: ProtocolLimits(AnonymousRequestPermits = -1, AnonymousRequestPer = (RateLimitPartition)64, AnonymousRequestPerSeconds = "x")]

            [Message(80), AllowAnonymous, ResponseType(typeof(G2C_Login))]
            [RateLimit("many", 1), RateLimit(5), RateLimit(0, 86401, Per = (RateLimitPartition)64), RateLimit(1, 1, Per = RateLimitPartition.Account)]
            [MaxConcurrency, MaxConcurrency(0)]
            public partial class C2G_Register : IRequest { [Field(1)] public int RpcId { get; set; } }

            [RateLimit(1, 1), MaxConcurrency(2, Per = 3)]
            public sealed class NotAHandler { }

            [RateLimit(1, 1, Per = RateLimitPartition.Global)]
            public sealed class RegisterHandler<T> : IRequestHandler<Session, C2G_Register, G2C_Login>
            {
                public ValueTask<G2C_Login> HandleAsync(Session session, C2G_Register request, CancellationToken cancellationToken) => default;
            }
            """;

        private const string WrongArguments = """
            using EtProtocolGen;

            [assembly: ProtocolLimits(MaxDepth = "deep", DefaultMaxLength = "long", DefaultMaxStringLength = null)]

            [Message("abc")]
            public partial class C2M_StringOpcode : IMessage { [Field("one")] public string Text { get; set; } = ""; }

            [Message(70000, Scope = (MessageScope)5, MaxDepth = "x")]
            public partial class C2M_HugeOpcode : IMessage { [Field(1), MaxLength("long")] public string Text { get; set; } = ""; }

            [Message(1, 2, 3)]
            public partial class C2M_TooMany : IMessage { [Field] public string Text { get; set; } = ""; [Field(1, 2)] public int X; }

            [Message]
            public partial class C2M_NoArguments : IMessage { [Field(-5)] public int Negative; [Field(19500)] public int Reserved; }

            [Message(20), ResponseType(42)]
            public partial class C2M_BadResponseType : IRequest { [Field(1)] public int RpcId { get; set; } }

            [Message(21), ResponseType(typeof(int))]
            public partial class C2M_IntResponse : IRequest { [Field(1)] public int RpcId { get; set; } }

            [Message(22)] public partial interface IMessageInterface { }
            [Message(23)] public enum MessageEnum { A }
            [Message(24)] public delegate void MessageDelegate();

            [Message(25), Authorize(Roles = 7)]
            public partial class C2M_Roles : IMessage
            {
                [Field(1)] public int this[int index] { get => 0; set { } }
                [Field(2)] public static string StaticField = "";
                [Field(3)] public const string ConstField = "";
                [Field(4)] public event System.Action? Changed;
                [Field(5)] public string ReadOnlyProperty => "";
                [Field(6)] public int[,] Grid { get; set; }
                [Field(7)] public System.ReadOnlyMemory<byte> SecretKey { get; set; }
                [Field(8), Range("a", 1), MinLength] public string Unbound { get; set; } = "";
                [Field(9), Range(1, 10), MaxLength(0), MinLength(-3)] public string Misplaced { get; set; } = "";
                [Field(10), Range(double.NaN, 1), MaxLength(4)] public int[,] Broken { get; set; }
            }
            """;

        /// <summary>What the generators met while someone typed: half-typed attributes and type arguments, colliding members, newer C# modifiers.</summary>
        private const string HalfTyped = """
            using System.Threading;
            using System.Threading.Tasks;
            using EtProtocolGen;

            namespace Game.HalfTyped
            {
                [Message(90), ResponseType(typeof())]
                public partial class C2G_Typing : IRequest { [Field(1)] public int RpcId { get; set; } }

                [Message(91), Authorize]
                public partial class A2M_Forward : IMessage { [Field(1)] public ushort Opcode { get; set; } [Field(2)] public int Parse; }

                [Message(92)]
                public partial class C2M_TwoParts : IMessage { [Field(1)] public int A { get; set; } }

                [Message(93)]
                public partial class C2M_TwoParts { [Field(2)] public required int B { get; set; } }

                [Message(94)]
                file partial class C2M_FileLocal : IMessage { }

                public partial class Holder { [Message(95)] private partial class C2M_Private : IMessage { } }

                public abstract class RequestObject : IRequest { [Field(1)] public int RpcId { get; set; } }

                [Message(96), ResponseType(typeof(C2G_Typing))]
                public partial class C2G_Inherits : RequestObject { }

                public sealed class TypingHandler : IMessageHandler<, C2M_TwoParts>, IRequestHandler<Sessio, C2G_Typing, >
                {
                    public ValueTask HandleAsync(Session session, C2M_TwoParts message, CancellationToken cancellationToken) => default;
                }
            }
            """;

        private const string PartialPart1 = """
            using System.Collections.Generic;
            using EtProtocolGen;

            namespace Game.Split
            {
                [Message(30)]
                public partial class C2M_Split : IMessage
                {
                    [Field(1)] public string Password { get; set; } = "";
                    [Field(2)] public C2M_Split? Self { get; set; }
                }

                public partial class Outer
                {
                    public class Middle
                    {
                        [Message(31)]
                        public partial class C2M_Deep : IMessage { [Field(1)] public List<C2M_Split> Items { get; set; } = new(); }
                    }
                }
            }
            """;

        private const string PartialPart2 = """
            using EtProtocolGen;

            namespace Game.Split
            {
                public class C2M_Split
                {
                    [Field(1)] public int DuplicateNumber { get; set; }
                    [Field(3)] public M2M_Inner Inner { get; set; } = new();
                    partial void OnValidate(ref ValidationResult result) { }
                }

                [Message(32, Scope = MessageScope.Inner)]
                public partial class M2M_Inner : IMessage { [Field(1)] public C2M_Split Back { get; set; } = new(); }
            }
            """;

        private const string Generics = """
            using System.Collections.Generic;
            using System.Threading;
            using System.Threading.Tasks;
            using EtProtocolGen;

            [Message(40)]
            public partial class Box<T> : IMessage
            {
                [Field(1)] public T Value { get; set; } = default!;
                [Field(2)] public List<T> Items { get; set; } = new();
                [Field(3)] public Box<Box<T>>? Nested { get; set; }
                [Field(4)] public Dictionary<T, Box<T>> Map { get; set; } = new();
            }

            [Message(41)]
            public partial class C2M_UsesBox : IMessage { [Field(1)] public Box<int> Ints { get; set; } = new(); [Field(2)] public Box<string>[] Strings { get; set; } = new Box<string>[0]; }

            public partial class Container<TOuter>
            {
                [Message(42)]
                public partial struct Inside : IMessage { [Field(1)] public TOuter Value { get; set; } }
            }

            [Message(43)]
            public partial class Node<T> : IMessage where T : IMessage { [Field(1)] public List<Node<T>> Children { get; set; } = new(); }

            public sealed class BoxHandler : IMessageHandler<Session, Box<int>>, IMessageHandler<Session, Box<string>>
            {
                public ValueTask HandleAsync(Session session, Box<int> message, CancellationToken cancellationToken) => default;
                public ValueTask HandleAsync(Session session, Box<string> message, CancellationToken cancellationToken) => default;
            }
            """;

        private const string Records = """
            using System;
            using EtProtocolGen;

            [Message(50), AllowAnonymous]
            public partial record C2M_Record(string Name) : IMessage
            {
                [Field(1)] public string Ticket { get; set; } = "";
                [Field(2)] public string Name { get; init; } = Name;
            }

            [Message(51)]
            public partial record struct C2M_RecordStruct(int X, int Y) : IMessage
            {
                [Field(1)] public int X { get; set; } = X;
                [Field(2)] public string Comment { get; set; } = "";
            }

            [Message(52)]
            public readonly partial record struct C2M_ReadonlyRecordStruct : IMessage { [Field(1)] public string ApiKey { get; init; } }

            [Message(53)]
            public partial record G2C_RecordResponse : IResponse
            {
                [Field(1)] public int RpcId { get; set; }
                [Field(2)] public int Error { get; set; }
                [Field(3)] public string Message { get; set; } = "";

                public static G2C_RecordResponse From(Exception e) => new G2C_RecordResponse { Message = $"{e}" } with { Message = e.StackTrace! };
            }

            [Message(54), ResponseType(typeof(G2C_RecordResponse))]
            public partial record C2G_RecordRequest : IRequest { [Field(1)] public int RpcId { get; set; } }
            """;

        private const string FileScoped = """
            namespace Game.FileScoped;

            using System.Collections.Generic;
            using EtProtocolGen;

            [Message(2)]
            public partial class C2M_FileScoped : IMessage
            {
                [Field(1)] public string Text { get; set; } = "";
                [Field(2)] public List<C2M_FileScoped.Nested> Children { get; set; } = new();

                [Message(60)]
                public partial class Nested : IMessage { [Field(1)] public C2M_FileScoped? Parent { get; set; } }
            }

            [Message(2)]
            public partial class C2M_SameOpcode : IMessage { }
            """;

        private const string Handlers = """
            using System;
            using System.Threading;
            using System.Threading.Tasks;
            using EtProtocolGen;

            [Message(70)]
            public partial class C2G_Login : IRequest { [Field(1)] public int RpcId { get; set; } [Field(2)] public string Account { get; set; } = ""; }

            [Message(71)]
            public partial class G2C_Login : IResponse
            {
                [Field(1)] public int RpcId { get; set; }
                [Field(2)] public int Error { get; set; }
                [Field(3)] public string Message { get; set; } = "";
            }

            [Message(72), ResponseType(typeof(C2G_Login))]
            public partial class C2G_Other : IRequest { [Field(1)] public int RpcId { get; set; } }

            public class GenericHandler<TMessage> : IMessageHandler<Session, TMessage> where TMessage : IMessage
            {
                public ValueTask HandleAsync(Session session, TMessage message, CancellationToken cancellationToken) => default;
            }

            public class GenericSessionHandler<TSession> : IRequestHandler<TSession, C2G_Login, G2C_Login> where TSession : IProtocolSession
            {
                public ValueTask<G2C_Login> HandleAsync(TSession session, C2G_Login request, CancellationToken cancellationToken)
                {
                    try { throw new InvalidOperationException(); }
                    catch (Exception ex) { return new(new G2C_Login { RpcId = request.RpcId, Message = ex.Message }); }
                }
            }

            public abstract class AbstractHandler : IRequestHandler<Session, C2G_Other, G2C_Login>
            {
                public abstract ValueTask<G2C_Login> HandleAsync(Session session, C2G_Other request, CancellationToken cancellationToken);
            }

            public struct StructHandler : IMessageHandler<Session, M2M_Inner2>, IMessageHandler<Session, C2G_Login>
            {
                public ValueTask HandleAsync(Session session, M2M_Inner2 message, CancellationToken cancellationToken) => default;
                public ValueTask HandleAsync(Session session, C2G_Login message, CancellationToken cancellationToken) => default;
            }

            [Message(73, Scope = MessageScope.Inner)]
            public partial class M2M_Inner2 : IMessage { }

            public interface IHandlerAlias : IMessageHandler<Session, C2G_Login> { }

            public class Outer<T>
            {
                public class NestedHandler : IMessageHandler<Session, C2G_Login>
                {
                    public ValueTask HandleAsync(Session session, C2G_Login message, CancellationToken cancellationToken)
                    {
                        Func<Exception, string> describe = e => e.ToString();
                        var response = new G2C_Login();
                        response.Message = describe(new Exception());
                        response.Message = ((Func<Exception, string>)(e => e.Message))(new Exception());
                        return default;
                    }
                }
            }
            """;

        private const string Unsafe = """
            using System;
            using System.IO;
            using System.Runtime.CompilerServices;
            using System.Runtime.InteropServices;
            using System.Runtime.Serialization;
            using System.Runtime.Serialization.Formatters.Binary;
            using EtProtocolGen;

            [Message(80)]
            public partial class C2M_Raw : IMessage
            {
                [Field(1)] public byte[] Data { get; set; } = new byte[0];

                public object Decode(IFormatter formatter) => formatter.Deserialize(new MemoryStream(Data));

                public int First => MemoryMarshal.Read<int>(Data);

                public object Lazy => new Lazy<object>(() => new BinaryFormatter().Deserialize(new MemoryStream(Data))).Value;

                public T Generic<T>() where T : unmanaged => MemoryMarshal.Read<T>(Data);

                public ref int Reinterpret => ref Unsafe.As<byte, int>(ref Data[0]);

                private void Local()
                {
                    static int Inner(ReadOnlySpan<byte> b) => MemoryMarshal.Cast<byte, int>(b)[0];
                    _ = Inner(Data);
                    _ = MemoryMarshal.Cast<byte, >(Data);
                    _ = Unknown.Deserialize(Data);
                }
            }
            """;

        /// <summary>Messages as a .proto compiler would emit them, in a generated file: all skipped by the analyzers.</summary>
        public static string GeneratedMessages()
        {
            var source = new StringBuilder("// <auto-generated/>\nusing System.Collections.Generic;\nusing EtProtocolGen;\n\nnamespace Game.Generated\n{\n");
            for (int i = 0; i < MessageCount; i++)
            {
                int next = (i + 1) % MessageCount;
                source.Append($$"""
                        [Message({{1000 + i}})]
                        public partial class G_Message{{i}} : IMessage
                        {
                            [Field(1)] public string Password{{i}} { get; set; } = "";
                            [Field(2)] public List<G_Message{{next}}> Next { get; set; } = new();
                            [Field(3)] public Dictionary<int, byte[]> Blobs { get; set; } = new();
                        }

                    """);
            }

            return source.Append("}\n").ToString();
        }

        /// <summary>
        /// Hand-written messages in a ring (each carries the next, the last the first), with every field
        /// shape, duplicate opcodes and handlers: one cycle through all of them, and plenty to report.
        /// </summary>
        public static string HandWrittenMessages()
        {
            var source = new StringBuilder("using System;\nusing System.Collections.Generic;\nusing System.Threading;\nusing System.Threading.Tasks;\nusing EtProtocolGen;\n\nnamespace Game.Ring\n{\n");
            for (int i = 0; i < MessageCount; i++)
            {
                int next = (i + 1) % MessageCount;
                string scope = i % 10 == 9 ? "MessageScope.Inner" : "MessageScope.Outer";
                string auth = i % 3 == 0 ? ", Authorize" : i % 3 == 1 ? ", AllowAnonymous" : "";
                source.Append($$"""
                        [Message({{5000 + (i % 200)}}, Scope = {{scope}}){{auth}}]
                        public partial class R_Message{{i}} : IMessage
                        {
                            [Field(1)] public string Name { get; set; } = "";
                            [Field(2)] public R_Message{{next}}? Next { get; set; }
                            [Field(3)] public int[] Values { get; set; } = new int[0];
                            [Field(4), MaxLength(16)] public Dictionary<long, R_Message{{(i * 7) % MessageCount}}> Links { get; set; } = new();
                            [Field(5)] public ReadOnlyMemory<byte> SessionKey { get; set; }
                            [Field(6), Range(0, 10)] public int? Level { get; set; }
                        }

                        public sealed class R_Handler{{i}} : IMessageHandler<Session, R_Message{{i}}>
                        {
                            public ValueTask HandleAsync(Session session, R_Message{{i}} message, CancellationToken cancellationToken) => default;
                        }

                    """);
            }

            return source.Append("}\n").ToString();
        }
    }
}
