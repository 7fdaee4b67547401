using System;

namespace EtProtocolGen
{
    /// <summary>
    /// The identity one budget belongs to, within one rule and one partition kind: a connection id, an account, a session
    /// object, or an address (<see cref="RemoteAddressKey"/>: IPv4, or the /64 prefix of IPv6, as the transport's admission
    /// counts addresses). Built without allocating.
    /// </summary>
    internal readonly struct PartitionKey : IEquatable<PartitionKey>
    {
        /// <summary>A string (compared ordinally), an object compared by reference, or null for an address or the one global budget.</summary>
        private readonly object? _identity;
        private readonly RemoteAddressKey _address;

        private PartitionKey(object? identity, RemoteAddressKey address)
        {
            _identity = identity;
            _address = address;
        }

        /// <summary>The key of <paramref name="partition"/> for <paramref name="session"/>; false when the session cannot supply it.</summary>
        public static bool TryCreate(RateLimitPartition partition, IProtocolSession session, out PartitionKey key)
        {
            var identified = session as IRateLimitedSession;
            switch (partition)
            {
                case RateLimitPartition.Connection:
                    string? connectionId = identified?.ConnectionId;
                    // Without a connection id, the session object stands for its connection; a boxed struct session is a new
                    // object on every call, so such sessions share one budget (the safe side).
                    key = connectionId is not null ? new PartitionKey(connectionId, default)
                        : session.GetType().IsValueType ? default
                        : new PartitionKey(session, default);
                    return true;
                case RateLimitPartition.RemoteAddress:
                    bool known = RemoteAddressKey.TryCreate(identified?.RemoteAddress, out RemoteAddressKey address);
                    key = new PartitionKey(null, address);
                    return known;
                case RateLimitPartition.Account:
                    string? account = identified?.AccountId;
                    key = new PartitionKey(account, default);
                    return account is not null;
                default:
                    key = default;
                    return partition == RateLimitPartition.Global;
            }
        }

        public bool Equals(PartitionKey other) =>
            _address.Equals(other._address)
            && (_identity is string text ? other._identity is string otherText && string.Equals(text, otherText, StringComparison.Ordinal)
                : ReferenceEquals(_identity, other._identity));

        public override bool Equals(object? obj) => obj is PartitionKey other && Equals(other);

        public override int GetHashCode() =>
            HashCode.Combine(_identity is string text ? StringComparer.Ordinal.GetHashCode(text) : System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(_identity), _address);
    }
}
