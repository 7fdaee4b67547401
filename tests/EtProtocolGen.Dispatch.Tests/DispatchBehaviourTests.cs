using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Dispatch.Tests.Infrastructure;

namespace EtProtocolGen.Dispatch.Tests
{
    /// <summary>Malformed payloads, validation, handler failures, asynchronous handlers and cancellation.</summary>
    public sealed class DispatchBehaviourTests
    {
        private readonly TestHost _host = new TestHost();

        public static TheoryData<string, byte[], ProtocolError> MalformedPingPayloads() => new()
        {
            { "truncated varint", new byte[] { 0x10, 0x80 }, ProtocolError.Truncated },
            { "over-long varint", new byte[] { 0x10, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01 }, ProtocolError.MalformedVarint },
            { "field number 0", new byte[] { 0x00, 0x01 }, ProtocolError.InvalidFieldNumber },
            { "group wire type", new byte[] { 0x0B }, ProtocolError.InvalidWireType },
            { "end-group wire type", new byte[] { 0x0C }, ProtocolError.InvalidWireType },
            { "wire type 6", new byte[] { 0x16, 0x00 }, ProtocolError.InvalidWireType },
            { "wire type 7", new byte[] { 0x17, 0x00 }, ProtocolError.InvalidWireType },
            { "truncated fixed64", new byte[] { 0x19, 0x01, 0x02, 0x03 }, ProtocolError.Truncated },
            { "unknown string field over the message size limit", OverSizeLimit(), ProtocolError.LimitExceeded },
            { "length beyond the payload", new byte[] { 0x7A, 0x05, 0x01 }, ProtocolError.Truncated },
        };

        /// <summary>An unknown length-delimited field (15) whose payload makes the message one byte over the default size limit.</summary>
        private static byte[] OverSizeLimit()
        {
            int length = ProtocolLimitsAttribute.DefaultMaxMessageSize - 5 + 1;
            var payload = new byte[5 + length];
            payload[0] = 0x7A;
            for (int i = 1, rest = length; i < 5; i++, rest >>= 7)
            {
                payload[i] = (byte)((rest & 0x7F) | (i < 4 ? 0x80 : 0));
            }

            return payload;
        }

        [Theory]
        [MemberData(nameof(MalformedPingPayloads))]
        public async Task A_malformed_payload_is_refused_before_authorization_and_the_handler(string name, byte[] payload, ProtocolError error)
        {
            DispatchResult result = await _host.Outer.DispatchAsync(TestHost.OuterAdmin, C2G_Ping.Opcode, payload);

            Assert.True(result.Status == DispatchStatus.Malformed, name + ": " + result);
            Assert.Equal(error, result.ProtocolError);
            Assert.Equal(ErrorCodes.Malformed, result.ErrorCode);
            Assert.True(result.IsProtocolViolation);
            Assert.Null(result.Response);
            Assert.Equal(0, _host.Probe.TotalCalls);
        }

        [Fact]
        public async Task A_string_over_its_MaxLength_is_malformed_even_for_an_authorized_session()
        {
            // The generated encoder refuses to send it, so the payload is what another encoder could send: Text = 1, 65 characters.
            Assert.Equal(ProtocolError.LimitExceeded, Assert.Throws<ProtocolException>(() => TestHost.Encode(new C2G_Announce { Text = new string('x', 65) })).Error);
            byte[] payload = new byte[] { 0x0A, 65 }.Concat(Enumerable.Repeat((byte)'x', 65)).ToArray();

            DispatchResult result = await _host.Outer.DispatchAsync(TestHost.OuterGm, C2G_Announce.Opcode, payload);

            Assert.Equal(DispatchStatus.Malformed, result.Status);
            Assert.Equal(ProtocolError.LimitExceeded, result.ProtocolError);
            Assert.Equal(0, _host.Probe.TotalCalls);
        }

        [Fact]
        public async Task A_malformed_payload_from_an_anonymous_session_is_reported_as_malformed_not_unauthorized()
        {
            DispatchResult result = await _host.Outer.DispatchAsync(TestHost.OuterAnonymous, C2G_Kick.Opcode, new byte[] { 0xFF });

            Assert.Equal(DispatchStatus.Malformed, result.Status);
        }

        [Fact]
        public async Task A_Range_violation_is_refused_with_ValidationFailed_and_the_request_RpcId()
        {
            var kick = new C2G_Kick { RpcId = 31, PlayerId = 0 };

            DispatchResult result = await _host.DispatchAsync(TestHost.OuterGm, kick);

            Assert.Equal(DispatchStatus.ValidationFailed, result.Status);
            Assert.Equal(ErrorCodes.ValidationFailed, result.ErrorCode);
            Assert.Equal(nameof(C2G_Kick.PlayerId), result.Validation.MemberName);
            G2C_Kick response = Assert.IsType<G2C_Kick>(result.Response);
            Assert.Equal(31, response.RpcId);
            Assert.Equal(ErrorCodes.ValidationFailed, response.Error);
            Assert.Equal("", response.Message);
            Assert.Equal(0, _host.Probe.TotalCalls);
        }

