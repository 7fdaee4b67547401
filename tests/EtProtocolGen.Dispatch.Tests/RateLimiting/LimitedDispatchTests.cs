using System;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Dispatch.Tests.Infrastructure;

namespace EtProtocolGen.Dispatch.Tests.RateLimiting
{
    /// <summary>
    /// Generated dispatch with the runtime's <see cref="DispatchLimiter"/>: budgets spent and refused before decoding with the
    /// request's RpcId, concurrency slots given back when the handler completes, throws or is canceled, and the public
    /// <c>RateLimited</c> refusal a transport uses for its own bucket.
    /// </summary>
    public sealed class LimitedDispatchTests
    {
        private readonly TestHost _host = new TestHost(new DispatchLimiter());

        private static TestSession Anonymous(string name) => new TestSession(name, MessageScope.Outer, isAuthenticated: false);

        [Fact]
        public async Task An_anonymous_request_gets_the_default_budget_then_RateLimited_with_its_RpcId_and_no_handler_call()
        {
            TestSession session = Anonymous("player");
            for (int i = 1; i <= 10; i++)
            {
                DispatchResult handled = await _host.DispatchAsync(session, new C2G_Ping { RpcId = i });
                Assert.Equal(DispatchStatus.Handled, handled.Status);
            }

            DispatchResult refused = await _host.DispatchAsync(session, new C2G_Ping { RpcId = 11 });

            Assert.Equal(DispatchStatus.RateLimited, refused.Status);
            Assert.Equal(ErrorCodes.RateLimited, refused.ErrorCode);
            Assert.False(refused.IsProtocolViolation);
            G2C_Ping response = Assert.IsType<G2C_Ping>(refused.Response);
            Assert.Equal((11, ErrorCodes.RateLimited, ""), (response.RpcId, response.Error, response.Message));
            Assert.Equal(10, _host.Probe.Calls(C2G_Ping.Opcode));

            // Another connection has its own budget.
            Assert.Equal(DispatchStatus.Handled, (await _host.DispatchAsync(Anonymous("other player"), new C2G_Ping { RpcId = 1 })).Status);
        }

        [Fact]
        public async Task A_refused_request_is_not_decoded_so_a_malformed_one_is_RateLimited_without_an_answer()
        {
            TestSession session = Anonymous("flooder");
            for (int i = 0; i < 10; i++)
            {
                await _host.DispatchAsync(session, new C2G_Ping { RpcId = 1 });
            }

            DispatchResult result = await _host.Outer.DispatchAsync(session, C2G_Ping.Opcode, new byte[] { 0x08, 0x05, 0x12, 0x80 });

            Assert.Equal(DispatchStatus.RateLimited, result.Status);
            Assert.Equal(ProtocolError.None, result.ProtocolError);
            Assert.Null(result.Response);
        }

        [Fact]
        public async Task Connections_from_one_address_share_a_per_address_budget()
        {
            // C2G_Report: [RateLimit(30, 10, Per = Connection | RemoteAddress)], one-way: refused messages get no answer.
            var address = IPAddress.Parse("198.51.100.20");
            TestSession first = Anonymous("c1");
            TestSession second = Anonymous("c2");
            first.RemoteAddress = address;
            second.RemoteAddress = address;
            int handled = 0;
            for (int i = 0; i < 40; i++)
            {
                DispatchResult result = await _host.DispatchAsync(i % 2 == 0 ? first : second, new C2G_Report { Text = "x" });
                handled += result.IsHandled ? 1 : 0;
                Assert.True(result.IsHandled || (result.Status == DispatchStatus.RateLimited && result.Response is null));
            }

            Assert.Equal(30, handled);
        }

