using System;

namespace EtProtocolGen
{
    /// <summary>
    /// Opcodes of removed messages that no message of this assembly may use again: clients in the field may still send
    /// them, and a new message under an old opcode would decode their bytes as something else. Using a reserved opcode is
    /// an error (ETP0204); removing a shipped message without reserving its opcode is reported against the protocol
    /// manifest (ETP0212).
    /// </summary>
    /// <example><code>[assembly: ReservedOpcodes(10007, 10008)]</code></example>
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
    public sealed class ReservedOpcodesAttribute : Attribute
    {
        /// <summary>Reserves opcodes.</summary>
        /// <param name="opcodes">The opcodes no message of the assembly may use.</param>
        public ReservedOpcodesAttribute(params ushort[] opcodes) => Opcodes = opcodes ?? Array.Empty<ushort>();

        /// <summary>The reserved opcodes.</summary>
        public ushort[] Opcodes { get; }
    }
}
