using System;
using System.Collections.Generic;
using System.Net;
using System.Threading.RateLimiting;
using EtProtocolGen.Transport.Diagnostics;
using Microsoft.Extensions.Options;

namespace EtProtocolGen.Transport.Server.Admission
{
    /// <summary>
    /// Decides, on accept and before anything is read, whether a new connection is served: the accept rate and the
    /// connections of its remote address (<see cref="ProtocolServerOptions.ConnectionsPerSecondPerAddress"/>,
    /// <see cref="ProtocolServerOptions.MaxConnectionsPerAddress"/>), and the caps on connections that have not logged in yet,
    /// per address and in all (<see cref="ProtocolServerOptions.MaxUnauthenticatedConnectionsPerAddress"/>,
    /// <see cref="ProtocolServerOptions.MaxUnauthenticatedConnections"/>). The per-address limits are built on
    /// <c>System.Threading.RateLimiting</c> (a token bucket and concurrency limiters per address partition); the global cap on
    /// unauthenticated connections is <see cref="UnauthenticatedPlaces"/>, which makes room for a newcomer by closing the
    /// oldest unauthenticated connection of the address holding the most, so a flood from many addresses cannot lock a player
    /// out. Kestrel's own <c>MaxConcurrentConnections</c> applies before it. One instance serves every protocol endpoint of a
    /// host, so the limits hold across ports.
    /// </summary>
    public sealed class ConnectionAdmission : IDisposable
    {
        private readonly PartitionedRateLimiter<RemoteAddressKey> _acceptRate;
        private readonly PartitionedRateLimiter<RemoteAddressKey> _connections;
        private readonly PartitionedRateLimiter<RemoteAddressKey> _unauthenticatedPerAddress;
        private readonly UnauthenticatedPlaces _unauthenticated;
        private readonly IPNetwork[] _exempt;

        /// <summary>Creates the admission from the server's options (the host's DI container does this).</summary>
        public ConnectionAdmission(IOptions<ProtocolServerOptions> options)
        {
            ProtocolServerOptions value = (options ?? throw new ArgumentNullException(nameof(options))).Value;
            value.Validate();
            _exempt = new List<IPNetwork>(value.ExemptNetworks).ToArray();

            // Replenished in proportion to the time since the last attempt (no timer per partition); the partitioned limiter's
            // own heartbeat drops an address's bucket once it has been full for a while.
            var acceptRate = new TokenBucketRateLimiterOptions
            {
                TokenLimit = value.ConnectionBurstPerAddress,
                TokensPerPeriod = 1,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1.0 / value.ConnectionsPerSecondPerAddress),
                QueueLimit = 0,
                AutoReplenishment = false,
            };
            _acceptRate = PartitionedRateLimiter.Create<RemoteAddressKey, RemoteAddressKey>(
                address => System.Threading.RateLimiting.RateLimitPartition.GetTokenBucketLimiter(address, _ => acceptRate));
            _connections = PerAddressConcurrency(value.MaxConnectionsPerAddress);
            _unauthenticatedPerAddress = PerAddressConcurrency(value.MaxUnauthenticatedConnectionsPerAddress);
            _unauthenticated = new UnauthenticatedPlaces(value.MaxUnauthenticatedConnections);
        }

        /// <summary>Connections accepted that have not authenticated yet, from all addresses.</summary>
        public long UnauthenticatedConnections => _unauthenticated.Count;

        /// <summary>
        /// Admits a new connection from <paramref name="remote"/> or says why not. On success, <paramref name="ticket"/> holds the
        /// connection's places until it is disposed (when the connection closes); its unauthenticated place is given back
        /// earlier, by <see cref="AdmissionTicket.Authenticated"/>. When every unauthenticated place is taken, the admission
        /// may close another connection that has not logged in to make room (<see cref="UnauthenticatedPlaces"/>); that
        /// connection counts its own close.
        /// </summary>
        internal RefusalReason? TryAdmit(EndPoint? remote, out AdmissionTicket? ticket)
        {
            ticket = null;

            // One address: an IPv4 address or an IPv6 /64 (RemoteAddressKey); none for endpoints that are not IP.
            bool limited = RemoteAddressKey.TryCreate(remote, out RemoteAddressKey address) && !IsExempt(((IPEndPoint)remote!).Address);

            // Cheapest first: a refused attacker costs a bucket look-up, and every attempt spends a token, refused or not.
            if (limited)
            {
                using RateLimitLease rate = _acceptRate.AttemptAcquire(address);
                if (!rate.IsAcquired)
                {
                    return RefusalReason.AddressConnectionRate;
                }
            }

            RateLimitLease? connection = limited ? _connections.AttemptAcquire(address) : null;
            if (connection is { IsAcquired: false })
            {
                connection.Dispose();
                return RefusalReason.AddressConnectionLimit;
            }

            RateLimitLease? unauthenticatedHere = limited ? _unauthenticatedPerAddress.AttemptAcquire(address) : null;
            if (unauthenticatedHere is { IsAcquired: false })
            {
                unauthenticatedHere.Dispose();
                connection?.Dispose();
                return RefusalReason.AddressUnauthenticatedLimit;
            }

            var admitted = new AdmissionTicket(connection, unauthenticatedHere, _unauthenticated);
            if (!_unauthenticated.TryTake(limited ? address : null, admitted, out AdmissionTicket? evicted))
            {
                unauthenticatedHere?.Dispose();
                connection?.Dispose();
                return RefusalReason.UnauthenticatedLimit;
            }

            // Outside the places' lock: closing a connection runs its cancellation callbacks.
            evicted?.Evict();
            ticket = admitted;
            return null;
        }

        /// <inheritdoc />
        public void Dispose()
        {
            _acceptRate.Dispose();
            _connections.Dispose();
            _unauthenticatedPerAddress.Dispose();
        }

        private static PartitionedRateLimiter<RemoteAddressKey> PerAddressConcurrency(int permits)
        {
            var options = new ConcurrencyLimiterOptions { PermitLimit = permits, QueueLimit = 0 };
            return PartitionedRateLimiter.Create<RemoteAddressKey, RemoteAddressKey>(address => System.Threading.RateLimiting.RateLimitPartition.GetConcurrencyLimiter(address, _ => options));
        }

        private bool IsExempt(IPAddress address)
        {
            if (address.IsIPv4MappedToIPv6)
            {
                address = address.MapToIPv4();
            }

            foreach (IPNetwork network in _exempt)
            {
                if (network.Contains(address))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
