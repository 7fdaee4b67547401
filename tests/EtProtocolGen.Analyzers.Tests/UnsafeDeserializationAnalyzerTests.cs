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

                public static class JsonConvert
                {
                    public static object? DeserializeObject(string value, System.Type type) => null;
                    public static T? DeserializeObject<T>(string value) => default;
                }
            }
            """;

        /// <summary>The part of MessagePack's API the rule knows.</summary>
        private const string MessagePack = """
            namespace MessagePack
            {
                public static class MessagePackSerializer
                {
                    public static T Deserialize<T>(byte[] bytes) => default!;

                    public static class Typeless
                    {
                        public static object? Deserialize(byte[] bytes) => null;
                    }
                }
            }

            namespace MessagePack.Resolvers
            {
                public sealed class TypelessContractlessStandardResolver
                {
                    public static readonly TypelessContractlessStandardResolver Instance = new TypelessContractlessStandardResolver();
                }
            }
            """;

        [Fact]
        public Task BinaryFormatter_in_a_handler_is_reported_once_at_Deserialize() =>
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
                        var formatter = new BinaryFormatter();
                        object state = {|ETP0107:formatter.Deserialize(new MemoryStream(message.Blob))|};
                        return default;
                    }
                }
                """,
                Snippets.Session);

        [Fact]
        public Task A_custom_codec_helper_outside_messages_and_handlers_is_reported_once_per_call() =>
            Verifier.DiagnosticsAsync(
                """
                using System.IO;
                using System.Runtime.Serialization;
                using System.Runtime.Serialization.Formatters.Binary;

                static class CustomCodec
                {
                    public static object Decode(byte[] bytes) => new BinaryFormatter().Deserialize(new MemoryStream(bytes));

                    public static object DecodeWith(IFormatter formatter, Stream stream) => {|ETP0107:formatter.Deserialize(stream)|};
                }
                """,
                Verifier.Diagnostic(DiagnosticDescriptors.UnsafeDeserialization).WithSpan(7, 50, 7, 108)
                    .WithArguments("BinaryFormatter.Deserialize", "BinaryFormatter creates whatever types the payload names; decode with the generated Parse/TryParse"));

        [Fact]
        public Task TypeNameHandling_other_than_None_is_reported_anywhere() =>
            Verifier.DiagnosticsAsync(
                """
                using Newtonsoft.Json;

                static class JsonCodec
                {
                    public static readonly JsonSerializerSettings Settings = new() { TypeNameHandling = {|ETP0107:TypeNameHandling.All|} };

                    public static readonly JsonSerializerSettings Cast = new() { TypeNameHandling = {|ETP0107:(TypeNameHandling)3|} };

                    public static readonly JsonSerializerSettings Safe = new() { TypeNameHandling = TypeNameHandling.None };
                }
                """,
                Newtonsoft);

        [Fact]
        public Task MessagePack_Typeless_is_reported_and_typed_deserialization_is_not() =>
            Verifier.DiagnosticsAsync(
                """
                using MessagePack;
                using MessagePack.Resolvers;

                static class PackCodec
                {
                    public static object? Decode(byte[] bytes) => {|ETP0107:MessagePackSerializer.Typeless.Deserialize(bytes)|};

                    public static object Resolver => {|ETP0107:TypelessContractlessStandardResolver.Instance|};

                    public static int Count(byte[] bytes) => MessagePackSerializer.Deserialize<int>(bytes);
                }
                """,
                MessagePack);

        [Fact]
        public Task A_deserializer_given_a_type_chosen_at_run_time_is_reported() =>
            Verifier.DiagnosticsAsync(
                """
                using System;
                using System.Runtime.Serialization;
                using Newtonsoft.Json;

                public sealed class SaveGame { }

                static class Codec
                {
                    public static DataContractSerializer For(Type type) => {|ETP0107:new DataContractSerializer(type)|};

                    public static DataContractSerializer Fixed() => new DataContractSerializer(typeof(SaveGame));

                    public static object? Json(string json, Type type) => {|ETP0107:JsonConvert.DeserializeObject(json, type)|};

                    public static SaveGame? Typed(string json) => JsonConvert.DeserializeObject<SaveGame>(json);

                    public static object? Known(string json) => JsonConvert.DeserializeObject(json, typeof(SaveGame));
                }
                """,
                Newtonsoft);

        [Fact]
        public Task Loading_a_type_by_a_name_read_from_input_is_reported() =>
            Verifier.DiagnosticsAsync(
                """
                using System;
                using System.IO;
                using System.Text;
                using EtProtocolGen;

                [Message(1)]
                public partial class C2M_Spawn : IMessage
                {
                    [Field(1)] public string Kind { get; set; } = "";
                }

                static class Spawner
                {
                    public static object? FromMessage(C2M_Spawn message) => Activator.CreateInstance({|ETP0107:Type.GetType(message.Kind)|}!);

                    public static Type? FromBytes(byte[] bytes)
                    {
                        string name = Encoding.UTF8.GetString(bytes);
                        return {|ETP0107:Type.GetType(name)|};
                    }

                    public static object? FromStream(Stream stream) => {|ETP0107:Activator.CreateInstance("Game", new StreamReader(stream).ReadLine()!)|};

                    public static Type? Constant() => Type.GetType("System.String");

                    public static Type? FromConfiguration(string configured) => Type.GetType(configured);
                }
                """);

        [Fact]
        public Task Reinterpreting_message_bytes_in_protocol_code_is_reported() =>
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

                    public Header Copied(IntPtr pointer) => {|ETP0107:Marshal.PtrToStructure<Header>(pointer)|};

                    public unsafe Header Pointer()
                    {
                        fixed (byte* bytes = Data)
                        {
                            return *{|ETP0107:(Header*)bytes|};
                        }
                    }
                }
                """);

        [Fact]
        public Task Reinterpreting_bytes_outside_protocol_code_and_safe_uses_are_not_reported() =>
            Verifier.DiagnosticsAsync(
                """
                using System;
                using System.Runtime.InteropServices;
                using EtProtocolGen;

                public struct Header { public int Length; public int Opcode; }

                public static class AssetFile
                {
                    public static Header Read(byte[] file) => MemoryMarshal.Read<Header>(file);
                }

                [Message(1)]
                public partial class C2M_Positions : IMessage
                {
                    [Field(1)] public int[] Values { get; set; } = new int[0];

                    public ReadOnlySpan<byte> AsBytes => MemoryMarshal.AsBytes(Values.AsSpan());

                    public ReadOnlySpan<long> Widened => MemoryMarshal.Cast<int, long>(Values);
                }
                """);
    }
}
