using System.Collections.Generic;

namespace EtProtocolGen.Dispatch.Tests.Protocol
{
    /// <summary>Counts handler invocations per opcode, so tests can tell whether a handler ran.</summary>
    public sealed class HandlerProbe
    {
        private readonly object _gate = new object();
        private readonly Dictionary<ushort, int> _calls = new Dictionary<ushort, int>();

        public void Called(ushort opcode)
        {
            lock (_gate)
            {
                _calls.TryGetValue(opcode, out int count);
                _calls[opcode] = count + 1;
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

        public void Reset()
        {
            lock (_gate)
            {
                _calls.Clear();
            }
        }
    }
}
