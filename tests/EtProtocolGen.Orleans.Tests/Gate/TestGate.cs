using System.Buffers;
using System.Threading.Tasks;
using EtProtocolGen.Orleans.Tests.Generated;

namespace EtProtocolGen.Orleans.Tests.Gate;

/// <summary>
/// A gate as a transport would run it: a client's frame (opcode and bytes) goes through the gate's generated dispatcher,
/// whose handlers for location messages are the package's forwarders.
/// </summary>
public sealed class TestGate
{
    private readonly OuterTestGateSessionDispatcher _dispatcher = new(new ForwardGetUnit(), new ForwardStall(), new ForwardTeleport(), new ForwardWalk());

    /// <summary>Sends <paramref name="message"/> from the client of <paramref name="session"/>, encoded as the client would.</summary>
    public ValueTask<DispatchResult> ReceiveAsync(TestGateSession session, IWireMessage message)
    {
        var frame = new ArrayBufferWriter<byte>();
        message.WriteTo(frame);
        return _dispatcher.DispatchAsync(session, message.MessageOpcode, frame.WrittenSpan);
    }

    /// <summary>Sends a request and returns what the client gets back.</summary>
    public async Task<TResponse> RequestAsync<TResponse>(TestGateSession session, IRequest request)
        where TResponse : class, IResponse
    {
        DispatchResult result = await ReceiveAsync(session, (IWireMessage)request);
        return Assert.IsType<TResponse>(result.Response);
    }
}
