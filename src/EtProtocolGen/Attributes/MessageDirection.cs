using System;

namespace EtProtocolGen
{
    /// <summary>
    /// Which way an outer message travels, and so who decodes it: the server decodes what clients send
    /// (<see cref="ClientToServer"/>), the client decodes what servers send (<see cref="ServerToClient"/>). The rules for
    /// untrusted input (ETP0101, ETP0102, ETP0103, ETP0109) apply to what the server decodes; ETP0111 keeps what a client
    /// decodes bounded. Inner messages (<see cref="MessageScope.Inner"/>) travel between servers and have no direction.
    /// </summary>
    /// <remarks>
    /// When <see cref="MessageAttribute.Direction"/> is not set, it is inferred: from an ET-style name (<c>C2G_Login</c>,
    /// <c>C2M_Move</c>: client to server; <c>G2C_Login</c>, <c>M2C_CreateUnits</c>: server to client), else a response
    /// (<see cref="IResponse"/>) goes server to client, else a message without an opcode takes the directions of the messages
    /// that carry it, else it is treated as <see cref="Both"/>, so that every rule for client input applies.
    /// </remarks>
    [Flags]
    public enum MessageDirection
    {
        /// <summary>
        /// On <see cref="MessageAttribute.Direction"/>: not declared, inferred (the default). On a
        /// <see cref="MessageDescriptor"/>: an inner message, sent between servers only.
        /// </summary>
        None = 0,

        /// <summary>Sent by clients and decoded by the server: untrusted input.</summary>
        ClientToServer = 1,

        /// <summary>Sent by the server and decoded by clients.</summary>
        ServerToClient = 2,

        /// <summary>Sent both ways (a value relayed between players, a symmetric ping): decoded by both sides.</summary>
        Both = ClientToServer | ServerToClient,
    }
}
