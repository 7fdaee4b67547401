using System.Collections.Generic;
using EtProtocolGen.Fuzz.Protocol;

namespace EtProtocolGen.Fuzz.Seeds
{
    /// <summary>Small, valid messages of each fuzzed type, as a game would send them: the start of every seed corpus.</summary>
    public static class SampleMessages
    {
        public static IEnumerable<KeyValuePair<string, C2G_LoginGate>> Logins()
        {
            yield return Pair("default", new C2G_LoginGate());
            yield return Pair("typical", new C2G_LoginGate { RpcId = 1, Account = "player01", Password = "hunter22", Key = 0x1234_5678_9ABC, ClientVersion = 7 });
            yield return Pair("unicode-account", new C2G_LoginGate { RpcId = int.MaxValue, Account = "玩家😀ü", Password = "", ClientVersion = 1000 });
            yield return Pair("negative-rpc-id", new C2G_LoginGate { RpcId = -1, Account = new string('a', 32), Password = new string('p', 64), Key = long.MinValue });
        }

        public static IEnumerable<KeyValuePair<string, M2C_CreateUnits>> CreateUnits()
        {
            yield return Pair("empty", new M2C_CreateUnits());
            var unit = new UnitInfo
            {
                UnitId = 1001,
                ConfigId = 3,
                Type = 1,
                Position = new Vector3Info { X = 1.5f, Y = 0, Z = -2.25f },
                Forward = new Vector3Info { Z = 1 },
                KV = { [1] = 100, [2] = -5, [1000] = long.MaxValue },
                MoveInfo = new MoveInfo
                {
                    Points = { new Vector3Info { X = 1 }, new Vector3Info { X = 2, Y = 3 } },
                    Rotation = new Vector3Info { Y = 90 },
                    TurnSpeed = -360,
                },
            };
            yield return Pair("one-unit", new M2C_CreateUnits { Units = { unit } });
            yield return Pair("units-and-waypoints", new M2C_CreateUnits
            {
                Units = { unit, new UnitInfo { UnitId = 2 }, new UnitInfo() },
                Waypoints = { ["home"] = new Vector3Info { X = 10 }, [""] = new Vector3Info(), ["城门"] = new Vector3Info { Z = float.NaN } },
            });
        }

        public static IEnumerable<KeyValuePair<string, M2C_PathfindingResult>> Paths()
        {
            yield return Pair("empty", new M2C_PathfindingResult());
            var path = new M2C_PathfindingResult { Id = 77, Position = new Vector3Info { X = 1, Y = 2, Z = 3 } };
            for (int i = 0; i < 8; i++)
            {
                path.Points.Add(new Vector3Info { X = i, Y = i * 0.5f, Z = -i });
            }

            path.Costs = new[] { 0f, 1.5f, float.MaxValue, float.Epsilon, -0f, float.PositiveInfinity };
            yield return Pair("eight-points", path);
        }

        public static IEnumerable<KeyValuePair<string, C2C_SendChatInfo>> Chats()
        {
            yield return Pair("empty", new C2C_SendChatInfo());
            yield return Pair("hello", new C2C_SendChatInfo { Channel = 1, Text = "hello world", ToName = "friend" });
            yield return Pair("long-unicode", new C2C_SendChatInfo { Channel = 8, Text = new string('字', 256), ToName = "\u0000\uFFFD" });
        }

        public static IEnumerable<KeyValuePair<string, M2C_Inventory>> Inventories()
        {
            yield return Pair("empty", new M2C_Inventory());
            yield return Pair("two-items", new M2C_Inventory
            {
                Items =
                {
                    new ItemInfo { ItemId = 1, ConfigId = 1001, Count = 99, Quality = ItemQuality.Epic, Tags = { "sword", "bound" }, Bound = true },
                    new ItemInfo { ItemId = long.MaxValue, Count = 0, Bound = false },
                },
                EquippedSlots = new[] { 0, 3, -1, int.MaxValue },
                Extra = new byte[] { 0, 1, 2, 0xFF },
                Gold = ulong.MaxValue,
                Capacity = 0,
            });
        }

        private static KeyValuePair<string, T> Pair<T>(string name, T message) => new KeyValuePair<string, T>(name, message);
    }
}