        [Fact]
        public async Task A_one_way_message_failing_validation_produces_no_response()
        {
            DispatchResult result = await _host.DispatchAsync(TestHost.OuterUser, new C2G_Move { X = 1001 });

            Assert.Equal(DispatchStatus.ValidationFailed, result.Status);
            Assert.Equal(nameof(C2G_Move.X), result.Validation.MemberName);
            Assert.Null(result.Response);
            Assert.Equal(0, _host.Probe.TotalCalls);
        }

        [Theory]
        [InlineData("ab", "MinLength")]
        [InlineData("gm_hero", "ReservedName")]
        public async Task The_MinLength_rule_and_the_OnValidate_hook_run_before_the_handler(string name, string rule)
        {
            DispatchResult result = await _host.DispatchAsync(TestHost.OuterUser, new C2G_Rename { RpcId = 5, Name = name });

            Assert.Equal(DispatchStatus.ValidationFailed, result.Status);
            Assert.Equal(rule, result.Validation.Rule);
            Assert.Equal(5, Assert.IsType<G2C_Rename>(result.Response).RpcId);
            Assert.Equal(0, _host.Probe.TotalCalls);
        }

        [Fact]
        public async Task Authorization_is_checked_before_validation()
        {
            DispatchResult result = await _host.DispatchAsync(TestHost.OuterAnonymous, new C2G_Rename { RpcId = 5, Name = "ab" });

            Assert.Equal(DispatchStatus.Unauthorized, result.Status);
        }

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public async Task A_throwing_handler_gets_a_generic_InternalError_response_and_its_exception_goes_to_the_host(bool asynchronously)
        {
            DispatchResult result = await _host.DispatchAsync(TestHost.OuterAnonymous, new C2G_Crash { RpcId = 77, Asynchronously = asynchronously });

            Assert.Equal(DispatchStatus.HandlerFailed, result.Status);
            Assert.Equal(ErrorCodes.InternalError, result.ErrorCode);
            InvalidOperationException exception = Assert.IsType<InvalidOperationException>(result.Exception);
            Assert.Equal(CrashHandler.SecretText, exception.Message);
            G2C_Crash response = Assert.IsType<G2C_Crash>(result.Response);
            Assert.Equal(77, response.RpcId);
            Assert.Equal(ErrorCodes.InternalError, response.Error);
            Assert.Equal("", response.Message);
            string wire = Convert.ToHexString(TestHost.Encode(response)) + System.Text.Encoding.UTF8.GetString(TestHost.Encode(response));
            Assert.DoesNotContain("hunter2", wire);
            Assert.DoesNotContain("hunter2", response.ToString());
            Assert.DoesNotContain("hunter2", result.ToString());
        }

        [Fact]
        public async Task A_role_check_that_throws_is_a_handler_failure_with_a_generic_response_and_the_handler_never_runs()
        {
            TestSession session = TestSession.WithFailingRoleCheck("outer with a failing role store", MessageScope.Outer);

            DispatchResult result = await _host.DispatchAsync(session, new C2G_Kick { RpcId = 12, PlayerId = 5 });

            Assert.Equal(DispatchStatus.HandlerFailed, result.Status);
            Assert.IsType<TimeoutException>(result.Exception);
            G2C_Kick response = Assert.IsType<G2C_Kick>(result.Response);
            Assert.Equal(12, response.RpcId);
            Assert.Equal(ErrorCodes.InternalError, response.Error);
            Assert.Equal("", response.Message);
            Assert.Equal(0, _host.Probe.TotalCalls);
        }

        [Fact]
        public async Task A_validation_hook_that_throws_is_a_handler_failure_and_the_handler_never_runs()
        {
            DispatchResult result = await _host.DispatchAsync(TestHost.OuterUser, new C2G_Rename { RpcId = 13, Name = C2G_Rename.NameThatBreaksTheHook });

            Assert.Equal(DispatchStatus.HandlerFailed, result.Status);
            Assert.IsType<InvalidOperationException>(result.Exception);
            G2C_Rename response = Assert.IsType<G2C_Rename>(result.Response);
            Assert.Equal(13, response.RpcId);
            Assert.Equal(ErrorCodes.InternalError, response.Error);
            Assert.DoesNotContain("player_names", System.Text.Encoding.UTF8.GetString(TestHost.Encode(response)));
            Assert.Equal(0, _host.Probe.TotalCalls);
        }

        [Fact]
        public async Task A_request_handler_returning_null_is_a_handler_failure()
        {
            DispatchResult result = await _host.DispatchAsync(TestHost.OuterAnonymous, new C2G_Nothing { RpcId = 9 });

            Assert.Equal(DispatchStatus.HandlerFailed, result.Status);
            Assert.IsType<InvalidOperationException>(result.Exception);
            G2C_Nothing response = Assert.IsType<G2C_Nothing>(result.Response);
            Assert.Equal(9, response.RpcId);
            Assert.Equal(ErrorCodes.InternalError, response.Error);
        }

