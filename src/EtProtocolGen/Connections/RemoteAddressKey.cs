using System;
using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace EtProtocolGen
{
    /// <summary>
    /// Who counts as "one address" for per-address limits: an IPv4 address (also when it arrives IPv4-mapped on a dual-stack
    /// socket), or the /64 prefix of an IPv6 address. A subscriber is usually given a whole /64, so counting single IPv6
    /// addresses would give one attacker 2^64 of them. Equatable and allocation-free, for use as a partition key.
    /// </summary>
    public readonly struct RemoteAddressKey : IEquatable<RemoteAddressKey>
    {
        private readonly ulong _value;
        private readonly bool _isIPv6;

        private RemoteAddressKey(ulong value, bool isIPv6)
        {
            _value = value;
            _isIPv6 = isIPv6;
        }

        /// <summary>True for the /64 prefix of an IPv6 address, false for an IPv4 address.</summary>
        public bool IsIPv6Prefix => _isIPv6;

        /// <summary>The key of <paramref name="address"/>; false when it is null or neither IPv4 nor IPv6.</summary>
        public static bool TryCreate(IPAddress? address, out RemoteAddressKey key)
        {
            key = default;
            if (address is null || (address.AddressFamily != AddressFamily.InterNetwork && address.AddressFamily != AddressFamily.InterNetworkV6))
            {
                return false;
            }

#if NET8_0_OR_GREATER
            Span<byte> bytes = stackalloc byte[16];
            address.TryWriteBytes(bytes, out int written);
            bytes = bytes.Slice(0, written);
#else
            ReadOnlySpan<byte> bytes = address.GetAddressBytes();
#endif
            if (bytes.Length == 4)
            {
                key = new RemoteAddressKey(BinaryPrimitives.ReadUInt32BigEndian(bytes), isIPv6: false);
            }
            else if (address.IsIPv4MappedToIPv6)
            {
                key = new RemoteAddressKey(BinaryPrimitives.ReadUInt32BigEndian(bytes.Slice(12)), isIPv6: false);
            }
            else
            {
                key = new RemoteAddressKey(BinaryPrimitives.ReadUInt64BigEndian(bytes), isIPv6: true);
            }

            return true;
        }

        /// <summary>The key of an <see cref="IPEndPoint"/>'s address; false for other endpoints (Unix sockets, in-memory transports) and null.</summary>
        public static bool TryCreate(EndPoint? endPoint, out RemoteAddressKey key)
        {
            if (endPoint is IPEndPoint ip)
            {
                return TryCreate(ip.Address, out key);
            }

            key = default;
            return false;
        }

        /// <inheritdoc />
        public bool Equals(RemoteAddressKey other) => _value == other._value && _isIPv6 == other._isIPv6;

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is RemoteAddressKey other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => _value.GetHashCode() ^ (_isIPv6 ? 0x5bd1e995 : 0);

        /// <summary>The address for logs: "203.0.113.7", or "2001:db8:1:2::/64".</summary>
        public override string ToString()
        {
            if (!_isIPv6)
            {
                byte[] v4 = new byte[4];
                BinaryPrimitives.WriteUInt32BigEndian(v4, (uint)_value);
                return new IPAddress(v4).ToString();
            }

            byte[] v6 = new byte[16];
            BinaryPrimitives.WriteUInt64BigEndian(v6, _value);
            return new IPAddress(v6).ToString() + "/64";
        }

        /// <summary>Equal keys.</summary>
        public static bool operator ==(RemoteAddressKey left, RemoteAddressKey right) => left.Equals(right);

        /// <summary>Different keys.</summary>
        public static bool operator !=(RemoteAddressKey left, RemoteAddressKey right) => !left.Equals(right);
    }
}