        [Fact]
        public async Task A_per_account_budget_follows_the_account_across_connections()
        {
            // C2G_Rename: [Authorize], [RateLimit(5, 60, Per = Account)].
            TestSession phone = new TestSession("phone", MessageScope.Outer, isAuthenticated: true) { AccountId = "alice" };
            TestSession laptop = new TestSession("laptop", MessageScope.Outer, isAuthenticated: true) { AccountId = "alice" };
            for (int i = 0; i < 5; i++)
            {
                Assert.True((await _host.DispatchAsync(i < 3 ? phone : laptop, new C2G_Rename { RpcId = i, Name = "hero" })).IsHandled);
            }

            DispatchResult refused = await _host.DispatchAsync(laptop, new C2G_Rename { RpcId = 99, Name = "hero" });
            Assert.Equal(DispatchStatus.RateLimited, refused.Status);
            Assert.Equal(99, Assert.IsType<G2C_Rename>(refused.Response).RpcId);
        }

        [Fact]
        public async Task A_handler_class_budget_is_shared_by_every_message_it_handles()
        {
            // GameMasterHandler: [RateLimit(20, 60, Per = Connection | Account)] for C2G_Kick and C2G_Announce.
            var gm = new TestSession("gm console", MessageScope.Outer, isAuthenticated: true, "gm");
            int handled = 0;
            for (int i = 0; i < 30; i++)
            {
                DispatchResult result = i % 2 == 0
                    ? await _host.DispatchAsync(gm, new C2G_Kick { RpcId = i, PlayerId = 7 })
                    : await _host.DispatchAsync(gm, new C2G_Announce { Text = "hello" });
                handled += result.IsHandled ? 1 : 0;
            }

            Assert.Equal(20, handled);
        }

        // ---- concurrency: the slot comes back however the handler ends ------------------------------------

        [Fact]
        public async Task A_slot_is_held_while_the_handler_runs_and_comes_back_when_it_completes()
        {
            // C2G_Slow: [MaxConcurrency(1)] on the message (server-wide) and [MaxConcurrency(4, Per = Connection)] on SlowHandler.
            TestSession first = Anonymous("first");
            ValueTask<DispatchResult> running = _host.DispatchAsync(first, new C2G_Slow { RpcId = 1, DelayMilliseconds = 300 });
            Assert.False(running.IsCompleted);

            DispatchResult refused = await _host.DispatchAsync(Anonymous("second"), new C2G_Slow { RpcId = 2 });
            Assert.Equal(DispatchStatus.RateLimited, refused.Status);
            Assert.Equal(2, Assert.IsType<G2C_Slow>(refused.Response).RpcId);
            Assert.Equal(1, _host.Probe.Calls(C2G_Slow.Opcode));

            Assert.Equal(DispatchStatus.Handled, (await running).Status);
            Assert.Equal(DispatchStatus.Handled, (await _host.DispatchAsync(Anonymous("third"), new C2G_Slow { RpcId = 3 })).Status);
            // What is left are the three connections' anonymous-default budgets: no concurrency limiter outlives its slots.
            Assert.Equal(3, ((DispatchLimiter)_host.Limiter).PartitionCount);
        }

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public async Task A_slot_comes_back_when_the_handler_throws(bool asynchronously)
        {
            // C2G_Crash: [MaxConcurrency(3)]; more crashes than slots must all reach the handler.
            var limiter = TestLimiter.Unlimited;
            var host = new TestHost(limiter);
            var real = new TestHost(new DispatchLimiter());
            for (int i = 0; i < 5; i++)
            {
                DispatchResult result = await host.DispatchAsync(Anonymous("c" + i), new C2G_Crash { RpcId = i, Asynchronously = asynchronously });
                Assert.Equal(DispatchStatus.HandlerFailed, result.Status);
                Assert.Equal(DispatchStatus.HandlerFailed, (await real.DispatchAsync(Anonymous("c" + i), new C2G_Crash { RpcId = i, Asynchronously = asynchronously })).Status);
            }

            Assert.Equal(5, limiter.SlotsTaken);
            Assert.Equal(0, limiter.SlotsHeld);
            Assert.Equal(5, real.Probe.Calls(C2G_Crash.Opcode));
        }

