namespace EtProtocolGen.Analyzers.Tests.Infrastructure
{
    /// <summary>Source files that tests add next to the code under test.</summary>
    internal static class Snippets
    {
        /// <summary>A session type for handlers, in its own file.</summary>
        public const string Session = """
            using EtProtocolGen;

            public sealed class Session : IProtocolSession
            {
                public bool IsAuthenticated => true;
                public MessageScope Scope => MessageScope.Outer;
                public bool IsInRole(string role) => false;
            }

            public sealed class ServerSession : IProtocolSession
            {
                public bool IsAuthenticated => true;
                public MessageScope Scope => MessageScope.Inner;
                public bool IsInRole(string role) => false;
            }
            """;
    }
}
