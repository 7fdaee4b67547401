namespace EtProtocolGen.Benchmarks.Dispatch
{
    /// <summary>An authenticated client session, as a game server keeps one per connection.</summary>
    public sealed class BenchmarkSession : IProtocolSession
    {
        public bool IsAuthenticated => true;

        public MessageScope Scope => MessageScope.Outer;

        public bool IsInRole(string role) => false;
    }
}
