using System;
using System.Collections.Generic;

namespace EtProtocolGen.Analyzers.Tests.Infrastructure
{
    /// <summary>The .proto files the ETP03xx samples come with; their C# is a file with nothing to report.</summary>
    internal static partial class InsecureSamples
    {
        private const string ProtoSampleCode = "namespace Game { }\n";

        private static readonly IReadOnlyDictionary<string, (string Path, string Text)> ProtoById = new Dictionary<string, (string, string)>
        {
            ["ETP0301"] = ("/0/game.proto", "syntax = \"proto3\";\nmessage A {\n  int32 a = {|ETP0301:;|}\n}\n"),
            ["ETP0302"] = ("/0/game.proto", "syntax = \"proto3\";\nmessage A {\n  {|ETP0302:Unity.Mathematics.float3|} position = 1;\n}\n"),
            ["ETP0303"] = ("/0/game.proto", "syntax = \"proto3\";\nmessage A {\n  int32 x = 1;\n  int32 y = {|ETP0303:1|};\n}\n"),
            ["ETP0304"] = ("/0/game.proto", "syntax = \"proto3\";\nmessage A {\n  int32 count = 1 [{|ETP0304:(etp.max_length) = 3|}];\n}\n"),
            ["ETP0305"] = ("/0/game.proto", "syntax = \"proto3\";\nmessage A {\n  oneof choice { {|ETP0305:int32 a = 1;|} }\n}\n"),
            ["ETP0306"] = ("/0/Outer_C_65534.proto", "syntax = \"proto3\";\nmessage C2G_A // IMessage\n{\n}\nmessage {|ETP0306:C2G_B|} // IMessage\n{\n}\n"),
            ["ETP0307"] = ("/0/game.proto", "syntax = \"proto3\";\n{|ETP0307:import \"missing.proto\"|};\n"),
            ["ETP0308"] = ("/0/Outer_C_100.proto", "syntax = \"proto3\";\nmessage {|ETP0308:C2G_A|} // IRequest\n{\n}\n"),
            ["ETP0309"] = ("/0/game.proto", "syntax = \"proto3\";\nmessage A {\n  reserved 2;\n  int32 b = {|ETP0309:2|};\n}\n"),
            ["ETP0310"] = ("/0/game.proto", "syntax = \"proto3\";\n{|ETP0310:service S|} { }\n"),
            ["ETP0311"] = ("/0/Outer_C_100.proto", "syntax = \"proto3\";\nmessage C2G_A {|ETP0311:// IReqeust|}\n{\n}\n"),
        };

        /// <summary>The .proto files of the sample of <paramref name="id"/> (none for the samples of C# rules).</summary>
        public static IEnumerable<(string Path, string Text)> ProtoFiles(string id) =>
            ProtoById.TryGetValue(id, out (string Path, string Text) file) ? new[] { file } : Array.Empty<(string, string)>();
    }
}
