using System.Threading.Tasks;
using EtProtocolGen.Analyzers.Tests.Infrastructure;
using Xunit;
using Verifier = EtProtocolGen.Analyzers.Tests.Infrastructure.Verify<EtProtocolGen.Analyzers.UnsafeDeserializationAnalyzer>;

namespace EtProtocolGen.Analyzers.Tests
{
    public class UnsafeDeserializationAnalyzerTests
    {
        /// <summary>The part of Newtonsoft.Json's API the rule knows, declared here so the test needs no package.</summary>
        private const string Newtonsoft = """
            namespace Newtonsoft.Json
            {
                public enum TypeNameHandling { None = 0, Objects = 1, Arrays = 2, All = 3, Auto = 4 }

                public class JsonSerializerSettings
                {
                    public TypeNameHandling TypeNameHandling { get; set; }
                }
            }
            """;

        [Fact]
        public Task BinaryFormatter_in_a_handler_is_reported_at_creation_and_at_Deserialize() =>
            Verifier.DiagnosticsAsync(
                """
                using System.IO;
                using System.Runtime.Serialization.Formatters.Binary;
                using System.Threading;
                using System.Threading.Tasks;
                using EtProtocolGen;

                [Message(1)]
                public partial class C2M_Upload : IMessage
                {
                    [Field(1)] public byte[] Blob { get; set; } = new byte[0];
                }

                public sealed class UploadHandler : IMessageHandler<Session, C2M_Upload>
                {
                    public ValueTask HandleAsync(Session session, C2M_Upload message, CancellationToken cancellationToken)
                    {
                        var formatter = {|ETP0107:new BinaryFormatter()|};
                        object state = {|ETP0107:formatter.Deserialize(new MemoryStream(message.Blob))|};
                        return default;
                    }
                }
                """,
                Snippets.Session);

        [Fact]
        public Task Reinterpreting_message_bytes_with_MemoryMarshal_or_Unsafe_is_reported() =>
            Verifier.DiagnosticsAsync(
                """
                using System;
                using System.Runtime.CompilerServices;
                using System.Runtime.InteropServices;
                using EtProtocolGen;

                public struct Header { public int Length; public int Opcode; }

                [Message(1)]
                public partial class C2M_Raw : IMessage
                {
                    [Field(1)] public byte[] Data { get; set; } = new byte[0];

                    public Header ReadHeader() => {|ETP0107:MemoryMarshal.Read<Header>(Data)|};

                    public ReadOnlySpan<Header> Headers => {|ETP0107:MemoryMarshal.Cast<byte, Header>(Data)|};

                    public ref Header First => ref {|ETP0107:Unsafe.As<byte, Header>(ref Data[0])|};
                }
                """);

        [Fact]
        public Task TypeNameHandling_other_than_None_in_protocol_code_is_reported() =>
            Verifier.DiagnosticsAsync(
                """
                using Newtonsoft.Json;
                using EtProtocolGen;

                [Message(1)]
                public partial class C2M_Json : IMessage
                {
                    [Field(1)] public string Json { get; set; } = "";

                    private static readonly JsonSerializerSettings Settings = new() { TypeNameHandling = {|ETP0107:TypeNameHandling.Auto|} };

                    private static readonly JsonSerializerSettings Cast = new() { TypeNameHandling = {|ETP0107:(TypeNameHandling)3|} };

                    private static readonly JsonSerializerSettings Safe = new() { TypeNameHandling = TypeNameHandling.None };
                }
                """,
                Newtonsoft);

        [Fact]
        public Task The_same_code_outside_messages_and_handlers_and_safe_uses_are_not_reported() =>
            Verifier.DiagnosticsAsync(
                """
                using System;
                using System.IO;
                using System.Runtime.InteropServices;
                using System.Runtime.Serialization.Formatters.Binary;
                using Newtonsoft.Json;
                using EtProtocolGen;

                public static class SaveGames
                {
                    public static object Load(Stream file) => new BinaryFormatter().Deserialize(file);

                    public static JsonSerializerSettings Settings => new() { TypeNameHandling = TypeNameHandling.All };
                }

                [Message(1)]
                public partial class C2M_Positions : IMessage
                {
                    [Field(1)] public int[] Values { get; set; } = new int[0];

                    public ReadOnlySpan<byte> AsBytes => MemoryMarshal.AsBytes(Values.AsSpan());

                    public ReadOnlySpan<long> Widened => MemoryMarshal.Cast<int, long>(Values);
                }
                """,
                Newtonsoft);
    }
}
