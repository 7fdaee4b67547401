using System;

namespace EtProtocolGen
{
    /// <summary>
    /// Marks a partial class, struct or record as a protocol message. The generator emits its serializer; with an opcode,
    /// the registry and the dispatch table route it by <see cref="Opcode"/>. Without one (<c>[Message]</c>) it is a value
    /// used only inside other messages (ET's <c>UnitInfo</c>, <c>MoveInfo</c>): not in the registry, never dispatched, and
    /// not an <see cref="IWireMessage"/>, so no transport can send it on its own.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
    public sealed class MessageAttribute : Attribute
    {
        /// <summary>Declares a message used only inside other messages: no opcode.</summary>
        public MessageAttribute()
        {
        }

        /// <summary>Creates the attribute.</summary>
        /// <param name="opcode">The opcode that identifies the message on the wire; unique per assembly.</param>
        public MessageAttribute(ushort opcode)
        {
            Opcode = opcode;
            HasOpcode = true;
        }

        /// <summary>The opcode that identifies the message on the wire; 0 when it has none (<see cref="HasOpcode"/>).</summary>
        public ushort Opcode { get; }

        /// <summary>False for a message used only inside other messages, declared with <c>[Message]</c>.</summary>
        public bool HasOpcode { get; }

        /// <summary>
        /// Who may send the message: <see cref="MessageScope.Outer"/> (client, untrusted) or
        /// <see cref="MessageScope.Inner"/> (server to server). Defaults to <see cref="MessageScope.Outer"/>,
        /// the untrusted side, so that every check applies unless a message is declared internal.
        /// </summary>
        public MessageScope Scope { get; set; } = MessageScope.Outer;

        /// <summary>
        /// Which way an outer message travels: <see cref="MessageDirection.ClientToServer"/> (the server decodes it from
        /// untrusted clients), <see cref="MessageDirection.ServerToClient"/> (clients decode it) or both. Leave it
        /// <see cref="MessageDirection.None"/> to infer it from the name (<c>C2G_</c>, <c>G2C_</c>) and kind (a response goes
        /// to the client); ETP0112 reports a declaration the name contradicts. Meaningless on an inner message.
        /// </summary>
        public MessageDirection Direction { get; set; }

        /// <summary>
        /// The deepest nesting accepted when this message is decoded (0 = the assembly's
        /// <see cref="ProtocolLimitsAttribute.MaxDepth"/>). Set it on recursive messages.
        /// </summary>
        public int MaxDepth { get; set; }
    }
}
