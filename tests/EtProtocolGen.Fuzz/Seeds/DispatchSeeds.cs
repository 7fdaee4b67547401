using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using EtProtocolGen.Fuzz.Properties;
using EtProtocolGen.Fuzz.Protocol;

namespace EtProtocolGen.Fuzz.Seeds
{
    /// <summary>Seeds of the dispatch target: opcode (2 bytes, little-endian) then payload, for every opcode of the protocol and a few that are not.</summary>
    public static class DispatchSeeds
    {
        public static IEnumerable<KeyValuePair<string, byte[]>> All()
        {
            yield return Seed("login", C2G_LoginGate.Opcode, new C2G_LoginGate { RpcId = 5, Account = "player01", Password = "secret", ClientVersion = 3 });
            yield return Seed("login-invalid", C2G_LoginGate.Opcode, new C2G_LoginGate { RpcId = 6, Account = "ab", ClientVersion = 0 });
            yield return Seed("ping", C2G_Ping.Opcode, new C2G_Ping { RpcId = 9 });
            yield return Seed("chat", C2C_SendChatInfo.Opcode, new C2C_SendChatInfo { Channel = 1, Text = "hi" });
            yield return Seed("emote", C2G_Emote.Opcode, new C2G_Emote { EmoteId = 3 });
            yield return Seed("use-item", C2M_UseItem.Opcode, new C2M_UseItem { RpcId = 12, ItemId = 1, Count = 1 });
            foreach (KeyValuePair<string, M2C_CreateUnits> units in SampleMessages.CreateUnits())
            {
                yield return Seed("create-units-" + units.Key, M2C_CreateUnits.Opcode, units.Value);
            }

            foreach (KeyValuePair<string, M2C_PathfindingResult> path in SampleMessages.Paths())
            {
                yield return Seed("path-" + path.Key, M2C_PathfindingResult.Opcode, path.Value);
            }

            foreach (KeyValuePair<string, M2C_Inventory> inventory in SampleMessages.Inventories())
            {
                yield return Seed("inventory-" + inventory.Key, M2C_Inventory.Opcode, inventory.Value);
            }

            yield return Seed("inner-grant", S2M_GrantItem.Opcode, new S2M_GrantItem { PlayerId = 1, Item = new ItemInfo { ItemId = 2, Count = 1 } });
            yield return Seed("response-opcode", G2C_LoginGate.Opcode, new G2C_LoginGate { RpcId = 1 });
            yield return Seed("unknown-opcode", 0xFFFF, Array.Empty<byte>());
            yield return Seed("login-malformed", C2G_LoginGate.Opcode, new byte[] { 0x12, 0xFF, 0xFF, 0xFF, 0xFF, 0x07 });
        }

        private static KeyValuePair<string, byte[]> Seed(string name, ushort opcode, IWireMessage message) =>
            Seed(name, opcode, WireBytes.Encode(message));

        private static KeyValuePair<string, byte[]> Seed(string name, ushort opcode, byte[] payload)
        {
            var input = new byte[2 + payload.Length];
            BinaryPrimitives.WriteUInt16LittleEndian(input, opcode);
            payload.CopyTo(input, 2);
            return new KeyValuePair<string, byte[]>(name, input);
        }
    }
}
