using System.Collections.Concurrent;

namespace EtProtocolGen.Transport.Tests.Protocol
{
    /// <summary>Counts handler runs per opcode, so a test sees that a refused message reached no handler.</summary>
    public sealed class HandlerCalls
    {
        private readonly ConcurrentDictionary<ushort, int> _calls = new ConcurrentDictionary<ushort, int>();

        public void Called(ushort opcode) => _calls.AddOrUpdate(opcode, 1, static (_, count) => count + 1);

        public int Count(ushort opcode) => _calls.TryGetValue(opcode, out int count) ? count : 0;
    }
}
