using System;
using System.Buffers;
using System.Threading;
using System.Threading.Tasks;

namespace EtProtocolGen.Dispatch.Tests.Infrastructure
{
    /// <summary>The generated dispatchers wired to every test handler, sharing one probe, with a limiter that grants everything unless given one.</summary>
    public sealed class TestHost
    {
        public TestHost(IDispatchLimiter? limiter = null)
        {
            Limiter = limiter ?? TestLimiter.Unlimited;
            Outer = new OuterDispatcher(
                Limiter,
                new AuditHandler(Probe),
                new CrashHandler(Probe),
                new GameMasterHandler(Probe),
                new MoveHandler(Probe),
                new NothingHandler(Probe),
                new PingHandler(Probe),
                new ProfileHandler(Probe),
                new RenameHandler(Probe),
                new ReportHandler(Probe),
                new SlowHandler(Probe));
            Inner = new InnerDispatcher(new ServerHandler(Probe));
        }

        public HandlerProbe Probe { get; } = new HandlerProbe();

        public IDispatchLimiter Limiter { get; }

        public OuterDispatcher Outer { get; }

        public InnerDispatcher Inner { get; }

        public static readonly TestSession OuterAnonymous = new TestSession("outer anonymous", MessageScope.Outer, isAuthenticated: false);
        public static readonly TestSession OuterUser = new TestSession("outer user", MessageScope.Outer, isAuthenticated: true);
        public static readonly TestSession OuterGm = new TestSession("outer gm", MessageScope.Outer, isAuthenticated: true, "gm");
        public static readonly TestSession OuterAdmin = new TestSession("outer admin", MessageScope.Outer, isAuthenticated: true, "admin");
        public static readonly TestSession InnerServer = new TestSession("inner server", MessageScope.Inner, isAuthenticated: true, "server");

        public ValueTask<DispatchResult> DispatchAsync(TestSession session, IWireMessage message, CancellationToken cancellationToken = default) =>
            DispatchAsync(session, message.MessageOpcode, Encode(message), cancellationToken);

        public ValueTask<DispatchResult> DispatchAsync(TestSession session, ushort opcode, byte[] payload, CancellationToken cancellationToken = default) =>
            session.Scope == MessageScope.Outer
                ? Outer.DispatchAsync(session, opcode, payload, cancellationToken)
                : Inner.DispatchAsync(session, opcode, payload, cancellationToken);

        public static byte[] Encode(IWireMessage message)
        {
            var buffer = new ArrayBufferWriter<byte>();
            message.WriteTo(buffer);
            return buffer.WrittenSpan.ToArray();
        }
    }
}
