using System;
using System.Net;
using System.Net.Sockets;

namespace EtProtocolGen
{
    /// <summary>
    /// The identity one budget belongs to, within one rule and one partition kind: a connection id, an account, a session
    /// object, or an address (IPv4, or the /64 prefix of IPv6). Built without allocating.
    /// </summary>
    internal readonly struct PartitionKey : IEquatable<PartitionKey>
    {
        private static readonly object IPv4 = new object();
        private static readonly object IPv6Prefix = new object();

        /// <summary>A string (compared ordinally), an object compared by reference, or null for the one global budget.</summary>
        private readonly object? _identity;
        private readonly ulong _number;

        private PartitionKey(object? identity, ulong number)
        {
            _identity = identity;
            _number = number;
        }

        /// <summary>The key of <paramref name="partition"/> for <paramref name="session"/>; false when the session cannot supply it.</summary>
        public static bool TryCreate(RateLimitPartitions partition, IProtocolSession session, out PartitionKey key)
        {
            var identified = session as IRateLimitedSession;
            switch (partition)
            {
                case RateLimitPartitions.Connection:
                    string? connectionId = identified?.ConnectionId;
                    // Without a connection id, the session object stands for its connection; a boxed struct session is a new
                    // object on every call, so such sessions share one budget (the safe side).
                    key = connectionId is not null ? new PartitionKey(connectionId, 0)
                        : session.GetType().IsValueType ? default
                        : new PartitionKey(session, 0);
                    return true;
                case RateLimitPartitions.RemoteAddress:
                    IPAddress? address = identified?.RemoteAddress;
                    return TryCreate(address, out key);
                case RateLimitPartitions.Account:
                    string? account = identified?.AccountId;
                    key = new PartitionKey(account, 0);
                    return account is not null;
                default:
                    key = default;
                    return partition == RateLimitPartitions.Global;
            }
        }

        /// <summary>An address key: IPv4 (also IPv4-mapped IPv6) by address, IPv6 by its /64 prefix (one subscriber's network).</summary>
        public static bool TryCreate(IPAddress? address, out PartitionKey key)
        {
            Span<byte> bytes = stackalloc byte[16];
            if (address is null || !address.TryWriteBytes(bytes, out int written))
            {
                key = default;
                return false;
            }

            if (written == 4)
            {
                key = new PartitionKey(IPv4, System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(bytes));
                return true;
            }

            if (address.AddressFamily == AddressFamily.InterNetworkV6 && address.IsIPv4MappedToIPv6)
            {
                key = new PartitionKey(IPv4, System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(bytes.Slice(12)));
                return true;
            }

            key = new PartitionKey(IPv6Prefix, System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(bytes));
            return true;
        }

        public bool Equals(PartitionKey other) =>
            _number == other._number
            && (_identity is string text ? other._identity is string otherText && string.Equals(text, otherText, StringComparison.Ordinal)
                : ReferenceEquals(_identity, other._identity));

        public override bool Equals(object? obj) => obj is PartitionKey other && Equals(other);

        public override int GetHashCode() =>
            HashCode.Combine(_identity is string text ? StringComparer.Ordinal.GetHashCode(text) : System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(_identity), _number);
    }
}
