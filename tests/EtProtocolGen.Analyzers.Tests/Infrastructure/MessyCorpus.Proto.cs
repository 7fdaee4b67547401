using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace EtProtocolGen.Analyzers.Tests.Infrastructure
{
    /// <summary>The corpus's .proto files: every ETP03xx sample, and files that are not .proto at all.</summary>
    internal static partial class MessyCorpus
    {
        public static IEnumerable<AdditionalText> ProtoFiles()
        {
            int index = 0;
            foreach (string id in InsecureSamples.ById.Keys.Where(id => id.StartsWith("ETP03", System.StringComparison.Ordinal)))
            {
                foreach ((string path, string text) in InsecureSamples.ProtoFiles(id))
                {
                    // One folder and package per sample: two samples may use the same file and message names.
                    string source = InsecureSamples.WithoutMarkup(text).Replace("syntax = \"proto3\";", "syntax = \"proto3\"; package messy" + index + ";");
                    yield return new Text("/messy/" + index++ + "/" + System.IO.Path.GetFileName(path), source);
                }
            }

            yield return new Text("/messy/binary.proto", "\0\u0001\uFFFD{{{\"\\'/*");
            yield return new Text("/messy/Truncated_C_1.proto", "syntax = \"proto3\"; message C2G_A // IRequest\n{ int32 RpcId = 1; string Name = 2 [(etp.max_length) =");
            yield return new Text("/messy/Nested_C_2.proto", "message A { message B { message C { A a = 1; B b = 2; C c = 3; } } map<string, A.B.C> m = 1; }");
        }

        /// <summary>Engine-type mappings: a usable one, a broken one, one mapped twice, one still being typed, and fields of each.</summary>
        private const string Surrogates = """
            using System.Collections.Generic;
            using EtProtocolGen;

            [assembly: WireSurrogate(typeof(Engine.Vec2), typeof(Engine.Vec2Wire))]
            [assembly: WireSurrogate(typeof(Engine.Vec2), typeof(Engine.Vec3Wire))]
            [assembly: WireSurrogate(typeof(Engine.Vec3), typeof(Engine.Vec3Wire))]
            [assembly: WireSurrogate(typeof(Engine.Missing), typeof(Engine.Vec2Wire))]
            [assembly: WireSurrogate(typeof(Engine.Vec4), typeof(]

            namespace Engine
            {
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
                public partial struct Vec3Wire { [Field(1)] public float X { get; set; } }

                [Message(40001), AllowAnonymous]
                public partial class M2C_Engine : IMessage
                {
                    [Field(1)] public Vec2 A { get; set; }
                    [Field(2)] public List<Vec2> B { get; set; } = new();
                    [Field(3)] public Vec3 C { get; set; }
                    [Field(4)] public Dictionary<string, Vec4> D { get; set; } = new();
                }
            }
            """;
    }
}
