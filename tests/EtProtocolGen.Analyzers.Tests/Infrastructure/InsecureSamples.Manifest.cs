using System;
using System.Collections.Generic;

namespace EtProtocolGen.Analyzers.Tests.Infrastructure
{
    /// <summary>
    /// The manifest files the ETP02xx samples compile with (markup in them marks a diagnostic reported on a manifest line):
    /// Protocol.Shipped.txt holds the protocol as it shipped before the change the sample makes.
    /// </summary>
    internal static partial class InsecureSamples
    {
        private const string Limits = "assembly limits max-message-size=1048576 max-depth=64 default-max-string-length=none default-max-bytes-length=none default-max-collection-length=none";
        private const string Move = "message C2M_Move opcode=10001 scope=outer kind=one-way authorization=authenticated";
        private const string X = "message C2M_Move field 1 X int32 varint range=0..100";

        private static readonly IReadOnlyDictionary<string, string> ShippedById = new Dictionary<string, string>
        {
            ["ETP0201"] = Lines(Limits),
            ["ETP0202"] = Lines(Limits, Move, X, "{|ETP0202:message C2M_Move field 2 Y int32 len|}"),
            ["ETP0210"] = Lines(Limits, Move.Replace("10001", "10005"), X),
            ["ETP0211"] = Lines(Limits, Move.Replace("C2M_Move", "C2M_Walk"), X.Replace("C2M_Move", "C2M_Walk")),
            ["ETP0212"] = Lines(Limits, Move, X, "{|ETP0212:message C2M_Stop opcode=10002 scope=outer kind=one-way authorization=authenticated|}"),
            ["ETP0213"] = Lines(Limits, Move, X, "message C2M_Move field 2 Y int32 varint"),
            ["ETP0214"] = Lines(Limits, Move, X.Replace(" X ", " Y ")),
            ["ETP0215"] = Lines(Limits, Move, "message C2M_Move field 1 X string len max-length=8"),
            ["ETP0216"] = Lines(Limits, Move, "message C2M_Move field 1 X repeated int32 varint packed max-length=4"),
            ["ETP0217"] = Lines(Limits, Move.Replace("outer", "inner"), X),
            ["ETP0218"] = Lines(Limits, Move, X, "message C2M_Move reserved 9"),
            ["ETP0219"] = Lines(Limits, Move.Replace("one-way", "request response=M2C_Move"), X),
            ["ETP0220"] = Lines(Limits, Move.Replace("authenticated", "roles(gm)"), X),
            ["ETP0221"] = Lines(Limits, Move, "message C2M_Move field 1 Note string len max-length=8"),
            ["ETP0222"] = Lines(Limits, Move, "message C2M_Move field 1 Note string len max-length=16 sensitive"),
            ["ETP0223"] = Lines(Limits, Move, X.Replace("0..100", "0..50")),
            ["ETP0224"] = Lines(Limits, Move + " rate-limits=5/10s:connection", X),
        };

        /// <summary>The manifest files of the sample of <paramref name="id"/> (none for samples that need none).</summary>
        public static IEnumerable<(string Path, string Text)> ManifestFiles(string id) =>
            ShippedById.TryGetValue(id, out string? shipped) ? new[] { ("/0/Protocol.Shipped.txt", shipped) } : Array.Empty<(string, string)>();

        private static string Lines(params string[] lines) => string.Join("\n", lines) + "\n";
    }
}
