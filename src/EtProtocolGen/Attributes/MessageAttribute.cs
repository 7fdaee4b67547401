using System;

namespace EtProtocolGen
{
    /// <summary>
    /// Marks a partial class, struct or record as a protocol message with an opcode.
    /// The generator emits its serializer, and the dispatch table routes it by <see cref="Opcode"/>.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
    public sealed class MessageAttribute : Attribute
    {
        /// <summary>Creates the attribute.</summary>
        /// <param name="opcode">The opcode that identifies the message on the wire; unique per assembly.</param>
        public MessageAttribute(ushort opcode) => Opcode = opcode;

        /// <summary>The opcode that identifies the message on the wire.</summary>
        public ushort Opcode { get; }

        /// <summary>
        /// Who may send the message: <see cref="MessageScope.Outer"/> (client, untrusted) or
        /// <see cref="MessageScope.Inner"/> (server to server). Defaults to <see cref="MessageScope.Outer"/>,
        /// the untrusted side, so that every check applies unless a message is declared internal.
        /// </summary>
        public MessageScope Scope { get; set; } = MessageScope.Outer;

        /// <summary>
        /// The deepest nesting accepted when this message is decoded (0 = the assembly's
        /// <see cref="ProtocolLimitsAttribute.MaxDepth"/>). Set it on recursive messages.
        /// </summary>
        public int MaxDepth { get; set; }
    }
}
