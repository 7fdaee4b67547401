namespace EtProtocolGen.Sample.Protocol
{
    /// <summary>
    /// The opcode ranges of the sample protocol, ET style: Outer (client to server, untrusted) from 10001,
    /// Inner (server to server, trusted peers only) from 20001.
    /// </summary>
    public static class Opcodes
    {
        /// <summary>The first Outer opcode.</summary>
        public const ushort FirstOuter = 10001;

        /// <summary>The first Inner opcode.</summary>
        public const ushort FirstInner = 20001;
    }
}
