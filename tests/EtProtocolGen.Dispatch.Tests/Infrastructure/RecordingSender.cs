using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace EtProtocolGen.Dispatch.Tests.Infrastructure
{
    /// <summary>An <see cref="IMessageSender"/> that records what it sends and can fail, synchronously or later, on demand.</summary>
    public sealed class RecordingSender : IMessageSender
    {
        private readonly object _gate = new object();
        private readonly List<IWireMessage> _sent = new List<IWireMessage>();

        /// <summary>When set, SendAsync throws it at once.</summary>
        public Exception? ThrowOnSend { get; set; }

        /// <summary>When set, SendAsync returns this pending send instead of completing.</summary>
        public TaskCompletionSource? PendingSend { get; set; }

        public IReadOnlyList<IWireMessage> Sent
        {
            get
            {
                lock (_gate)
                {
                    return _sent.ToArray();
                }
            }
        }

        public ValueTask SendAsync(IWireMessage message, CancellationToken cancellationToken)
        {
            if (ThrowOnSend is not null)
            {
                throw ThrowOnSend;
            }

            lock (_gate)
            {
                _sent.Add(message);
            }

            return PendingSend is null ? default : new ValueTask(PendingSend.Task);
        }
    }
}
