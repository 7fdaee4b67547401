using System;
using System.Collections.Generic;
using System.Linq;
using EtProtocolGen.Fuzz.Properties;
using EtProtocolGen.Fuzz.Protocol;
using EtProtocolGen.Framing;

namespace EtProtocolGen.Fuzz.Seeds
{
    /// <summary>
    /// Seeds of the frame-reader target: a control byte (segment size, frame limit; see FrameReaderTarget) then a stream of
    /// frames: whole ones, several back to back, cut ones, and hostile lengths.
    /// </summary>
    public static class FrameSeeds
    {
        // Segments of 3 bytes, frame limit 2 + 15 * 64 = 962 bytes.
        private const byte Roomy = 0xF2;

        // Segments of 1 byte, frame limit 2 + 1 * 64 = 66 bytes.
        private const byte Tight = 0x10;

        public static IEnumerable<KeyValuePair<string, byte[]>> All()
        {
            byte[] login = FrameFormat.Build(C2G_LoginGate.Opcode, WireBytes.Encode(new C2G_LoginGate { RpcId = 1, Account = "player01", Password = "pw", ClientVersion = 2 }));
            byte[] ping = FrameFormat.Build(C2G_Ping.Opcode, WireBytes.Encode(new C2G_Ping { RpcId = 2 }));
            byte[] empty = FrameFormat.Build(C2G_Emote.Opcode, Array.Empty<byte>());

            yield return Seed("one-frame", Roomy, login);
            yield return Seed("three-frames", Roomy, login, ping, empty);
            yield return Seed("three-frames-byte-by-byte", Tight, ping, empty, ping);
            yield return Seed("cut-in-body", Roomy, login.AsSpan(0, login.Length - 3).ToArray());
            yield return Seed("cut-in-length", Roomy, new byte[] { 0x10, 0x00 });
            yield return Seed("too-large-4gb", Roomy, new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0x01 });
            yield return Seed("too-large-after-frame", Tight, ping, new byte[] { 0x43, 0x00, 0x00, 0x00 });
            yield return Seed("too-short", Roomy, new byte[] { 0x01, 0x00, 0x00, 0x00, 0x11 });
            yield return Seed("zero-length", Roomy, new byte[] { 0x00, 0x00, 0x00, 0x00 });
            yield return Seed("exactly-at-limit", Tight, FrameFormat.Build(0x1234, new byte[64]));
            yield return Seed("one-over-limit", Tight, FrameFormat.Build(0x1234, new byte[65]));
        }

        private static KeyValuePair<string, byte[]> Seed(string name, byte control, params byte[][] frames) =>
            new KeyValuePair<string, byte[]>(name, new[] { control }.Concat(frames.SelectMany(frame => frame)).ToArray());
    }
}
