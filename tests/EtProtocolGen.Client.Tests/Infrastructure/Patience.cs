using System;

namespace EtProtocolGen.Client.Tests.Infrastructure
{
    public static class Patience
    {
        /// <summary>Bounds every wait in the tests, so a regression fails instead of hanging.</summary>
        public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);
    }
}
