using System;
using System.Net;
using System.Threading.Tasks;

namespace EtProtocolGen.Client.Tests
{
    public sealed class OptionsTests
    {
        [Fact(Timeout = 10_000)]
        public async Task A_client_with_a_frame_limit_below_the_opcode_does_not_connect()
        {
            await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
                ProtocolClient.ConnectAsync(new IPEndPoint(IPAddress.Loopback, 1), ProtocolRegistry.TryParse, new ProtocolClientOptions { MaxFrameSize = 1 }));
        }
    }
}
