namespace EtProtocolGen.Generator.Model
{
    /// <summary>What a message's direction was found from, in the order <see cref="Parsing.MessageDirections"/> tries them.</summary>
    internal enum DirectionSource
    {
        /// <summary>An inner message: between servers, no direction.</summary>
        Inner,

        /// <summary><c>[Message(Direction = ...)]</c>.</summary>
        Declared,

        /// <summary>An ET-style name: <c>C2G_</c> (client to server), <c>G2C_</c> (server to client).</summary>
        Name,

        /// <summary>A response goes back to the client that sent the request.</summary>
        Response,

        /// <summary>A message without an opcode travels inside the messages that carry it.</summary>
        Containers,

        /// <summary>Nothing says: treated as both ways, so that every rule for client input applies.</summary>
        Unknown,
    }
}
