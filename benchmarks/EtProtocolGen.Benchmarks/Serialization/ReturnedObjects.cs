using System;
using System.Collections.Generic;
using Et = EtProtocolGen.Benchmarks.Messages.Et;

namespace EtProtocolGen.Benchmarks.Serialization
{
    /// <summary>
    /// Deep copies that allocate exactly what a decoder must return and nothing else: each message once (with what
    /// its own constructor allocates), each string once, each collection's storage once at its final size (the
    /// constructor's empty collection is reused). Their allocations are the floor for deserializing the same data.
    /// </summary>
    public static class ReturnedObjects
    {
        public static Et.C2R_Login Copy(Et.C2R_Login source) => new Et.C2R_Login
        {
            RpcId = source.RpcId,
            Account = CopyString(source.Account),
            Password = CopyString(source.Password),
        };

        public static Et.C2M_Chat Copy(Et.C2M_Chat source) => new Et.C2M_Chat { ChannelId = source.ChannelId, Text = CopyString(source.Text) };

        public static Et.M2C_PathfindingResult Copy(Et.M2C_PathfindingResult source)
        {
            var copy = new Et.M2C_PathfindingResult { Id = source.Id, Position = Copy(source.Position) };
            copy.Points.Capacity = source.Points.Count;
            foreach (Et.Vector3Info point in source.Points)
            {
                copy.Points.Add(Copy(point)!);
            }

            return copy;
        }

        public static Et.M2C_CreateUnits Copy(Et.M2C_CreateUnits source)
        {
            var copy = new Et.M2C_CreateUnits();
            copy.Units.Capacity = source.Units.Count;
            foreach (Et.UnitInfo unit in source.Units)
            {
                var unitCopy = new Et.UnitInfo
                {
                    UnitId = unit.UnitId,
                    ConfigId = unit.ConfigId,
                    Type = unit.Type,
                    Position = Copy(unit.Position),
                    Forward = Copy(unit.Forward),
                };
                unitCopy.KV.EnsureCapacity(unit.KV.Count);
                foreach (KeyValuePair<int, long> entry in unit.KV)
                {
                    unitCopy.KV.Add(entry.Key, entry.Value);
                }

                copy.Units.Add(unitCopy);
            }

            return copy;
        }

        public static Et.M2C_Inventory Copy(Et.M2C_Inventory source)
        {
            var copy = new Et.M2C_Inventory { PlayerId = source.PlayerId };
            copy.Items.Capacity = source.Items.Count;
            foreach (Et.ItemInfo item in source.Items)
            {
                copy.Items.Add(new Et.ItemInfo { Id = item.Id, ConfigId = item.ConfigId, Count = item.Count, Slot = item.Slot, IsBound = item.IsBound });
            }

            return copy;
        }

        private static Et.Vector3Info? Copy(Et.Vector3Info? source) => source is null ? null : new Et.Vector3Info { X = source.X, Y = source.Y, Z = source.Z };

        private static string CopyString(string source) => source.Length == 0 ? string.Empty : new string(source.AsSpan());
    }
}
