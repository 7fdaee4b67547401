using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.RateLimiting;

namespace EtProtocolGen
{
    /// <summary>
    /// The concurrency limiters of one rule and one partition kind, one per identity that holds a slot now. A limiter whose
    /// last slot is given back is dropped at once (a new one would be the same), so the store holds no more limiters than
    /// handlers run; past <see cref="DispatchLimiterOptions.MaxPartitionsPerRule"/> a new identity is refused.
    /// </summary>
    internal sealed class ConcurrencyPartitions
    {
        private readonly object _gate = new object();
        private readonly Dictionary<PartitionKey, Node> _nodes = new Dictionary<PartitionKey, Node>();
        private readonly ConcurrencyLimiterOptions _options;
        private readonly int _maxPartitions;

        public ConcurrencyPartitions(ConcurrencyLimitRule rule, DispatchLimiterOptions options)
        {
            _maxPartitions = options.MaxPartitionsPerRule;
            _options = new ConcurrencyLimiterOptions { PermitLimit = rule.Limit, QueueLimit = 0 };
        }

        /// <summary>Limiters held now (identities with a slot in use).</summary>
        public int Count
        {
            get
            {
                lock (_gate)
                {
                    return _nodes.Count;
                }
            }
        }

        public IDisposable? TryEnter(in PartitionKey key)
        {
            lock (_gate)
            {
                if (!_nodes.TryGetValue(key, out Node? node))
                {
                    if (_nodes.Count >= _maxPartitions)
                    {
                        return null;
                    }

                    node = new Node(key, new ConcurrencyLimiter(_options));
                    _nodes.Add(key, node);
                }

                RateLimitLease lease = node.Limiter.AttemptAcquire(1);
                if (!lease.IsAcquired)
                {
                    lease.Dispose();
                    return null;
                }

                node.Held++;
                return new Slot(this, node, lease);
            }
        }

        private void Release(Node node, RateLimitLease lease)
        {
            lock (_gate)
            {
                lease.Dispose();
                if (--node.Held == 0)
                {
                    _nodes.Remove(node.Key);
                    node.Limiter.Dispose();
                }
            }
        }

        private sealed class Node
        {
            public Node(PartitionKey key, ConcurrencyLimiter limiter)
            {
                Key = key;
                Limiter = limiter;
            }

            public PartitionKey Key { get; }

            public ConcurrencyLimiter Limiter { get; }

            /// <summary>Slots taken and not given back; guarded by the store's lock.</summary>
            public int Held { get; set; }
        }

        private sealed class Slot : IDisposable
        {
            private readonly ConcurrencyPartitions _owner;
            private readonly Node _node;
            private RateLimitLease? _lease;

            public Slot(ConcurrencyPartitions owner, Node node, RateLimitLease lease)
            {
                _owner = owner;
                _node = node;
                _lease = lease;
            }

            public void Dispose()
            {
                RateLimitLease? lease = Interlocked.Exchange(ref _lease, null);
                if (lease is not null)
                {
                    _owner.Release(_node, lease);
                }
            }
        }
    }
}
