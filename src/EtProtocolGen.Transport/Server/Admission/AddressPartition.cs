using System;
using System.Net;
using System.Net.Sockets;

namespace EtProtocolGen.Transport.Server.Admission
{
    /// <summary>The key per-address limits count under: who is "one address" on the internet.</summary>
    internal static class AddressPartition
    {
        private const int Ipv6PrefixBytes = 8;

        /// <summary>
        /// An IPv4 address (also when it arrives IPv4-mapped on a dual-stack socket), or the /64 prefix of an IPv6 address: a
        /// subscriber is usually given a whole /64, so counting single IPv6 addresses would give one attacker 2^64 of them.
        /// Null for endpoints that are not IP (Unix sockets, in-memory transports): they have no address to limit.
        /// </summary>
        public static IPAddress? Of(EndPoint? endPoint)
        {
            if (endPoint is not IPEndPoint ip)
            {
                return null;
            }

            IPAddress address = ip.Address;
            if (address.IsIPv4MappedToIPv6)
            {
                return address.MapToIPv4();
            }

            if (address.AddressFamily != AddressFamily.InterNetworkV6)
            {
                return address;
            }

            Span<byte> bytes = stackalloc byte[16];
            address.TryWriteBytes(bytes, out _);
            bytes.Slice(Ipv6PrefixBytes).Clear();
            return new IPAddress(bytes);
        }
    }
}