        [Fact]
        public async Task The_response_carries_the_request_RpcId_whatever_the_handler_set()
        {
            DispatchResult result = await _host.DispatchAsync(TestHost.OuterAnonymous, new C2G_Ping { RpcId = 123456, ClientTime = 99 });

            G2C_Ping response = Assert.IsType<G2C_Ping>(result.Response);
            Assert.Equal(123456, response.RpcId);
            Assert.Equal(0, response.Error);
            Assert.Equal(99, response.ClientTime);
        }

        [Fact]
        public async Task A_synchronous_handler_completes_the_dispatch_synchronously()
        {
            byte[] ping = TestHost.Encode(new C2G_Ping { RpcId = 1 });
            byte[] move = TestHost.Encode(new C2G_Move { X = 3 });

            ValueTask<DispatchResult> request = _host.Outer.DispatchAsync(TestHost.OuterUser, C2G_Ping.Opcode, ping);
            ValueTask<DispatchResult> oneWay = _host.Outer.DispatchAsync(TestHost.OuterUser, C2G_Move.Opcode, move);

            Assert.True(request.IsCompletedSuccessfully);
            Assert.True(oneWay.IsCompletedSuccessfully);
            Assert.Equal(DispatchStatus.Handled, (await request).Status);
            Assert.Equal(DispatchStatus.Handled, (await oneWay).Status);
        }

        [Fact]
        public async Task An_asynchronous_handler_is_awaited_and_its_response_stamped()
        {
            DispatchResult result = await _host.DispatchAsync(TestHost.OuterAnonymous, new C2G_Slow { RpcId = 41, DelayMilliseconds = 20 });

            Assert.Equal(DispatchStatus.Handled, result.Status);
            Assert.Equal(41, Assert.IsType<G2C_Slow>(result.Response).RpcId);
        }

        [Fact]
        public async Task The_dispatch_cancellation_token_reaches_request_and_one_way_handlers()
        {
            using var cancellation = new CancellationTokenSource();

            await _host.DispatchAsync(TestHost.OuterUser, new C2G_Ping { RpcId = 1 }, cancellation.Token);
            CancellationToken requestToken = _host.Probe.LastCancellationToken;
            await _host.DispatchAsync(TestHost.InnerServer, new S2S_Shutdown { DelaySeconds = 1 }, cancellation.Token);
            CancellationToken oneWayToken = _host.Probe.LastCancellationToken;

            Assert.Equal(2, _host.Probe.TotalCalls);
            Assert.Equal(cancellation.Token, requestToken);
            Assert.Equal(cancellation.Token, oneWayToken);
            cancellation.Cancel();
            Assert.True(oneWayToken.IsCancellationRequested);
        }

        [Fact]
        public async Task Canceling_the_dispatch_while_the_handler_waits_ends_in_Canceled_without_a_response()
        {
            using var cancellation = new CancellationTokenSource();
            ValueTask<DispatchResult> pending = _host.DispatchAsync(TestHost.OuterAnonymous, new C2G_Slow { RpcId = 8, DelayMilliseconds = 30_000 }, cancellation.Token);
            Assert.False(pending.IsCompleted);

            cancellation.Cancel();
            DispatchResult result = await pending.AsTask().WaitAsync(TimeSpan.FromSeconds(10));

            Assert.Equal(DispatchStatus.Canceled, result.Status);
            Assert.Equal(ErrorCodes.Canceled, result.ErrorCode);
            Assert.Null(result.Response);
        }

        [Fact]
        public async Task An_inner_session_passed_to_the_outer_dispatcher_is_refused_before_decoding()
        {
            DispatchResult result = await _host.Outer.DispatchAsync(TestHost.InnerServer, C2G_Ping.Opcode, new byte[] { 0xFF, 0xFF });

            Assert.Equal(DispatchStatus.ScopeDenied, result.Status);
            Assert.Equal(ErrorCodes.UnknownOpcode, result.ErrorCode);
        }

        [Fact]
        public async Task An_inner_opcode_from_an_outer_session_is_refused_before_decoding_and_looks_unknown_to_the_peer()
        {
            DispatchResult result = await _host.Outer.DispatchAsync(TestHost.OuterAdmin, S2S_Shutdown.Opcode, new byte[] { 0xFF, 0xFF });

            Assert.Equal(DispatchStatus.ScopeDenied, result.Status);
            Assert.Equal(ErrorCodes.UnknownOpcode, result.ErrorCode);
            Assert.Null(result.Response);
            Assert.Equal(0, _host.Probe.TotalCalls);
        }

        [Fact]
        public async Task A_null_session_is_a_host_bug_and_throws()
        {
            await Assert.ThrowsAsync<ArgumentNullException>(async () => await _host.Outer.DispatchAsync(null!, C2G_Ping.Opcode, Array.Empty<byte>()));
        }

        private static long MeasureAllocation(Func<object> create)
        {
            create();
            long before = GC.GetAllocatedBytesForCurrentThread();
            GC.KeepAlive(create());
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }
    }
}
