using System;
using System.Collections.Generic;
using System.Linq;
using EtProtocolGen.Fuzz.Protocol;
using EtProtocolGen.Fuzz.Seeds;

namespace EtProtocolGen.Fuzz.Targets
{
    /// <summary>Every fuzz target, by name.</summary>
    public static class FuzzTargets
    {
        public static IReadOnlyList<IFuzzTarget> All { get; } = new IFuzzTarget[]
        {
            new DecoderTarget<C2G_LoginGate>(
                "decode-login",
                new MessageCodec<C2G_LoginGate>(C2G_LoginGate.Parse, C2G_LoginGate.Parse, C2G_LoginGate.TryParse),
                () => DecoderSeeds.Build(SampleMessages.Logins(), new byte[] { 0x12, 0x04, 0x61, 0xC3, 0x28, 0x62 })),
            new DecoderTarget<M2C_CreateUnits>(
                "decode-create-units",
                new MessageCodec<M2C_CreateUnits>(M2C_CreateUnits.Parse, M2C_CreateUnits.Parse, M2C_CreateUnits.TryParse),
                // A waypoint (map entry, field 2) whose key is invalid UTF-8.
                () => DecoderSeeds.Build(SampleMessages.CreateUnits(), new byte[] { 0x12, 0x04, 0x0A, 0x02, 0xC3, 0x28 })),
            new DecoderTarget<M2C_PathfindingResult>(
                "decode-pathfinding",
                new MessageCodec<M2C_PathfindingResult>(M2C_PathfindingResult.Parse, M2C_PathfindingResult.Parse, M2C_PathfindingResult.TryParse),
                // No string anywhere: a point (field 3) whose float is cut short instead.
                () => DecoderSeeds.Build(SampleMessages.Paths(), new byte[] { 0x1A, 0x03, 0x0D, 0x00, 0x00 })),
            new DecoderTarget<C2C_SendChatInfo>(
                "decode-chat",
                new MessageCodec<C2C_SendChatInfo>(C2C_SendChatInfo.Parse, C2C_SendChatInfo.Parse, C2C_SendChatInfo.TryParse),
                // A lone surrogate encoded as UTF-8 (CESU), which UTF-8 forbids.
                () => DecoderSeeds.Build(SampleMessages.Chats(), new byte[] { 0x12, 0x03, 0xED, 0xA0, 0x80 })),
            new DecoderTarget<M2C_Inventory>(
                "decode-inventory",
                new MessageCodec<M2C_Inventory>(M2C_Inventory.Parse, M2C_Inventory.Parse, M2C_Inventory.TryParse),
                // An item (field 1) with a tag (field 5) that is invalid UTF-8.
                () => DecoderSeeds.Build(SampleMessages.Inventories(), new byte[] { 0x0A, 0x04, 0x2A, 0x02, 0xFF, 0xFE })),
            new FrameReaderTarget(),
            new DispatchTarget(),
        };

        public static IFuzzTarget Find(string name) =>
            All.FirstOrDefault(target => string.Equals(target.Name, name, StringComparison.Ordinal))
            ?? throw new ArgumentException("Unknown target '" + name + "'. Targets: " + string.Join(", ", All.Select(target => target.Name)) + ".", nameof(name));
    }
}
