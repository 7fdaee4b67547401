using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.Metrics;
using System.Linq;
using System.Threading.Tasks;
using EtProtocolGen.Client;
using EtProtocolGen.Transport.Diagnostics;
using EtProtocolGen.Framing;
using EtProtocolGen.Transport.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EtProtocolGen.Transport.Tests
{
    public sealed class DiagnosticsTests
    {
        private const string Category = "EtProtocolGen.Transport.Server.ProtocolConnectionHandler";

        [Fact(Timeout = 10_000)]
        public async Task Every_refusal_and_the_close_are_logged_with_numbers_only()
        {
            var logs = new CapturingLoggerProvider();
            await using TestServer server = await TestServer.StartAsync(configureServices: services => services.AddLogging(logging => logging.AddProvider(logs)));
            await using ProtocolClient attacker = await server.ConnectAsync();

            G2C_Ping refused = await attacker.Rpc.CallAsync(new C2G_Ping { Sequence = 1 });
            await attacker.SendRawAsync(FrameFormat.Build(C2G_Login.Opcode, new byte[] { 0x12, 0x05, (byte)'s', (byte)'e', (byte)'c' }));
            await ClientAssert.ClosedByServerAsync(attacker);

            Assert.Equal(ErrorCodes.Unauthorized, refused.Error);
            IReadOnlyList<CapturingLoggerProvider.LogEntry> refusals = logs.WithEventId(3);
            Assert.Equal(2, refusals.Count);
            Assert.All(refusals, entry => Assert.Equal(LogLevel.Warning, entry.Level));
            Assert.All(refusals, entry => Assert.Equal(Category, entry.Category));
            Assert.Contains("Unauthorized", refusals[0].Message);
            Assert.Contains("opcode " + C2G_Ping.Opcode, refusals[0].Message);
            Assert.Contains("Malformed", refusals[1].Message);
            Assert.DoesNotContain("sec", refusals[1].Message);

            CapturingLoggerProvider.LogEntry closed = Assert.Single(logs.WithEventId(2));
            Assert.Contains("ProtocolViolation", closed.Message);
        }

        [Fact(Timeout = 10_000)]
        public async Task Refusals_are_published_on_the_transport_meter_tagged_with_their_reason()
        {
            var reasons = new ConcurrentQueue<string>();
            using var listener = new MeterListener
            {
                InstrumentPublished = (instrument, meterListener) =>
                {
                    if (instrument.Meter.Name == TransportMetrics.MeterName && instrument.Name == "etprotocol.transport.refusals")
                    {
                        meterListener.EnableMeasurementEvents(instrument);
                    }
                },
            };
            await using TestServer server = await TestServer.StartAsync();
            listener.SetMeasurementEventCallback<long>((instrument, value, tags, state) =>
            {
                // Other tests' servers publish on meters of the same name; keep this server's only.
                if (ReferenceEquals(instrument.Meter.Scope, server.Server.Services.GetRequiredService<IMeterFactory>()))
                {
                    foreach (KeyValuePair<string, object?> tag in tags)
                    {
                        reasons.Enqueue((string)tag.Value!);
                    }
                }
            });
            listener.Start();
            await using ProtocolClient attacker = await server.ConnectAsync();

            await attacker.SendRawAsync(FrameFormat.Build(9999, default));
            await ClientAssert.ClosedByServerAsync(attacker);

            Assert.Equal(new[] { nameof(RefusalReason.UnknownOpcode) }, reasons.ToArray());
            Assert.Equal(1, server.Metrics.TotalRefusals);
        }

        [Fact(Timeout = 10_000)]
        public async Task A_handler_that_throws_is_logged_with_its_exception_and_the_client_gets_only_a_code()
        {
            var logs = new CapturingLoggerProvider();
            await using TestServer server = await TestServer.StartAsync(configureServices: services => services.AddLogging(logging => logging.AddProvider(logs)));
            await using ProtocolClient client = await server.ConnectPlayerAsync();

            G2C_Ping failed = await client.Rpc.CallAsync(new C2G_Ping { Sequence = PingHandler.Explode });

            Assert.Equal(ErrorCodes.InternalError, failed.Error);
            Assert.Equal("", failed.Message);
            CapturingLoggerProvider.LogEntry entry = Assert.Single(logs.WithEventId(4));
            Assert.Equal(LogLevel.Error, entry.Level);
            Assert.Equal(PingHandler.ExplosionText, entry.Exception?.Message);
            await TestServer.AssertServedAsync(client);
            Assert.Equal(0, server.Metrics.TotalRefusals);
        }
    }
}
