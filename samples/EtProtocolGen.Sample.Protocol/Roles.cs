namespace EtProtocolGen.Sample.Protocol
{
    /// <summary>The roles the sample's authorization uses. A session's roles are granted by the server at login, never sent by the client.</summary>
    public static class Roles
    {
        /// <summary>Game masters: may run <see cref="C2M_GmCommand"/>.</summary>
        public const string GameMaster = "gm";

        /// <summary>A trusted server peer on an Inner connection.</summary>
        public const string Server = "server";
    }
}
