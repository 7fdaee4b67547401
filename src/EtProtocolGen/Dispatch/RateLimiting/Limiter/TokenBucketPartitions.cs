using System;
using System.Collections.Generic;
using System.Threading.RateLimiting;

namespace EtProtocolGen
{
    /// <summary>
    /// The token buckets of one rate rule and one partition kind, one bucket per identity, in least-recently-used order.
    /// Bounded: a bucket unused for the rule's whole interval is full again, so it is dropped (a new one would be the same);
    /// past <see cref="DispatchLimiterOptions.MaxPartitionsPerRule"/> the least recently used bucket is dropped early.
    /// </summary>
    internal sealed class TokenBucketPartitions
    {
        private readonly object _gate = new object();
        private readonly Dictionary<PartitionKey, Node> _nodes = new Dictionary<PartitionKey, Node>();
        private readonly TokenBucketRateLimiterOptions _options;
        private readonly TimeProvider _time;
        private readonly long _refillTimestampTicks;
        private readonly int _maxPartitions;
        private Node? _oldest;
        private Node? _newest;

        public TokenBucketPartitions(RateLimitRule rule, DispatchLimiterOptions options)
        {
            _time = options.TimeProvider;
            _maxPartitions = options.MaxPartitionsPerRule;
            _refillTimestampTicks = rule.PerSeconds * _time.TimestampFrequency;
            _options = new TokenBucketRateLimiterOptions
            {
                // Permits in a burst, one permit back every PerSeconds / Permits: Permits per PerSeconds, evenly.
                TokenLimit = rule.Permits,
                TokensPerPeriod = 1,
                ReplenishmentPeriod = TimeSpan.FromTicks(Math.Max(1, rule.PerSeconds * TimeSpan.TicksPerSecond / rule.Permits)),
                QueueLimit = 0,
                // Refilled from the elapsed time on each check: no timer per bucket.
                AutoReplenishment = false,
            };
        }

        /// <summary>Buckets held now.</summary>
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

        /// <summary>Buckets dropped before they were full again, because the store was at its bound.</summary>
        public long DroppedAtCapacity { get; private set; }

        public bool TryAcquire(in PartitionKey key)
        {
            lock (_gate)
            {
                long now = _time.GetTimestamp();
                DropRefilled(now);
                if (_nodes.TryGetValue(key, out Node? node))
                {
                    Unlink(node);
                }
                else
                {
                    if (_nodes.Count >= _maxPartitions)
                    {
                        DroppedAtCapacity++;
                        Drop(_oldest!);
                    }

                    node = new Node(key, new TokenBucketRateLimiter(_options));
                    _nodes.Add(key, node);
                }

                node.LastUsed = now;
                Append(node);

                node.Limiter.TryReplenish();
                using RateLimitLease lease = node.Limiter.AttemptAcquire(1);
                return lease.IsAcquired;
            }
        }

        /// <summary>Drops, oldest first, every bucket unused for the whole refill interval: it is full, like a new one.</summary>
        private void DropRefilled(long now)
        {
            while (_oldest is not null && now - _oldest.LastUsed >= _refillTimestampTicks)
            {
                Drop(_oldest);
            }
        }

        private void Drop(Node node)
        {
            Unlink(node);
            _nodes.Remove(node.Key);
            node.Limiter.Dispose();
        }

        private void Append(Node node)
        {
            node.Previous = _newest;
            node.Next = null;
            if (_newest is null)
            {
                _oldest = node;
            }
            else
            {
                _newest.Next = node;
            }

            _newest = node;
        }

        private void Unlink(Node node)
        {
            if (node.Previous is null)
            {
                _oldest = node.Next;
            }
            else
            {
                node.Previous.Next = node.Next;
            }

            if (node.Next is null)
            {
                _newest = node.Previous;
            }
            else
            {
                node.Next.Previous = node.Previous;
            }

            node.Previous = null;
            node.Next = null;
        }

        private sealed class Node
        {
            public Node(PartitionKey key, TokenBucketRateLimiter limiter)
            {
                Key = key;
                Limiter = limiter;
            }

            public PartitionKey Key { get; }

            public TokenBucketRateLimiter Limiter { get; }

            public long LastUsed { get; set; }

            public Node? Previous { get; set; }

            public Node? Next { get; set; }
        }
    }
}
