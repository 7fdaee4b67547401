namespace EtProtocolGen
{
    /// <summary>Who is allowed to send a message.</summary>
    public enum MessageScope
    {
        /// <summary>Client to server (or server to client): the sender is untrusted.</summary>
        Outer = 0,

        /// <summary>Server to server only: never accepted from an outer (client) session.</summary>
        Inner = 1,
    }
}
