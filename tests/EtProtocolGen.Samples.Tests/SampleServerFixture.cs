using System;
using System.Threading.Tasks;
using EtProtocolGen.Demo;
using EtProtocolGen.Sample.Server.Hosting;
using EtProtocolGen.Transport.Server;
using Microsoft.Extensions.Logging;

namespace EtProtocolGen.Samples.Tests;

/// <summary>One sample server on a loopback ephemeral port with the demo's limits, shared by the tests of a class.</summary>
public sealed class SampleServerFixture : IAsyncLifetime
{
    private SampleServer? _server;

    public SampleServer Server => _server ?? throw new InvalidOperationException("The server has not started.");

    public ProtocolServerOptions Limits { get; } = CreateLimits();

    public async Task InitializeAsync() =>
        _server = await SampleServer.StartAsync(new SampleServerOptions
        {
            Transport = DemoScenario.ConfigureLimits,
            Logging = static logging => logging.SetMinimumLevel(LogLevel.Warning),
        }).WaitAsync(TimeSpan.FromSeconds(30));

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private static ProtocolServerOptions CreateLimits()
    {
        var limits = new ProtocolServerOptions();
        DemoScenario.ConfigureLimits(limits);
        return limits;
    }
}
