using System.Threading.Tasks;
using Xunit;
using Verifier = EtProtocolGen.Analyzers.Tests.Infrastructure.Verify<EtProtocolGen.Analyzers.UnsupportedFieldAnalyzer>;

namespace EtProtocolGen.Analyzers.Tests
{
    public class UnsupportedFieldAnalyzerTests
    {
        [Fact]
        public Task Engine_types_are_fields_through_a_usable_mapping_and_reported_with_the_reason_of_an_unusable_one() =>
            Verifier.DiagnosticsAsync(
                """
                using System.Collections.Generic;
                using EtProtocolGen;

                [assembly: WireSurrogate(typeof(Vec2), typeof(Vec2Wire))]
                [assembly: WireSurrogate(typeof(Vec3), typeof(Vec3Wire))]

                public struct Vec2 { public float X; }
                public struct Vec3 { public float X; }
                public struct Vec4 { public float X; }

                [Message]
                public partial struct Vec2Wire
                {
                    [Field(1)] public float X { get; set; }
                    public static implicit operator Vec2Wire(Vec2 value) => new Vec2Wire { X = value.X };
                    public static implicit operator Vec2(Vec2Wire wire) => new Vec2 { X = wire.X };
                }

                [Message]
                public partial struct Vec3Wire
                {
                    [Field(1)] public float X { get; set; }
                }

                [Message(1)]
                public partial class M2C_Path : IMessage
                {
                    [Field(1)] public Vec2 Start { get; set; }
                    [Field(2)] public List<Vec2> Points { get; set; } = new();
                    [Field(3)] public Dictionary<int, Vec2> ByUnit { get; set; } = new();
                    [Field(4)] public Vec3 Broken { get; set; }
                    [Field(5)] public Vec4 Unmapped { get; set; }
                }
                """,
                Verifier.Diagnostic(DiagnosticDescriptors.UnsupportedField).WithSpan(31, 28, 31, 34).WithArguments("Broken", "M2C_Path", "the [assembly: WireSurrogate] of 'Vec3' cannot be used: 'Vec3Wire' must declare conversion operators both ways: operator Vec3Wire(Vec3) and operator Vec3(Vec3Wire)"),
                Verifier.Diagnostic(DiagnosticDescriptors.UnsupportedField).WithSpan(32, 28, 32, 36).WithArguments("Unmapped", "M2C_Path", "type 'Vec4' has no protobuf mapping; use a number, bool, enum, string, byte[], ReadOnlyMemory<byte>, a [Message] type, a T? of a scalar, or a List<T>, T[] or Dictionary<K, V> of those; map an engine type (a struct such as float3) to a [Message] of your own with [assembly: WireSurrogate]"));

        [Fact]
        public Task Types_without_a_protobuf_mapping_are_reported() =>
            Verifier.DiagnosticsAsync("""
                using System;
                using System.Collections.Generic;
                using EtProtocolGen;

                public enum Wide : long { A }

                [Message(1)]
                public partial class C2M_Bad : IMessage
                {
                    [Field(1)] public object {|ETP0004:Anything|} { get; set; }
                    [Field(2)] public DateTime {|ETP0004:When|} { get; set; }
                    [Field(3)] public HashSet<int> {|ETP0004:Set|} { get; set; }
                    [Field(4)] public List<object> {|ETP0004:Objects|} { get; set; }
                    [Field(5)] public Dictionary<double, int> {|ETP0004:ByDouble|} { get; set; }
                    [Field(6)] public int[,] {|ETP0004:Grid|} { get; set; }
                    [Field(7)] public Wide {|ETP0004:WideEnum|} { get; set; }
                    [Field(8)] public Guid? {|ETP0004:OptionalGuid|} { get; set; }
                    [Field(9)] public NotAMessage {|ETP0004:Plain|} { get; set; }
                }

                public class NotAMessage { }
                """);

