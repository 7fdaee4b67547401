using System;
using System.Threading.Tasks;

namespace EtProtocolGen.Transport.Tests.Infrastructure
{
    /// <summary>Waits, within the test's patience, for a condition another thread makes true.</summary>
    public static class Eventually
    {
        public static async Task TrueAsync(Func<bool> condition)
        {
            DateTime giveUp = DateTime.UtcNow + TestServer.Patience;
            while (!condition())
            {
                Assert.True(DateTime.UtcNow < giveUp, "The condition did not become true in time.");
                await Task.Delay(20);
            }
        }
    }
}
