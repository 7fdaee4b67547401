using System.Collections.Generic;
using System.Linq;
using System.Text;
using Et = EtProtocolGen.Benchmarks.Messages.Et;
using G = EtProtocolGen.Benchmarks.Messages.Google;
using Peers = EtProtocolGen.Benchmarks.Messages.Peers;

namespace EtProtocolGen.Benchmarks.Messages
{
    /// <summary>
    /// The one data set of every benchmark message. The EtProtocolGen message is built from fixed values and the
    /// peers' messages are copied from it, so every library encodes exactly the same data.
    /// </summary>
    public static class SampleData
    {
        public const int UnitCount = 10;
        public const int UnitMapEntries = 5;
        public const int PathPoints = 20;
        public const int ChatCharacters = 200;
        public const int InventoryItems = 500;

        /// <summary>200 CJK characters (3 UTF-8 bytes each, 600 bytes): a chat line that no ASCII fast path covers.</summary>
        public static string ChatText { get; } = BuildChatText();

        public static Et.C2R_Login Login() => new Et.C2R_Login { RpcId = 17, Account = "player000123", Password = "s3cr3t-Passw0rd" };

        public static Et.M2C_CreateUnits CreateUnits()
        {
            var message = new Et.M2C_CreateUnits();
            for (int i = 0; i < UnitCount; i++)
            {
                var unit = new Et.UnitInfo
                {
                    // ET ids are 64-bit snowflakes: large values, 7-8 varint bytes.
                    UnitId = 1_846_290_571_800_000L + i,
                    ConfigId = 1001 + i,
                    Type = 1 + (i % 3),
                    Position = new Et.Vector3Info { X = 12.5f + i, Y = 0.25f, Z = -40.75f - (i * 1.5f) },
                    Forward = new Et.Vector3Info { X = 0.6f, Y = 0f, Z = 0.8f },
                };
                for (int k = 0; k < UnitMapEntries; k++)
                {
                    unit.KV[1000 + k] = (100_000L * (k + 1)) + i;
                }

                message.Units.Add(unit);
            }

            return message;
        }

        public static Et.M2C_PathfindingResult Pathfinding()
        {
            var message = new Et.M2C_PathfindingResult
            {
                Id = 1_846_290_571_800_007L,
                Position = new Et.Vector3Info { X = 10.5f, Y = 0f, Z = 20.25f },
            };
            for (int i = 0; i < PathPoints; i++)
            {
                message.Points.Add(new Et.Vector3Info { X = 10.5f + (i * 0.5f), Y = 0.1f * i, Z = 20.25f - (i * 0.75f) });
            }

            return message;
        }

        public static Et.C2M_Chat Chat() => new Et.C2M_Chat { ChannelId = 4_200_001L, Text = ChatText };

        public static Et.M2C_Inventory Inventory()
        {
            var message = new Et.M2C_Inventory { PlayerId = 1_846_290_571_800_001L };
            for (int i = 0; i < InventoryItems; i++)
            {
                message.Items.Add(new Et.ItemInfo
                {
                    Id = 1_846_290_600_000_000L + i,
                    ConfigId = 20_000 + (i % 50),
                    Count = 1 + (i % 99),
                    Slot = i,
                    IsBound = i % 3 == 0,
                });
            }

            return message;
        }

        // --- the same data for MemoryPack, MessagePack and protobuf-net

        public static Peers.C2R_Login ToPeer(Et.C2R_Login m) => new Peers.C2R_Login { RpcId = m.RpcId, Account = m.Account, Password = m.Password };

        public static Peers.M2C_CreateUnits ToPeer(Et.M2C_CreateUnits m) => new Peers.M2C_CreateUnits
        {
            Units = m.Units.Select(u => new Peers.UnitInfo
            {
                UnitId = u.UnitId,
                ConfigId = u.ConfigId,
                Type = u.Type,
                Position = ToPeer(u.Position),
                Forward = ToPeer(u.Forward),
                KV = new Dictionary<int, long>(u.KV),
            }).ToList(),
        };

        public static Peers.M2C_PathfindingResult ToPeer(Et.M2C_PathfindingResult m) => new Peers.M2C_PathfindingResult
        {
            Id = m.Id,
            Position = ToPeer(m.Position),
            Points = m.Points.Select(p => ToPeer(p)!).ToList(),
        };

        public static Peers.C2M_Chat ToPeer(Et.C2M_Chat m) => new Peers.C2M_Chat { ChannelId = m.ChannelId, Text = m.Text };

        public static Peers.M2C_Inventory ToPeer(Et.M2C_Inventory m) => new Peers.M2C_Inventory
        {
            PlayerId = m.PlayerId,
            Items = m.Items.Select(i => new Peers.ItemInfo { Id = i.Id, ConfigId = i.ConfigId, Count = i.Count, Slot = i.Slot, IsBound = i.IsBound }).ToList(),
        };

        private static Peers.Vector3Info? ToPeer(Et.Vector3Info? v) => v is null ? null : new Peers.Vector3Info { X = v.X, Y = v.Y, Z = v.Z };

        // --- the same data for Google.Protobuf

        public static G.C2R_Login ToGoogle(Et.C2R_Login m) => new G.C2R_Login { RpcId = m.RpcId, Account = m.Account, Password = m.Password };

        public static G.M2C_CreateUnits ToGoogle(Et.M2C_CreateUnits m)
        {
            var message = new G.M2C_CreateUnits();
            foreach (Et.UnitInfo u in m.Units)
            {
                var unit = new G.UnitInfo { UnitId = u.UnitId, ConfigId = u.ConfigId, Type = u.Type, Position = ToGoogle(u.Position), Forward = ToGoogle(u.Forward) };
                unit.KV.Add(u.KV);
                message.Units.Add(unit);
            }

            return message;
        }

        public static G.M2C_PathfindingResult ToGoogle(Et.M2C_PathfindingResult m)
        {
            var message = new G.M2C_PathfindingResult { Id = m.Id, Position = ToGoogle(m.Position) };
            message.Points.Add(m.Points.Select(p => ToGoogle(p)));
            return message;
        }

        public static G.C2M_Chat ToGoogle(Et.C2M_Chat m) => new G.C2M_Chat { ChannelId = m.ChannelId, Text = m.Text };

        public static G.M2C_Inventory ToGoogle(Et.M2C_Inventory m)
        {
            var message = new G.M2C_Inventory { PlayerId = m.PlayerId };
            message.Items.Add(m.Items.Select(i => new G.ItemInfo { Id = i.Id, ConfigId = i.ConfigId, Count = i.Count, Slot = i.Slot, IsBound = i.IsBound }));
            return message;
        }

        private static G.Vector3Info? ToGoogle(Et.Vector3Info? v) => v is null ? null : new G.Vector3Info { X = v.X, Y = v.Y, Z = v.Z };

        private static string BuildChatText()
        {
            const string phrase = "今晚八点在主城集合，一起去打副本！记得带上药水和卷轴，队长会分配装备。";
            var text = new StringBuilder(ChatCharacters);
            while (text.Length < ChatCharacters)
            {
                text.Append(phrase[text.Length % phrase.Length]);
            }

            return text.ToString();
        }
    }
}
