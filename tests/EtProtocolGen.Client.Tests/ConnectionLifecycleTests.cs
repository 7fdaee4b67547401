using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Client.Tests.Infrastructure;

namespace EtProtocolGen.Client.Tests
{
    /// <summary>Streams the caller supplies, clean close, the reconnect hook.</summary>
    public sealed class ConnectionLifecycleTests
    {
        [Fact(Timeout = 10_000)]
        public async Task The_client_runs_over_any_stream_the_caller_supplies()
        {
            using var stop = new CancellationTokenSource();
            (Stream clientEnd, Stream serverEnd) = InMemoryStreams.CreatePair();
            Task serving = PingServer.ServeAsync(serverEnd, stop.Token);

            await using ProtocolClient client = await ProtocolClient.ConnectAsync(
                _ => new ValueTask<Stream>(clientEnd), ProtocolRegistry.TryParse, new ProtocolClientOptions { RequestTimeout = Patience.Timeout });

            G2C_Ping answer = await client.Rpc.CallAsync(new C2G_Ping { Sequence = 9 });

            Assert.Equal(9, answer.Sequence);
            stop.Cancel();
            await serving.WaitAsync(Patience.Timeout);
        }

        [Fact(Timeout = 10_000)]
        public async Task CloseAsync_sends_what_is_queued_shuts_the_sending_side_and_still_reads_the_answer()
        {
            await using var server = new PingServer();
            ProtocolClient client = await ProtocolClient.ConnectAsync(server.EndPoint, ProtocolRegistry.TryParse, new ProtocolClientOptions { RequestTimeout = Patience.Timeout });

            Task<G2C_Ping> call = client.Rpc.CallAsync(new C2G_Ping { Sequence = 4 });
            CloseReason reason = await client.CloseAsync().WaitAsync(Patience.Timeout);

            Assert.Equal(CloseReason.LocalClose, reason);
            Assert.Equal(4, (await call).Sequence);
            Assert.Equal(1, server.CleanCloses);
            await Assert.ThrowsAsync<IOException>(() => client.SendAsync(new C2G_Ping()).AsTask());
            await client.DisposeAsync();
        }

        [Fact(Timeout = 10_000)]
        public async Task The_reconnect_hook_opens_a_new_connection_through_the_same_connector_and_logs_in_again()
        {
            await using var server = new PingServer();
            int logins = 0;
            var reconnected = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            await using ProtocolClient client = await ProtocolClient.ConnectAsync(server.EndPoint, ProtocolRegistry.TryParse, new ProtocolClientOptions
            {
                RequestTimeout = Patience.Timeout,
                Connected = async (connected, cancellationToken) =>
                {
                    // What a game does here: log in again.
                    await connected.Rpc.CallAsync(new C2G_Ping { Sequence = 100 }, cancellationToken);
                    Interlocked.Increment(ref logins);
                },
                Disconnected = (disconnected, reason) =>
                {
                    Assert.Equal(CloseReason.PeerClosed, reason);
                    _ = ReconnectAsync(disconnected, reconnected);
                },
            });
            Task<CloseReason> first = client.Closed;

            server.DisconnectAll();

            Assert.Equal(CloseReason.PeerClosed, await first.WaitAsync(Patience.Timeout));
            await reconnected.Task.WaitAsync(Patience.Timeout);
            Assert.True(client.IsConnected);
            Assert.Equal(7, (await client.Rpc.CallAsync(new C2G_Ping { Sequence = 7 })).Sequence);
            Assert.Equal(2, Volatile.Read(ref logins));
            Assert.Equal(2, server.Connections);
        }

        [Fact(Timeout = 10_000)]
        public async Task Reconnecting_while_connected_is_refused()
        {
            await using var server = new PingServer();
            await using ProtocolClient client = await ProtocolClient.ConnectAsync(server.EndPoint, ProtocolRegistry.TryParse);

            await Assert.ThrowsAsync<InvalidOperationException>(() => client.ReconnectAsync());
        }

        private static async Task ReconnectAsync(ProtocolClient client, TaskCompletionSource<bool> done)
        {
            try
            {
                await client.ReconnectAsync();
                done.SetResult(true);
            }
            catch (Exception exception)
            {
                done.SetException(exception);
            }
        }
    }
}
