using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Dispatch.Tests.Infrastructure;

namespace EtProtocolGen.Dispatch.Tests
{
    /// <summary>
    /// The calling side: RpcIds, matching responses to pending calls, refusing unknown RpcIds and wrong response types,
    /// timeouts, cancellation and send failures. Timeouts that must fire are short; timeouts that must not fire are long or
    /// infinite, so no test depends on the machine being fast.
    /// </summary>
    public sealed class RpcClientTests
    {
        private static readonly TimeSpan NeverInTest = TimeSpan.FromMinutes(10);

        private readonly RecordingSender _sender = new RecordingSender();

        [Fact]
        public async Task A_response_with_the_request_RpcId_completes_the_call_with_that_response()
        {
            using var client = new RpcClient(_sender, NeverInTest);

            Task<G2C_Ping> call = client.CallAsync(new C2G_Ping { ClientTime = 5 });
            var sent = Assert.IsType<C2G_Ping>(Assert.Single(_sender.Sent));
            Assert.NotEqual(0, sent.RpcId);
            Assert.False(call.IsCompleted);

            var response = new G2C_Ping { RpcId = sent.RpcId, ClientTime = 5 };
            Assert.Equal(ResponseMatch.Completed, client.OnResponse(response));

            Assert.Same(response, await call);
            Assert.Equal(0, client.PendingCount);
        }

        [Fact]
        public async Task Concurrent_calls_get_distinct_RpcIds_and_each_completes_with_its_own_response_in_any_order()
        {
            using var client = new RpcClient(_sender, NeverInTest);
            var calls = new List<Task<G2C_Ping>>();
            for (int i = 0; i < 5; i++)
            {
                calls.Add(client.CallAsync(new C2G_Ping { ClientTime = i }));
            }

            var rpcIds = new HashSet<int>();
            IReadOnlyList<IWireMessage> sent = _sender.Sent;
            for (int i = sent.Count - 1; i >= 0; i--)
            {
                var request = (C2G_Ping)sent[i];
                Assert.True(rpcIds.Add(request.RpcId));
                Assert.Equal(ResponseMatch.Completed, client.OnResponse(new G2C_Ping { RpcId = request.RpcId, ClientTime = request.ClientTime }));
            }

            for (int i = 0; i < calls.Count; i++)
            {
                Assert.Equal(i, (await calls[i]).ClientTime);
            }
        }

        [Fact]
        public async Task A_response_whose_Error_is_set_still_completes_the_call()
        {
            using var client = new RpcClient(_sender, NeverInTest);
            Task<G2C_Kick> call = client.CallAsync(new C2G_Kick { PlayerId = 1 });
            int rpcId = ((IRequest)Assert.Single(_sender.Sent)).RpcId;

            client.OnResponse(new G2C_Kick { RpcId = rpcId, Error = ErrorCodes.Forbidden });

            Assert.Equal(ErrorCodes.Forbidden, (await call).Error);
        }

        [Fact]
        public void A_response_with_an_RpcId_nobody_waits_for_is_refused_and_leaves_pending_calls_alone()
        {
            using var client = new RpcClient(_sender, NeverInTest);
            Task<G2C_Ping> call = client.CallAsync(new C2G_Ping());
            int rpcId = ((IRequest)Assert.Single(_sender.Sent)).RpcId;

            Assert.Equal(ResponseMatch.UnknownRpcId, client.OnResponse(new G2C_Ping { RpcId = rpcId + 1 }));
            Assert.Equal(ResponseMatch.UnknownRpcId, client.OnResponse(new G2C_Ping { RpcId = 0 }));

            Assert.False(call.IsCompleted);
            Assert.Equal(1, client.PendingCount);
        }

        [Fact]
        public async Task A_response_of_the_wrong_type_is_refused_and_the_right_one_still_completes_the_call()
        {
            using var client = new RpcClient(_sender, NeverInTest);
            Task<G2C_Ping> call = client.CallAsync(new C2G_Ping());
            int rpcId = ((IRequest)Assert.Single(_sender.Sent)).RpcId;

            Assert.Equal(ResponseMatch.WrongResponseType, client.OnResponse(new G2C_Profile { RpcId = rpcId, Name = "forged" }));
            Assert.False(call.IsCompleted);
            Assert.Equal(1, client.PendingCount);

            Assert.Equal(ResponseMatch.Completed, client.OnResponse(new G2C_Ping { RpcId = rpcId }));
            Assert.Equal(rpcId, (await call).RpcId);
        }

        [Fact]
        public async Task A_response_answered_twice_is_refused_the_second_time()
        {
            using var client = new RpcClient(_sender, NeverInTest);
            Task<G2C_Ping> call = client.CallAsync(new C2G_Ping());
            int rpcId = ((IRequest)Assert.Single(_sender.Sent)).RpcId;

            Assert.Equal(ResponseMatch.Completed, client.OnResponse(new G2C_Ping { RpcId = rpcId }));
            Assert.Equal(ResponseMatch.UnknownRpcId, client.OnResponse(new G2C_Ping { RpcId = rpcId }));
            await call;
        }

        [Fact]
        public async Task A_call_without_a_response_fails_with_TimeoutException_and_a_late_response_is_refused()
        {
            using var client = new RpcClient(_sender, NeverInTest);

            Task<G2C_Ping> call = client.CallAsync(new C2G_Ping(), TimeSpan.FromMilliseconds(50));
            int rpcId = ((IRequest)Assert.Single(_sender.Sent)).RpcId;

            await Assert.ThrowsAsync<TimeoutException>(() => call);
            Assert.Equal(0, client.PendingCount);
            Assert.Equal(ResponseMatch.UnknownRpcId, client.OnResponse(new G2C_Ping { RpcId = rpcId }));
        }

