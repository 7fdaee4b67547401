using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.Extensions.Options;

namespace EtProtocolGen.Transport.Server.Memory
{
    /// <summary>
    /// The bytes all connections of a host hold in incomplete frames, against <see cref="ProtocolServerOptions.MaxPartialFrameBytes"/>.
    /// One connection holds at most one frame (the frame limit plus its header; the transport's read buffer is set to that);
    /// past the global budget the connections that have held their partial frame the longest are closed
    /// (<see cref="CloseReason.MemoryBudget"/>), so a slow-drip flood cannot make the server keep buffer blocks for ever.
    /// Bytes are charged in whole pool blocks (<see cref="BlockSize"/>), which is what a partial frame really holds.
    /// </summary>
    public sealed class PartialFrameBudget
    {
        /// <summary>The size of Kestrel's memory pool blocks, in which the pipe holds what it read.</summary>
        public const int BlockSize = 4096;

        private readonly object _gate = new object();
        private readonly LinkedList<PartialFrameHolder> _holders = new LinkedList<PartialFrameHolder>();
        private long _charged;

        /// <summary>Creates the budget from the server's options (the host's DI container does this).</summary>
        public PartialFrameBudget(IOptions<ProtocolServerOptions> options)
        {
            ProtocolServerOptions value = (options ?? throw new ArgumentNullException(nameof(options))).Value;
            value.Validate();
            Budget = value.MaxPartialFrameBytes;
        }

        /// <summary>The budget, in bytes.</summary>
        public long Budget { get; }

        /// <summary>Bytes charged now for incomplete frames, in whole blocks.</summary>
        public long ChargedBytes => Interlocked.Read(ref _charged);

        /// <summary>Connections holding an incomplete frame now.</summary>
        public int Holders
        {
            get
            {
                lock (_gate)
                {
                    return _holders.Count;
                }
            }
        }

        /// <summary>Starts accounting for one connection; dispose the holder when the connection closes.</summary>
        internal PartialFrameHolder Register(Action evict) => new PartialFrameHolder(this, evict);

        /// <summary>
        /// Charges <paramref name="holder"/> for <paramref name="bytes"/> of incomplete frame (0: none). A new frame, or the first
        /// partial one, goes to the back of the line; over the budget, the front of the line is evicted.
        /// </summary>
        internal void Charge(PartialFrameHolder holder, long bytes, bool newFrame)
        {
            long charge = (bytes + BlockSize - 1) / BlockSize * BlockSize;
            List<PartialFrameHolder>? evicted = null;
            lock (_gate)
            {
                if (holder.Evicted)
                {
                    return;
                }

                // Every write is under the lock; the total is published once, after the evictions, so ChargedBytes (read
                // without the lock) never shows a moment over the budget.
                long total = _charged + charge - holder.Charged;
                holder.Charged = charge;
                if (charge == 0)
                {
                    Unlink(holder);
                }
                else if (holder.Node is null || newFrame)
                {
                    Unlink(holder);
                    holder.Node = _holders.AddLast(holder);
                }

                while (total > Budget && _holders.First is { } oldest)
                {
                    PartialFrameHolder victim = oldest.Value;
                    Unlink(victim);
                    total -= victim.Charged;
                    victim.Charged = 0;
                    victim.Evicted = true;
                    (evicted ??= new List<PartialFrameHolder>()).Add(victim);
                }

                Interlocked.Exchange(ref _charged, total);
            }

            // Outside the lock: closing a connection runs its cancellation callbacks.
            if (evicted is not null)
            {
                foreach (PartialFrameHolder victim in evicted)
                {
                    victim.Evict();
                }
            }
        }

        private void Unlink(PartialFrameHolder holder)
        {
            if (holder.Node is not null)
            {
                _holders.Remove(holder.Node);
                holder.Node = null;
            }
        }
    }
}
