using System.Collections.Generic;
using System.Threading;

namespace EtProtocolGen.Dispatch.Tests.Protocol
{
    /// <summary>Counts handler invocations per opcode and keeps the last cancellation token, so tests see whether and how a handler ran.</summary>
    public sealed class HandlerProbe
    {
        private readonly object _gate = new object();
        private readonly Dictionary<ushort, int> _calls = new Dictionary<ushort, int>();
        private CancellationToken _lastCancellationToken;

        public void Called(ushort opcode, CancellationToken cancellationToken)
        {
            lock (_gate)
            {
                _calls.TryGetValue(opcode, out int count);
                _calls[opcode] = count + 1;
                _lastCancellationToken = cancellationToken;
            }
        }

        /// <summary>The token the last handler that ran was given.</summary>
        public CancellationToken LastCancellationToken
        {
            get
            {
                lock (_gate)
                {
                    return _lastCancellationToken;
                }
            }
        }

        public int Calls(ushort opcode)
        {
            lock (_gate)
            {
                return _calls.TryGetValue(opcode, out int count) ? count : 0;
            }
        }

        public int TotalCalls
        {
            get
            {
                lock (_gate)
                {
                    int total = 0;
                    foreach (int count in _calls.Values)
                    {
                        total += count;
                    }

                    return total;
                }
            }
        }
    }
}
