using System;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Tests.ProtoProtocol.Generated;
using ProtoOuterDispatcher = EtProtocolGen.Tests.ProtoProtocol.Generated.OuterDispatcher;
using EtProtocolGen.Tests.ProtoProtocol.Server;
using EtProtocolGen.Transport.Server;

namespace EtProtocolGen.Transport.Tests.Proto
{
    /// <summary>
    /// A server application for the protocol of EtProtocolGen.Tests.ProtoProtocol, which is defined only by .proto files (ET's
    /// dialect and proto3) with its handlers in C#: every frame goes through that assembly's generated outer dispatcher.
    /// </summary>
    public sealed class ProtoProtocolApplication : IProtocolApplication<ProtoPlayer>
    {
        private readonly ProtoOuterDispatcher _dispatcher;

        public ProtoProtocolApplication(ProtoOuterDispatcher dispatcher) => _dispatcher = dispatcher;

        public ProtoPlayer CreateSession(ProtocolConnection connection) => new ProtoPlayer(connection);

        public ValueTask<DispatchResult> DispatchAsync(ProtoPlayer session, ushort opcode, ReadOnlySpan<byte> payload, CancellationToken cancellationToken) =>
            _dispatcher.DispatchAsync(session, opcode, payload, cancellationToken);

        public DispatchResult RateLimited(ushort opcode, ReadOnlySpan<byte> payload) => ProtoOuterDispatcher.RateLimited(opcode, payload);

        public ValueTask OnClosedAsync(ProtoPlayer session, CloseReason reason) => default;
    }
}
