using System.Diagnostics;
using System.Threading.Tasks;
using EtProtocolGen.Client;
using EtProtocolGen.Transport.Tests.Infrastructure;

namespace EtProtocolGen.Transport.Tests
{
    /// <summary>
    /// A declared [RateLimit] through the transport: the refused request is answered at once with its RpcId and
    /// <see cref="ErrorCodes.RateLimited"/>, counted as <see cref="RefusalReason.MessageRateLimited"/> against the connection's
    /// refusal budget, and enough of them close the connection while other players are served.
    /// </summary>
    public sealed class MessageRateLimitTests
    {
        [Fact(Timeout = 10_000)]
        public async Task A_request_over_its_declared_budget_is_answered_RateLimited_at_once_and_the_connection_stays_usable()
        {
            await using TestServer server = await TestServer.StartAsync();
            await using ProtocolClient player = await server.ConnectPlayerAsync();

            Assert.Equal(ErrorCodes.Success, (await player.Rpc.CallAsync(new C2G_Redeem { Code = "a" })).Error);
            Assert.Equal(ErrorCodes.Success, (await player.Rpc.CallAsync(new C2G_Redeem { Code = "b" })).Error);

            var answeredIn = Stopwatch.StartNew();
            G2C_Redeem refused = await player.Rpc.CallAsync(new C2G_Redeem { Code = "c" });
            answeredIn.Stop();

            Assert.Equal(ErrorCodes.RateLimited, refused.Error);
            Assert.Equal("", refused.Message);
            Assert.True(answeredIn.ElapsedMilliseconds < 1_000, "answered after " + answeredIn.ElapsedMilliseconds + " ms");
            Assert.Equal(2, server.Calls.Count(C2G_Redeem.Opcode));
            Assert.Equal(1, server.Metrics.Refusals(RefusalReason.MessageRateLimited));
            await TestServer.AssertServedAsync(player);
        }

        [Fact(Timeout = 10_000)]
        public async Task Refusals_count_against_the_refusal_budget_and_close_the_connection_but_not_another_player_s()
        {
            await using TestServer server = await TestServer.StartAsync(options => options.MaxRefusals = 3);
            await using ProtocolClient flooder = await server.ConnectPlayerAsync();
            await using ProtocolClient other = await server.ConnectPlayerAsync();

            for (int i = 0; i < 2; i++)
            {
                Assert.Equal(ErrorCodes.Success, (await flooder.Rpc.CallAsync(new C2G_Redeem { Code = "x" })).Error);
            }

            for (int i = 0; i < 2; i++)
            {
                Assert.Equal(ErrorCodes.RateLimited, (await flooder.Rpc.CallAsync(new C2G_Redeem { Code = "x" })).Error);
            }

            // The third refusal reaches MaxRefusals: the connection is closed.
            _ = flooder.Rpc.CallAsync(new C2G_Redeem { Code = "x" });
            await ClientAssert.ClosedByServerAsync(flooder);

            Assert.Equal(3, server.Metrics.Refusals(RefusalReason.MessageRateLimited));
            Assert.Equal(1, server.Metrics.Closes(CloseReason.TooManyRefusals));
            Assert.Equal(ErrorCodes.Success, (await other.Rpc.CallAsync(new C2G_Redeem { Code = "y" })).Error);
            await TestServer.AssertServedAsync(other);
        }
    }
}
