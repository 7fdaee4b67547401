using System.Collections.Generic;

namespace EtProtocolGen.Fuzz.Protocol
{
    /// <summary>Records every handler invocation, so the dispatch fuzzer can tell which handler ran for an input.</summary>
    public sealed class HandlerProbe
    {
        private readonly List<ushort> _calls = new List<ushort>();

        /// <summary>The opcodes whose handlers ran since the last <see cref="Reset"/>, in order.</summary>
        public IReadOnlyList<ushort> Calls => _calls;

        public void Called(ushort opcode) => _calls.Add(opcode);

        public void Reset() => _calls.Clear();
    }
}