        [Fact]
        public async Task A_slot_comes_back_when_the_handler_is_canceled()
        {
            using var closing = new CancellationTokenSource();
            ValueTask<DispatchResult> running = _host.DispatchAsync(Anonymous("leaving"), new C2G_Slow { RpcId = 1, DelayMilliseconds = 30_000 }, closing.Token);
            Assert.Equal(DispatchStatus.RateLimited, (await _host.DispatchAsync(Anonymous("waiting"), new C2G_Slow { RpcId = 2 })).Status);

            closing.Cancel();
            Assert.Equal(DispatchStatus.Canceled, (await running).Status);

            Assert.Equal(DispatchStatus.Handled, (await _host.DispatchAsync(Anonymous("waiting"), new C2G_Slow { RpcId = 3 })).Status);
        }

        [Fact]
        public async Task A_handler_slot_shared_by_two_messages_caps_both_together()
        {
            // GameMasterHandler: [MaxConcurrency(2)] server-wide, for C2G_Kick and C2G_Announce. A limiter that never frees
            // slots shows which dispatches took one.
            var limiter = TestLimiter.Unlimited;
            var host = new TestHost(limiter);
            var gm = new TestSession("gm", MessageScope.Outer, isAuthenticated: true, "gm");
            await host.DispatchAsync(gm, new C2G_Kick { RpcId = 1, PlayerId = 7 });
            await host.DispatchAsync(gm, new C2G_Announce { Text = "hello" });
            await host.DispatchAsync(gm, new C2G_Announce { Text = "" });   // invalid: refused before the slot

            Assert.Equal(2, limiter.SlotsTaken);
            Assert.Equal(0, limiter.SlotsHeld);
        }

        // ---- the public refusal for a transport's own bucket ----------------------------------------------

        [Fact]
        public void The_generated_RateLimited_answers_a_request_with_its_RpcId_read_from_the_undecoded_payload()
        {
            byte[] payload = TestHost.Encode(new C2G_Kick { RpcId = 4242, PlayerId = 9 });

            DispatchResult result = OuterDispatcher.RateLimited(C2G_Kick.Opcode, payload);

            Assert.Equal(DispatchStatus.RateLimited, result.Status);
            Assert.Equal(C2G_Kick.Opcode, result.Opcode);
            G2C_Kick response = Assert.IsType<G2C_Kick>(result.Response);
            Assert.Equal((4242, ErrorCodes.RateLimited), (response.RpcId, response.Error));
        }

        [Fact]
        public void The_generated_RateLimited_gives_no_answer_to_a_one_way_message_an_unknown_opcode_or_a_malformed_payload()
        {
            Assert.Null(OuterDispatcher.RateLimited(C2G_Move.Opcode, TestHost.Encode(new C2G_Move { X = 1 })).Response);
            Assert.Null(OuterDispatcher.RateLimited(4321, new byte[] { 0x08, 0x01 }).Response);
            Assert.Null(OuterDispatcher.RateLimited(S2S_Sync.Opcode, TestHost.Encode(new S2S_Sync { RpcId = 5 })).Response);
            Assert.Null(OuterDispatcher.RateLimited(C2G_Kick.Opcode, new byte[] { 0x08, 0x05, 0x12, 0x80 }).Response);
            Assert.Equal(DispatchStatus.RateLimited, OuterDispatcher.RateLimited(4321, default).Status);
        }

        [Fact]
        public void A_dispatcher_with_limits_refuses_a_null_limiter()
        {
            ArgumentNullException thrown = Assert.Throws<ArgumentNullException>(() => new OuterDispatcher(
                null!, new AuditHandler(new HandlerProbe()), new CrashHandler(new HandlerProbe()), new GameMasterHandler(new HandlerProbe()),
                new MoveHandler(new HandlerProbe()), new NothingHandler(new HandlerProbe()), new PingHandler(new HandlerProbe()),
                new ProfileHandler(new HandlerProbe()), new RenameHandler(new HandlerProbe()), new ReportHandler(new HandlerProbe()),
                new SlowHandler(new HandlerProbe())));
            Assert.Equal("limiter", thrown.ParamName);
        }
    }
}
