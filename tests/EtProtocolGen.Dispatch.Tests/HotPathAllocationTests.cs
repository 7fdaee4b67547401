using System;
using System.Threading.Tasks;
using EtProtocolGen.Dispatch.Tests.Infrastructure;

namespace EtProtocolGen.Dispatch.Tests
{
    /// <summary>
    /// Dispatching a message whose handler completes synchronously allocates the decoded message (and a request's response)
    /// and nothing else: no closure, no boxed state machine, no task. The BenchmarkDotNet suite measures the same path.
    /// </summary>
    public sealed class HotPathAllocationTests
    {
        private const int WarmUpDispatches = 20;

        private readonly TestHost _host = new TestHost();

        [Fact]
        public void Dispatching_a_one_way_message_allocates_nothing_beyond_the_decoded_message()
        {
            byte[] move = TestHost.Encode(new C2G_Move { X = 3, Y = 4 });
            long messageSize = AllocationOf(static () => new C2G_Move());

            long allocated = AllocationOfDispatch(TestHost.OuterUser, C2G_Move.Opcode, move, out DispatchResult result);

            Assert.Equal(DispatchStatus.Handled, result.Status);
            Assert.Equal(0, allocated - messageSize);
        }

        [Fact]
        public void Dispatching_a_request_allocates_nothing_beyond_the_decoded_request_and_its_response()
        {
            byte[] ping = TestHost.Encode(new C2G_Ping { RpcId = 12, ClientTime = 34 });
            long messagesSize = AllocationOf(static () => new C2G_Ping()) + AllocationOf(static () => new G2C_Ping());

            long allocated = AllocationOfDispatch(TestHost.OuterAnonymous, C2G_Ping.Opcode, ping, out DispatchResult result);

            Assert.Equal(DispatchStatus.Handled, result.Status);
            Assert.Equal(12, Assert.IsType<G2C_Ping>(result.Response).RpcId);
            Assert.Equal(0, allocated - messagesSize);
        }

        [Fact]
        public void A_message_under_its_rate_limit_allocates_nothing_more_with_the_DispatchLimiter()
        {
            // C2G_Report: [RateLimit(30, 10, Per = Connection | RemoteAddress)]. The warm-up creates the connection's and the
            // address's budgets and spends 20 permits; the measured dispatch spends a 21st from both without allocating.
            var host = new TestHost(new DispatchLimiter());
            var session = new TestSession("limited player", MessageScope.Outer, isAuthenticated: false) { RemoteAddress = System.Net.IPAddress.Parse("2001:db8::7") };
            byte[] report = TestHost.Encode(new C2G_Report { Text = "afk" });
            long messageSize = AllocationOf(() => C2G_Report.Parse(report));   // the message and its decoded string
            for (int i = 0; i < WarmUpDispatches; i++)
            {
                Assert.Equal(DispatchStatus.Handled, Completed(host.Outer.DispatchAsync(session, C2G_Report.Opcode, report)).Status);
            }

            long before = GC.GetAllocatedBytesForCurrentThread();
            ValueTask<DispatchResult> pending = host.Outer.DispatchAsync(session, C2G_Report.Opcode, report);
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

            Assert.Equal(DispatchStatus.Handled, Completed(pending).Status);
            Assert.Equal(0, allocated - messageSize);
        }

        [Fact]
        public void Refusing_an_unknown_opcode_or_an_unauthorized_one_way_message_allocates_nothing_beyond_the_decoded_message()
        {
            byte[] move = TestHost.Encode(new C2G_Move { X = 3, Y = 4 });
            long messageSize = AllocationOf(static () => new C2G_Move());

            long unknown = AllocationOfDispatch(TestHost.OuterUser, 4321, move, out DispatchResult unknownResult);
            long unauthorized = AllocationOfDispatch(TestHost.OuterAnonymous, C2G_Move.Opcode, move, out DispatchResult unauthorizedResult);

            Assert.Equal(DispatchStatus.UnknownOpcode, unknownResult.Status);
            Assert.Equal(0, unknown);
            Assert.Equal(DispatchStatus.Unauthorized, unauthorizedResult.Status);
            Assert.Equal(0, unauthorized - messageSize);
        }

        /// <summary>Bytes this thread allocated for one dispatch after warm-up (JIT, static constructors, tiering).</summary>
        private long AllocationOfDispatch(TestSession session, ushort opcode, byte[] payload, out DispatchResult result)
        {
            for (int i = 0; i < WarmUpDispatches; i++)
            {
                Completed(_host.Outer.DispatchAsync(session, opcode, payload));
            }

            long before = GC.GetAllocatedBytesForCurrentThread();
            ValueTask<DispatchResult> pending = _host.Outer.DispatchAsync(session, opcode, payload);
            long after = GC.GetAllocatedBytesForCurrentThread();

            result = Completed(pending);
            return after - before;
        }

        /// <summary>The result of a dispatch that must already have completed: reading it does not block.</summary>
        private static DispatchResult Completed(ValueTask<DispatchResult> pending)
        {
            Assert.True(pending.IsCompletedSuccessfully, "the dispatch did not complete synchronously");
            return pending.Result;
        }

        private static long AllocationOf(Func<object> create)
        {
            GC.KeepAlive(create());
            long before = GC.GetAllocatedBytesForCurrentThread();
            GC.KeepAlive(create());
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }
    }
}
