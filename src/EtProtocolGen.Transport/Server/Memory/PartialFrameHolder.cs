using System;
using System.Collections.Generic;

namespace EtProtocolGen.Transport.Server.Memory
{
    /// <summary>One connection's account in the <see cref="PartialFrameBudget"/>; its fields are guarded by the budget's lock.</summary>
    internal sealed class PartialFrameHolder : IDisposable
    {
        private readonly PartialFrameBudget _budget;
        private readonly Action _evict;

        public PartialFrameHolder(PartialFrameBudget budget, Action evict)
        {
            _budget = budget;
            _evict = evict;
        }

        public long Charged { get; set; }

        public bool Evicted { get; set; }

        public LinkedListNode<PartialFrameHolder>? Node { get; set; }

        /// <summary>Reports the bytes of incomplete frame the connection holds after a read; <paramref name="newFrame"/> when frames completed meanwhile.</summary>
        public void Update(long bytes, bool newFrame) => _budget.Charge(this, bytes, newFrame);

        public void Evict() => _evict();

        public void Dispose() => _budget.Charge(this, 0, newFrame: false);
    }
}
