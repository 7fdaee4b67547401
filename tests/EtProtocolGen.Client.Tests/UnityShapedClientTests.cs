using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Client.UnityShaped;
using EtProtocolGen.Sample.Server.Hosting;
using Microsoft.Extensions.Logging;

namespace EtProtocolGen.Client.Tests
{
    /// <summary>The client as a Unity game uses it: from a netstandard2.1 / C# 9 assembly, against the sample server.</summary>
    public sealed class UnityShapedClientTests
    {
        [Fact(Timeout = 30_000)]
        public async Task A_unity_shaped_client_logs_in_plays_and_closes_cleanly_against_the_sample_server()
        {
            await using SampleServer server = await SampleServer.StartAsync(new SampleServerOptions
            {
                Logging = static logging => logging.SetMinimumLevel(LogLevel.Warning),
            });
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));

            IReadOnlyList<string> steps = await UnityShapedPlayer.PlayAsync(server.EndPoint, "ann", "hunter2", timeout.Token);

            Assert.Equal("realm error 0", steps[0]);
            Assert.StartsWith("gate error 0, player ", steps[1]);
            Assert.Equal("map error 0", steps[2]);
            Assert.Equal("chat \"hello from unity\"", steps[3]);
            Assert.StartsWith("inventory error 0, ", steps[4]);
            Assert.Equal("closed LocalClose", steps[5]);
            Assert.Equal(0, server.Metrics.TotalRefusals);
        }
    }
}
