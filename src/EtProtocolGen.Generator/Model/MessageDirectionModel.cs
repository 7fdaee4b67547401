namespace EtProtocolGen.Generator.Model
{
    /// <summary>A message's direction and what it was found from (<see cref="Parsing.MessageDirections"/>).</summary>
    /// <param name="Direction">Which way it travels; <see cref="WireDirection.None"/> for a message sent between servers only.</param>
    /// <param name="Source">What said so.</param>
    internal readonly record struct MessageDirectionModel(WireDirection Direction, DirectionSource Source)
    {
        /// <summary>The server decodes it from clients: the rules for untrusted input apply.</summary>
        public bool IsDecodedByServer => (Direction & WireDirection.ClientToServer) != 0;

        /// <summary>Clients decode it from the server.</summary>
        public bool IsDecodedByClients => (Direction & WireDirection.ServerToClient) != 0;
    }
}
