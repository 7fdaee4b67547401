using System;

namespace EtProtocolGen.Generator.Model
{
    /// <summary>The generator's copy of <c>EtProtocolGen.MessageDirection</c>: same names, same values (<see cref="RuntimeContract.MessageDirection"/>).</summary>
    [Flags]
    internal enum WireDirection
    {
        /// <summary>No direction: not declared, or a message sent between servers only.</summary>
        None = RuntimeContract.MessageDirection.None,

        /// <summary>Sent by clients, decoded by the server.</summary>
        ClientToServer = RuntimeContract.MessageDirection.ClientToServer,

        /// <summary>Sent by the server, decoded by clients.</summary>
        ServerToClient = RuntimeContract.MessageDirection.ServerToClient,

        /// <summary>Both ways.</summary>
        Both = RuntimeContract.MessageDirection.Both,
    }
}
