using System.Collections.Generic;
using EtProtocolGen.Generator.Dispatch.Planning;

namespace EtProtocolGen.Analyzers.Manifest
{
    /// <summary>
    /// <c>RateLimitPartition</c> flags in the manifest: <c>connection+remote-address</c>, in flag order, so that the same
    /// partitions always read the same. In words, the generator's (<see cref="LimitRules.Words"/>).
    /// </summary>
    internal static class PartitionText
    {
        private static readonly (int Flag, string Name)[] Partitions =
        {
            (LimitRules.Connection, "connection"),
            (LimitRules.RemoteAddress, "remote-address"),
            (LimitRules.Account, "account"),
            (LimitRules.Global, "global"),
        };

        public static string Format(int partitions)
        {
            var names = new List<string>(Partitions.Length);
            foreach ((int flag, string name) in Partitions)
            {
                if ((partitions & flag) != 0)
                {
                    names.Add(name);
                }
            }

            return string.Join("+", names);
        }

        /// <summary>Reads what <see cref="Format"/> writes: known names, each once, in flag order.</summary>
        public static bool TryParse(string text, out int partitions)
        {
            partitions = 0;
            int next = 0;
            foreach (string name in text.Split('+'))
            {
                int index = next;
                while (index < Partitions.Length && Partitions[index].Name != name)
                {
                    index++;
                }

                if (index == Partitions.Length)
                {
                    partitions = 0;
                    return false;
                }

                partitions |= Partitions[index].Flag;
                next = index + 1;
            }

            return true;
        }

        /// <summary><c>per connection and per remote address</c>.</summary>
        public static string Words(int partitions) => LimitRules.Words(partitions);
    }
}
