using System;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen;
using EtProtocolGen.Transport.Server;
using Microsoft.Extensions.DependencyInjection;
using Session.Protocol;
using SessionServer.Generated;

// Serves on a loopback port, prints it, and exits after the first session has closed (non-zero if none came in time).
await using ProtocolServer server = await ProtocolServer.StartAsync<Visitor, HelloApplication>(
    new IPEndPoint(IPAddress.Loopback, 0),
    options => options.MaxRefusals = 3,
    services => services.AddSessionServerDispatchers());
Console.WriteLine($"listening on port {server.EndPoint.Port}");

var application = (HelloApplication)server.Services.GetRequiredService<IProtocolApplication<Visitor>>();
CloseReason reason = await application.FirstClose.Task.WaitAsync(TimeSpan.FromSeconds(60));
Console.WriteLine($"server: session closed ({reason}), refusals {server.Metrics.TotalRefusals}");
return reason == CloseReason.PeerClosed && server.Metrics.TotalRefusals == 0 ? 0 : 1;

public sealed class Visitor : IProtocolSession
{
    public Visitor(ProtocolConnection connection) => Connection = connection;

    public ProtocolConnection Connection { get; }

    public bool IsAuthenticated => false;

    public MessageScope Scope => MessageScope.Outer;

    public bool IsInRole(string role) => false;
}

public sealed class HelloApplication : IProtocolApplication<Visitor>
{
    private readonly OuterDispatcher _dispatcher;

    public HelloApplication(OuterDispatcher dispatcher) => _dispatcher = dispatcher;

    public TaskCompletionSource<CloseReason> FirstClose { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Visitor CreateSession(ProtocolConnection connection) => new(connection);

    public ValueTask<DispatchResult> DispatchAsync(Visitor session, ushort opcode, ReadOnlySpan<byte> payload, CancellationToken cancellationToken) =>
        _dispatcher.DispatchAsync(session, opcode, payload, cancellationToken);

    public DispatchResult RateLimited(ushort opcode, ReadOnlySpan<byte> payload) => OuterDispatcher.RateLimited(opcode, payload);

    public ValueTask OnClosedAsync(Visitor session, CloseReason reason)
    {
        FirstClose.TrySetResult(reason);
        return default;
    }
}

public sealed class HelloHandler : IRequestHandler<Visitor, C2G_Hello, G2C_Hello>
{
    private int _visitors;

    public async ValueTask<G2C_Hello> HandleAsync(Visitor session, C2G_Hello request, CancellationToken cancellationToken)
    {
        int visitors = Interlocked.Increment(ref _visitors);
        await session.Connection.SendAsync(new G2C_Welcome { Visitors = visitors }, cancellationToken);
        return new G2C_Hello { RpcId = request.RpcId, Greeting = "hello, " + request.Name };
    }
}