        [Fact]
        public Task Supported_types_are_not_reported() =>
            Verifier.DiagnosticsAsync("""
                using System;
                using System.Collections.Generic;
                using EtProtocolGen;

                public enum Kind { A, B }

                [Message(1)]
                public partial class C2M_Good : IMessage
                {
                    [Field(1)] public bool B { get; set; }
                    [Field(2)] public sbyte I8 { get; set; }
                    [Field(3)] public ushort U16 { get; set; }
                    [Field(4)] public long I64 { get; set; }
                    [Field(5)] public double D { get; set; }
                    [Field(6)] public Kind K { get; set; }
                    [Field(7)] public string S { get; set; } = "";
                    [Field(8)] public byte[] Bytes { get; set; } = new byte[0];
                    [Field(9)] public ReadOnlyMemory<byte> Memory { get; set; }
                    [Field(10)] public int? Optional { get; set; }
                    [Field(11)] public List<string> Names { get; set; } = new();
                    [Field(12)] public Kind[] Kinds { get; set; } = new Kind[0];
                    [Field(13)] public Dictionary<string, M2C_Item> Items { get; set; } = new();
                    [Field(14)] public M2C_Item Item { get; set; } = new();
                    [Field(15)] public float F;
                }

                [Message(2)]
                public partial class M2C_Item : IMessage { }
                """);

        [Fact]
        public Task Field_numbers_outside_the_protobuf_range_or_in_the_reserved_range_are_reported_at_the_number() =>
            Verifier.DiagnosticsAsync("""
                using EtProtocolGen;

                [Message(1)]
                public partial class C2M_Numbers : IMessage
                {
                    [Field({|ETP0004:0|})] public int A { get; set; }
                    [Field({|ETP0004:-1|})] public int B { get; set; }
                    [Field({|ETP0004:19000|})] public int C { get; set; }
                    [Field({|ETP0004:19999|})] public int D { get; set; }
                    [Field({|ETP0004:536870912|})] public int E { get; set; }
                    [Field(18999)] public int F { get; set; }
                    [Field(20000)] public int G { get; set; }
                    [Field(536870911)] public int H { get; set; }
                }
                """);

        [Fact]
        public Task An_encoding_that_does_not_apply_to_the_type_is_reported() =>
            Verifier.DiagnosticsAsync("""
                using System.Collections.Generic;
                using EtProtocolGen;

                [Message(1)]
                public partial class C2M_Encodings : IMessage
                {
                    [Field(1, Encoding = FieldEncoding.ZigZag)] public uint {|ETP0004:Unsigned|} { get; set; }
                    [Field(2, Encoding = FieldEncoding.Fixed)] public string {|ETP0004:Text|} { get; set; } = "";
                    [Field(3, Encoding = FieldEncoding.ZigZag)] public int Signed { get; set; }
                    [Field(4, Encoding = FieldEncoding.Fixed)] public List<ulong> Ids { get; set; } = new();
                }
                """);

        [Fact]
        public Task Members_the_decoder_cannot_assign_are_reported() =>
            Verifier.DiagnosticsAsync("""
                using EtProtocolGen;

                [Message(1)]
                public partial class C2M_ReadOnly : IMessage
                {
                    [Field(1)] public int {|ETP0004:GetOnly|} { get; }
                    [Field(2)] public int {|ETP0004:InitOnly|} { get; init; }
                    [Field(3)] public readonly int {|ETP0004:ReadOnlyField|};
                    [Field(4)] public static int {|ETP0004:Shared|} { get; set; }
                }
                """);

        [Fact]
        public Task The_message_explains_the_problem() =>
            Verifier.DiagnosticsAsync(
                """
                using EtProtocolGen;

                [Message(1)]
                public partial class C2M_Bad : IMessage
                {
                    [Field(1)] public object Anything { get; set; }
                }
                """,
                Verifier.Diagnostic(DiagnosticDescriptors.UnsupportedField).WithSpan(6, 30, 6, 38).WithArguments(
                    "Anything",
                    "C2M_Bad",
                    "type 'object' has no protobuf mapping; use a number, bool, enum, string, byte[], ReadOnlyMemory<byte>, a [Message] type, a T? of a scalar, or a List<T>, T[] or Dictionary<K, V> of those; map an engine type (a struct such as float3) to a [Message] of your own with [assembly: WireSurrogate]"));
    }
}
