using System.Linq;
using System.Net.Sockets;
using System.Threading.Tasks;
using EtProtocolGen.Client.Tests.Infrastructure;
using Xunit.Abstractions;

namespace EtProtocolGen.Client.Tests
{
    /// <summary>Sends pending together leave in one write and one flush. Counts writes; no timing.</summary>
    public sealed class CoalescingTests
    {
        private const int InFlight = 32;
        private readonly ITestOutputHelper _output;

        public CoalescingTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [Fact(Timeout = 10_000)]
        public async Task Thirty_two_requests_queued_behind_a_write_in_progress_leave_in_one_more_write_and_flush()
        {
            await using var server = new PingServer();
            CountingStream? counted = null;
            await using ProtocolClient client = await ProtocolClient.ConnectAsync(
                async cancellationToken =>
                {
                    var stream = (NetworkStream)await ClientConnectors.Tcp(server.EndPoint)(cancellationToken);
                    return counted = new CountingStream(stream, holdFirstWrite: true);
                },
                ProtocolRegistry.TryParse,
                new ProtocolClientOptions { RequestTimeout = Patience.Timeout });

            // The first request's write is held at the gate; the other 31 queue behind it.
            var calls = new Task<G2C_Ping>[InFlight];
            calls[0] = client.Rpc.CallAsync(new C2G_Ping { Sequence = 0 });
            await counted!.FirstWriteEntered.WaitAsync(Patience.Timeout);
            for (int i = 1; i < InFlight; i++)
            {
                calls[i] = client.Rpc.CallAsync(new C2G_Ping { Sequence = i });
            }

            counted.ReleaseFirstWrite();
            G2C_Ping[] answers = await Task.WhenAll(calls).WaitAsync(Patience.Timeout);

            Assert.Equal(Enumerable.Range(0, InFlight), answers.Select(answer => answer.Sequence));
            _output.WriteLine($"{InFlight} requests in flight: {counted.Writes} writes, {counted.Flushes} flushes ({(double)counted.Flushes / InFlight:0.###} per request)");
            Assert.Equal(2, counted.Writes);
            Assert.Equal(2, counted.Flushes);
        }
    }
}