        [Fact]
        public async Task The_client_timeout_applies_when_the_call_gives_none()
        {
            using var client = new RpcClient(_sender, TimeSpan.FromMilliseconds(50));

            await Assert.ThrowsAsync<TimeoutException>(() => client.CallAsync(new C2G_Ping()));
            Assert.Equal(0, client.PendingCount);
        }

        [Fact]
        public async Task Canceling_a_call_cancels_its_task_and_a_late_response_is_refused()
        {
            using var client = new RpcClient(_sender, NeverInTest);
            using var cancellation = new CancellationTokenSource();
            Task<G2C_Ping> call = client.CallAsync(new C2G_Ping(), cancellation.Token);
            int rpcId = ((IRequest)Assert.Single(_sender.Sent)).RpcId;

            cancellation.Cancel();

            OperationCanceledException canceled = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
            Assert.Equal(cancellation.Token, canceled.CancellationToken);
            Assert.Equal(0, client.PendingCount);
            Assert.Equal(ResponseMatch.UnknownRpcId, client.OnResponse(new G2C_Ping { RpcId = rpcId }));
        }

        [Fact]
        public async Task A_call_with_an_already_canceled_token_sends_nothing()
        {
            using var client = new RpcClient(_sender, NeverInTest);

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.CallAsync(new C2G_Ping(), new CancellationToken(canceled: true)));

            Assert.Empty(_sender.Sent);
            Assert.Equal(0, client.PendingCount);
        }

        [Fact]
        public async Task A_send_that_throws_fails_the_call_and_frees_its_RpcId()
        {
            using var client = new RpcClient(_sender, NeverInTest);
            _sender.ThrowOnSend = new InvalidOperationException("connection closed");

            InvalidOperationException thrown = await Assert.ThrowsAsync<InvalidOperationException>(() => client.CallAsync(new C2G_Ping()));

            Assert.Same(_sender.ThrowOnSend, thrown);
            Assert.Equal(0, client.PendingCount);
        }

        [Fact]
        public async Task A_send_that_fails_later_fails_the_call()
        {
            using var client = new RpcClient(_sender, NeverInTest);
            _sender.PendingSend = new TaskCompletionSource();
            Task<G2C_Ping> call = client.CallAsync(new C2G_Ping());

            var failure = new System.IO.IOException("reset by peer");
            _sender.PendingSend.SetException(failure);

            Assert.Same(failure, await Assert.ThrowsAsync<System.IO.IOException>(() => call));
            Assert.Equal(0, client.PendingCount);
        }

        [Fact]
        public async Task FailAll_and_Dispose_fail_every_pending_call_and_Dispose_refuses_new_calls()
        {
            var client = new RpcClient(_sender, NeverInTest);
            Task<G2C_Ping> first = client.CallAsync(new C2G_Ping());
            var closed = new System.IO.IOException("connection closed");

            client.FailAll(closed);
            Task<G2C_Ping> second = client.CallAsync(new C2G_Ping());
            client.Dispose();

            Assert.Same(closed, await Assert.ThrowsAsync<System.IO.IOException>(() => first));
            await Assert.ThrowsAsync<ObjectDisposedException>(() => second);
            // Thrown synchronously: a disposed client is a host bug, not a call outcome.
            Assert.Throws<ObjectDisposedException>(() => { _ = client.CallAsync(new C2G_Ping()); });
        }

        [Fact]
        public void Invalid_timeouts_are_refused()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => new RpcClient(_sender, TimeSpan.Zero));
            using var client = new RpcClient(_sender, Timeout.InfiniteTimeSpan);
            Assert.Throws<ArgumentOutOfRangeException>(() => { _ = client.CallAsync(new C2G_Ping(), TimeSpan.FromMilliseconds(-5)); });
            Assert.Empty(_sender.Sent);
        }

        [Fact]
        public async Task A_call_through_the_generated_dispatcher_completes_with_the_handler_response()
        {
            var host = new TestHost();
            using var client = new RpcClient(_sender, NeverInTest);
            Task<S2S_SyncResponse> call = client.CallAsync(new S2S_Sync { Version = 41 });
            var request = (S2S_Sync)Assert.Single(_sender.Sent);

            DispatchResult result = await host.DispatchAsync(TestHost.InnerServer, request);
            Assert.Equal(ResponseMatch.Completed, client.OnResponse((IResponse)result.Response!));

            S2S_SyncResponse response = await call;
            Assert.Equal(42, response.Version);
            Assert.Equal(request.RpcId, response.RpcId);
        }

        [Fact]
        public async Task A_refused_call_through_the_generated_dispatcher_completes_with_the_error_code()
        {
            var host = new TestHost();
            using var client = new RpcClient(_sender, NeverInTest);
            Task<G2C_Kick> call = client.CallAsync(new C2G_Kick { PlayerId = 7 });

            DispatchResult result = await host.DispatchAsync(TestHost.OuterUser, Assert.Single(_sender.Sent));
            client.OnResponse((IResponse)result.Response!);

            Assert.Equal(ErrorCodes.Forbidden, (await call).Error);
        }
    }
}
