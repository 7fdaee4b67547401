using System;
using System.Collections.Concurrent;
using System.Collections.Generic;

namespace EtProtocolGen
{
    /// <summary>
    /// The <see cref="IDispatchLimiter"/> of a server, on System.Threading.RateLimiting: one <c>TokenBucketRateLimiter</c> per
    /// rate rule and identity, one <c>ConcurrencyLimiter</c> per concurrency rule and identity that holds a slot. Partitions are
    /// checked narrowest first (connection, remote address, account, global), so a connection over its own budget does not
    /// spend its address's. Thread-safe; never throws for anything a peer sends. Share one instance between the dispatchers of
    /// a server (register it as a singleton).
    /// </summary>
    /// <remarks>
    /// Memory is bounded: a rate budget unused for its rule's whole interval is full again and is dropped; a concurrency
    /// limiter is dropped when its last slot is given back; and no rule keeps more than
    /// <see cref="DispatchLimiterOptions.MaxPartitionsPerRule"/> budgets per partition kind.
    /// </remarks>
    public sealed class DispatchLimiter : IDispatchLimiter
    {
        private static readonly RateLimitPartition[] CheckOrder =
        {
            RateLimitPartition.Connection, RateLimitPartition.RemoteAddress, RateLimitPartition.Account, RateLimitPartition.Global,
        };

        private readonly DispatchLimiterOptions _options;
        private readonly ConcurrentDictionary<RateLimitRule, TokenBucketPartitions?[]> _rates =
            new ConcurrentDictionary<RateLimitRule, TokenBucketPartitions?[]>(ReferenceEqualityComparer.Instance);
        private readonly ConcurrentDictionary<ConcurrencyLimitRule, ConcurrencyPartitions?[]> _concurrency =
            new ConcurrentDictionary<ConcurrencyLimitRule, ConcurrencyPartitions?[]>(ReferenceEqualityComparer.Instance);

        /// <summary>Creates a limiter with the default bounds.</summary>
        public DispatchLimiter()
            : this(new DispatchLimiterOptions())
        {
        }

        /// <summary>Creates a limiter.</summary>
        public DispatchLimiter(DispatchLimiterOptions options)
        {
            _options = options ?? throw new ArgumentNullException(nameof(options));
            _options.Validate();
        }

        /// <summary>Budgets and concurrency limiters held now, over every rule and partition: what the bounds keep in check.</summary>
        public int PartitionCount
        {
            get
            {
                int count = 0;
                foreach (KeyValuePair<RateLimitRule, TokenBucketPartitions?[]> rule in _rates)
                {
                    foreach (TokenBucketPartitions? partitions in rule.Value)
                    {
                        count += partitions?.Count ?? 0;
                    }
                }

                foreach (KeyValuePair<ConcurrencyLimitRule, ConcurrencyPartitions?[]> rule in _concurrency)
                {
                    foreach (ConcurrencyPartitions? partitions in rule.Value)
                    {
                        count += partitions?.Count ?? 0;
                    }
                }

                return count;
            }
        }

        /// <inheritdoc />
        public bool TryAcquire(RateLimitRule rule, IProtocolSession session)
        {
            ArgumentNullException.ThrowIfNull(rule);
            ArgumentNullException.ThrowIfNull(session);
            TokenBucketPartitions?[] stores = _rates.GetOrAdd(rule, static (r, options) => CreateStores(r.Partitions, p => new TokenBucketPartitions(r, options)), _options);
            for (int i = 0; i < CheckOrder.Length; i++)
            {
                TokenBucketPartitions? store = stores[i];
                if (store is not null && PartitionKey.TryCreate(CheckOrder[i], session, out PartitionKey key) && !store.TryAcquire(key))
                {
                    return false;
                }
            }

            return true;
        }

        /// <inheritdoc />
        public IDisposable? TryEnter(ConcurrencyLimitRule rule, IProtocolSession session)
        {
            ArgumentNullException.ThrowIfNull(rule);
            ArgumentNullException.ThrowIfNull(session);
            ConcurrencyPartitions?[] stores = _concurrency.GetOrAdd(rule, static (r, options) => CreateStores(r.Partitions, p => new ConcurrencyPartitions(r, options)), _options);
            IDisposable? held = null;
            List<IDisposable>? several = null;
            for (int i = 0; i < CheckOrder.Length; i++)
            {
                ConcurrencyPartitions? store = stores[i];
                if (store is null || !PartitionKey.TryCreate(CheckOrder[i], session, out PartitionKey key))
                {
                    continue;
                }

                IDisposable? slot = store.TryEnter(key);
                if (slot is null)
                {
                    // All or nothing: give back what this rule took from narrower partitions.
                    held?.Dispose();
                    if (several is not null)
                    {
                        foreach (IDisposable taken in several)
                        {
                            taken.Dispose();
                        }
                    }

                    return null;
                }

                if (held is null)
                {
                    held = slot;
                }
                else
                {
                    (several ??= new List<IDisposable>(CheckOrder.Length)).Add(slot);
                }
            }

            // No partition applied (for example Per = Account on an anonymous session): nothing to hold, nothing to refuse.
            held ??= NoSlot.Instance;
            return several is null ? held : new Slots(held, several);
        }

        private static T?[] CreateStores<T>(RateLimitPartition partitions, Func<RateLimitPartition, T> create)
            where T : class
        {
            var stores = new T?[CheckOrder.Length];
            for (int i = 0; i < CheckOrder.Length; i++)
            {
                if ((partitions & CheckOrder[i]) != 0)
                {
                    stores[i] = create(CheckOrder[i]);
                }
            }

            return stores;
        }

        private sealed class NoSlot : IDisposable
        {
            public static readonly NoSlot Instance = new NoSlot();

            public void Dispose()
            {
            }
        }

        private sealed class Slots : IDisposable
        {
            private readonly IDisposable _first;
            private readonly List<IDisposable> _others;
            private int _disposed;

            public Slots(IDisposable first, List<IDisposable> others)
            {
                _first = first;
                _others = others;
            }

            public void Dispose()
            {
                if (System.Threading.Interlocked.Exchange(ref _disposed, 1) != 0)
                {
                    return;
                }

                _first.Dispose();
                foreach (IDisposable other in _others)
                {
                    other.Dispose();
                }
            }
        }
    }
}
