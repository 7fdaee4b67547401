using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using EtProtocolGen.Dispatch.Tests.Infrastructure;

namespace EtProtocolGen.Dispatch.Tests
{
    /// <summary>
    /// Every opcode of the generated registry (and unknown ones) x every session state x both dispatchers x a valid, a malformed
    /// and (where the message declares validation) an invalid payload x a limiter that grants or refuses everything: the handler
    /// runs exactly when the rules allow, and otherwise the result and the response carry the right error. The expected outcome is computed by <see cref="Expect"/>
    /// from <see cref="DeclaredProtocol"/> (the attributes read with reflection) and the order of checks of the dispatch issue,
    /// never from the generated dispatchers' tables.
    /// </summary>
    public sealed class DispatchMatrixTests
    {
        private enum PayloadKind
        {
            Valid,
            Malformed,
            Invalid,
        }

        /// <summary>Whether every rate and concurrency limit a route checks grants or refuses.</summary>
        private enum Limits
        {
            Unlimited,
            Exhausted,
        }

        /// <summary>A valid instance of each message and, for messages that declare validation, one that breaks a rule.</summary>
        private sealed record Sample(Func<IWireMessage> Valid, Func<IWireMessage>? Invalid = null);

        private static readonly Dictionary<ushort, Sample> Samples = new()
        {
            [1001] = new(() => new C2G_Ping { ClientTime = 123 }),
            [1002] = new(() => new G2C_Ping()),
            [1003] = new(() => new C2G_GetProfile()),
            [1004] = new(() => new G2C_Profile()),
            [1005] = new(() => new C2G_Kick { PlayerId = 42 }, () => new C2G_Kick { PlayerId = 0 }),
            [1006] = new(() => new G2C_Kick()),
            [1007] = new(() => new C2G_Move { X = 1, Y = -2 }, () => new C2G_Move { X = 1, Y = -1001 }),
            [1008] = new(() => new C2G_Announce { Text = "server restarts soon" }, () => new C2G_Announce { Text = "" }),
            [1009] = new(() => new C2G_Unmarked()),
            [1010] = new(() => new G2C_Unmarked()),
            [1011] = new(() => new C2G_Emote { EmoteId = 3 }),
            [1012] = new(() => new C2G_Rename { Name = "hero" }, () => new C2G_Rename { Name = "gm_hero" }),
            [1013] = new(() => new G2C_Rename()),
            [1014] = new(() => new C2G_Crash()),
            [1015] = new(() => new G2C_Crash()),
            [1016] = new(() => new C2G_Slow(), () => new C2G_Slow { DelayMilliseconds = -1 }),
            [1017] = new(() => new G2C_Slow()),
            [1018] = new(() => new C2G_Audit()),
            [1019] = new(() => new G2C_Audit()),
            [1020] = new(() => new C2G_Report { Text = "cheater at 10,20" }),
            [1021] = new(() => new C2G_Unhandled { Value = 1 }),
            [1022] = new(() => new C2G_Nothing()),
            [1023] = new(() => new G2C_Nothing()),
            [2001] = new(() => new S2S_Sync { Version = 7 }),
            [2002] = new(() => new S2S_SyncResponse()),
            [2003] = new(() => new S2S_Shutdown { DelaySeconds = 5 }),
        };

        /// <summary>What the test handlers do once every check passed: these two fail on purpose (throw, return null).</summary>
        private static readonly Dictionary<Type, DispatchStatus> HandlerOutcomes = new()
        {
            [typeof(CrashHandler)] = DispatchStatus.HandlerFailed,
            [typeof(NothingHandler)] = DispatchStatus.HandlerFailed,
        };

        private static readonly ushort[] UnknownOpcodes = { 0, 1, 1000, 1024, 2000, 2004, 9999, ushort.MaxValue };

        /// <summary>Anonymous, authenticated without a role, each declared role, all of them, look-alikes, on both sides.</summary>
        public static IEnumerable<TestSession> Sessions()
        {
            string[] allRoles = DeclaredProtocol.Roles.ToArray();
            foreach (MessageScope scope in new[] { MessageScope.Outer, MessageScope.Inner })
            {
                string prefix = scope.ToString().ToLowerInvariant() + " ";
                yield return new TestSession(prefix + "anonymous", scope, isAuthenticated: false);
                yield return new TestSession(prefix + "anonymous claiming every role", scope, isAuthenticated: false, allRoles);
                yield return new TestSession(prefix + "authenticated without a role", scope, isAuthenticated: true);
                foreach (string role in allRoles)
                {
                    yield return new TestSession(prefix + role, scope, isAuthenticated: true, role);
                }

                yield return new TestSession(prefix + "every role", scope, isAuthenticated: true, allRoles);
                yield return new TestSession(prefix + "roles in another case", scope, isAuthenticated: true, allRoles.Select(static role => role.ToUpperInvariant()).ToArray());
                yield return new TestSession(prefix + "an undeclared role", scope, isAuthenticated: true, "moderator");
            }
        }

        [Fact]
        public void The_generated_registry_lists_exactly_the_declared_messages()
        {
            Assert.Equal(DeclaredProtocol.Messages.Keys.OrderBy(static opcode => opcode), ProtocolRegistry.Messages.Select(static descriptor => descriptor.Opcode));
            foreach (MessageDescriptor descriptor in ProtocolRegistry.Messages)
            {
                DeclaredMessage declared = DeclaredProtocol.Messages[descriptor.Opcode];
                Assert.Equal(declared.Type, descriptor.MessageType);
                Assert.Equal(declared.Scope, descriptor.Scope);
                Assert.Equal(declared.ResponseType, descriptor.ResponseType);
                Assert.Equal(declared.IsRequest, descriptor.IsRequest);
                Assert.Equal(declared.IsResponse, descriptor.IsResponse);
                Assert.Same(descriptor, ProtocolRegistry.Find(descriptor.Opcode));
                Assert.Same(descriptor, ProtocolRegistry.Find(declared.Type));
            }

            Assert.All(UnknownOpcodes, static opcode => Assert.Null(ProtocolRegistry.Find(opcode)));
        }

        [Fact]
        public void The_registry_gives_each_message_the_direction_its_name_says_and_inner_messages_none()
        {
            foreach (MessageDescriptor descriptor in ProtocolRegistry.Messages)
            {
                string name = descriptor.MessageType.Name;
                MessageDirection expected = descriptor.Scope == MessageScope.Inner ? MessageDirection.None
                    : name.StartsWith("C2", StringComparison.Ordinal) ? MessageDirection.ClientToServer
                    : name.StartsWith("G2C_", StringComparison.Ordinal) ? MessageDirection.ServerToClient
                    : MessageDirection.Both;
                Assert.True(expected == descriptor.Direction, name + ": " + descriptor.Direction);
            }

            Assert.Contains(ProtocolRegistry.Messages, static descriptor => descriptor.Direction == MessageDirection.ServerToClient);
            Assert.Contains(ProtocolRegistry.Messages, static descriptor => descriptor.Direction == MessageDirection.None);
        }

        [Fact]
        public void Each_dispatcher_routes_exactly_the_handled_messages_of_its_scope()
        {
            Assert.Equal(HandledOpcodes(MessageScope.Outer), OuterDispatcher.Opcodes);
            Assert.Equal(HandledOpcodes(MessageScope.Inner), InnerDispatcher.Opcodes);
        }

        [Fact]
        public void The_rules_read_from_the_attributes_are_the_protocol_as_written()
        {
            // Pins the oracle itself: a bug in reading the attributes would otherwise make the matrix agree with a wrong dispatcher.
            Assert.Equal("anyone", Rule(C2G_Ping.Opcode));
            Assert.Equal("authenticated", Rule(C2G_GetProfile.Opcode));
            Assert.Equal("authenticated in gm|admin", Rule(C2G_Kick.Opcode));
            Assert.Equal("authenticated in gm", Rule(C2G_Announce.Opcode));
            Assert.Equal("denied", Rule(C2G_Unmarked.Opcode));
            Assert.Equal("denied", Rule(C2G_Emote.Opcode));
            Assert.Equal("authenticated in admin", Rule(C2G_Audit.Opcode));
            Assert.Equal("anyone", Rule(C2G_Report.Opcode));
            Assert.Equal("authenticated in server", Rule(S2S_Shutdown.Opcode));
            Assert.Equal(new[] { "admin", "gm", "server" }, DeclaredProtocol.Roles);
            Assert.Null(DeclaredProtocol.Messages[C2G_Unhandled.Opcode].Handler);

            static string Rule(ushort opcode) => DeclaredProtocol.Messages[opcode].Authorization.ToString();
        }

        [Fact]
        public void The_limits_read_from_the_attributes_are_the_protocol_as_written()
        {
            // Pins the limits oracle: rate rules checked before decoding (declared, and the anonymous default) and slots taken.
            Assert.Equal((1, 0), Limits(C2G_Ping.Opcode));        // anonymous request: the default
            Assert.Equal((1, 0), Limits(C2G_GetProfile.Opcode));  // [Authorize], declared per connection: no default
            Assert.Equal((1, 1), Limits(C2G_Kick.Opcode));        // its handler's budget and slot
            Assert.Equal((1, 1), Limits(C2G_Announce.Opcode));    // the same handler's, one-way
            Assert.Equal((1, 0), Limits(C2G_Rename.Opcode));      // per account
            Assert.Equal((1, 1), Limits(C2G_Crash.Opcode));       // the default and a slot
            Assert.Equal((1, 2), Limits(C2G_Slow.Opcode));        // the default, the message's slot and its handler's
            Assert.Equal((2, 0), Limits(C2G_Nothing.Opcode));     // per account does not reach anonymous sessions: the default too
            Assert.Equal((1, 0), Limits(C2G_Report.Opcode));      // one-way, declared
            Assert.Equal((0, 0), Limits(C2G_Audit.Opcode));       // its handler needs authentication: no default
            Assert.Equal((0, 0), Limits(C2G_Move.Opcode));
            Assert.Equal((0, 0), Limits(C2G_Unmarked.Opcode));    // denied by default: never limited
            Assert.Equal((0, 0), Limits(S2S_Sync.Opcode));        // inner: no default

            static (int Rates, int Slots) Limits(ushort opcode)
            {
                DeclaredMessage message = DeclaredProtocol.Messages[opcode];
                return (message.RateRules, message.IsConcurrencyLimited ? message.Limits.ConcurrencyCount : 0);
            }
        }

        [Fact]
        public void Every_declared_message_has_a_sample_and_every_validated_one_an_invalid_sample()
        {
            Assert.Equal(DeclaredProtocol.Messages.Keys.OrderBy(static opcode => opcode), Samples.Keys.OrderBy(static opcode => opcode));
            foreach (DeclaredMessage message in DeclaredProtocol.Messages.Values)
            {
                Sample sample = Samples[message.Opcode];
                Assert.IsType(message.Type, sample.Valid());
                Assert.True(message.DeclaresValidation == (sample.Invalid is not null), message.Type.Name + ": an invalid sample exactly when it declares validation");
                Assert.True(((IValidatableMessage)sample.Valid()).Validate().IsValid, message.Type.Name + ": the valid sample is valid");
                if (sample.Invalid is not null)
                {
                    Assert.False(((IValidatableMessage)sample.Invalid()).Validate().IsValid, message.Type.Name + ": the invalid sample breaks a rule");
                }
            }
        }

        [Fact]
        public async Task Every_opcode_for_every_session_on_both_dispatchers_runs_the_handler_exactly_when_the_rules_allow()
        {
            var failures = new List<string>();
            var seen = new HashSet<DispatchStatus>();
            int cases = 0;
            foreach (TestSession session in Sessions())
            {
                foreach (MessageScope dispatcherScope in new[] { MessageScope.Outer, MessageScope.Inner })
                {
                    foreach (ushort opcode in DeclaredProtocol.Messages.Keys.Concat(UnknownOpcodes))
                    {
                        foreach (PayloadKind kind in Enum.GetValues<PayloadKind>())
                        {
                            if (kind == PayloadKind.Invalid && !(Samples.TryGetValue(opcode, out Sample? sample) && sample.Invalid is not null))
                            {
                                continue;
                            }

                            foreach (Limits limits in Enum.GetValues<Limits>())
                            {
                                cases++;
                                seen.Add(await CheckAsync(session, dispatcherScope, opcode, kind, limits, failures));
                            }
                        }
                    }
                }
            }

            Assert.True(failures.Count == 0, failures.Count + " of " + cases + " cases failed:\n" + string.Join("\n", failures.Take(40)));
            // Canceled needs a host that cancels (DispatchBehaviourTests).
            Assert.Equal(Enum.GetValues<DispatchStatus>().Where(static status => status != DispatchStatus.Canceled).OrderBy(static s => s), seen.OrderBy(static s => s));
            Assert.True(cases > 5000, "the matrix shrank to " + cases + " cases");
        }

        /// <summary>
        /// The issue's order of checks: scope, known opcode, rate limits, decoding, authorization, validation, concurrency,
        /// then the handler.
        /// </summary>
        private static DispatchStatus Expect(TestSession session, MessageScope dispatcherScope, ushort opcode, PayloadKind kind, Limits limits)
        {
            if (session.Scope != dispatcherScope)
            {
                return DispatchStatus.ScopeDenied;
            }

            if (!DeclaredProtocol.Messages.TryGetValue(opcode, out DeclaredMessage? message))
            {
                return DispatchStatus.UnknownOpcode;
            }

            if (message.Scope != dispatcherScope)
            {
                return DispatchStatus.ScopeDenied;
            }

            if (message.Handler is null)
            {
                return DispatchStatus.UnknownOpcode;
            }

            if (limits == Limits.Exhausted && message.IsRateLimited)
            {
                return DispatchStatus.RateLimited;
            }

            if (kind == PayloadKind.Malformed)
            {
                return DispatchStatus.Malformed;
            }

            switch (message.Authorization.Decide(session))
            {
                case AuthorizationOutcome.Unauthorized:
                    return DispatchStatus.Unauthorized;
                case AuthorizationOutcome.Forbidden:
                    return DispatchStatus.Forbidden;
            }

            if (kind == PayloadKind.Invalid)
            {
                return DispatchStatus.ValidationFailed;
            }

            if (limits == Limits.Exhausted && message.IsConcurrencyLimited)
            {
                return DispatchStatus.RateLimited;
            }

            return HandlerOutcomes.TryGetValue(message.Handler, out DispatchStatus outcome) ? outcome : DispatchStatus.Handled;
        }

        private static int ExpectedErrorCode(DispatchStatus status) => status switch
        {
            DispatchStatus.Handled => ErrorCodes.Success,
            DispatchStatus.UnknownOpcode or DispatchStatus.ScopeDenied => ErrorCodes.UnknownOpcode,
            DispatchStatus.Malformed => ErrorCodes.Malformed,
            DispatchStatus.Unauthorized => ErrorCodes.Unauthorized,
            DispatchStatus.Forbidden => ErrorCodes.Forbidden,
            DispatchStatus.ValidationFailed => ErrorCodes.ValidationFailed,
            DispatchStatus.HandlerFailed => ErrorCodes.InternalError,
            DispatchStatus.RateLimited => ErrorCodes.RateLimited,
            _ => throw new ArgumentOutOfRangeException(nameof(status)),
        };

        private static async Task<DispatchStatus> CheckAsync(TestSession session, MessageScope dispatcherScope, ushort opcode, PayloadKind kind, Limits limits, List<string> failures)
        {
            TestLimiter limiter = limits == Limits.Exhausted ? TestLimiter.Exhausted : TestLimiter.Unlimited;
            var host = new TestHost(limiter);
            int rpcId = 70_000 + opcode;
            byte[] payload = Payload(opcode, kind, rpcId);
            DispatchResult result = dispatcherScope == MessageScope.Outer
                ? await host.Outer.DispatchAsync(session, opcode, payload)
                : await host.Inner.DispatchAsync(session, opcode, payload);

            DispatchStatus expected = Expect(session, dispatcherScope, opcode, kind, limits);
            string where = $"{session} -> {dispatcherScope}Dispatcher, opcode {opcode}, {kind} payload, {limits}: ";
            if (result.Status != expected)
            {
                failures.Add(where + $"expected {expected}, got {result.Status}");
                return result.Status;
            }

            int expectedCode = ExpectedErrorCode(expected);
            if (result.Opcode != opcode || result.ErrorCode != expectedCode)
            {
                failures.Add(where + $"result opcode {result.Opcode} error {result.ErrorCode}, expected {opcode} and {expectedCode}");
            }

            bool handlerRuns = expected == DispatchStatus.Handled || expected == DispatchStatus.HandlerFailed;
            if (host.Probe.TotalCalls != (handlerRuns ? 1 : 0) || (handlerRuns && host.Probe.Calls(opcode) != 1))
            {
                failures.Add(where + $"{host.Probe.TotalCalls} handler calls, expected {(handlerRuns ? 1 : 0)}");
            }

            bool violation = expected is DispatchStatus.UnknownOpcode or DispatchStatus.ScopeDenied or DispatchStatus.Malformed;
            DeclaredMessage? message = DeclaredProtocol.Messages.GetValueOrDefault(opcode);

            // Refused by a rate limit before decoding: answered with the RpcId read from the payload, which a malformed top level lacks.
            bool refusedBeforeDecoding = expected == DispatchStatus.RateLimited && message!.IsRateLimited;
            bool answered = !violation && !(refusedBeforeDecoding && kind == PayloadKind.Malformed);
            if (answered && message!.ResponseType is not null)
            {
                if (result.Response is not IResponse response || result.Response.GetType() != message.ResponseType)
                {
                    failures.Add(where + $"response {result.Response?.GetType().Name ?? "null"}, expected {message.ResponseType.Name}");
                }
                else if (response.RpcId != rpcId || response.Error != expectedCode || response.Message.Length != 0)
                {
                    failures.Add(where + $"response RpcId {response.RpcId} Error {response.Error} Message '{response.Message}', expected RpcId {rpcId}, Error {expectedCode} and no text");
                }
            }
            else if (result.Response is not null)
            {
                failures.Add(where + "a response for a one-way message or for a payload that never decoded");
            }

            if (result.IsProtocolViolation != violation)
            {
                failures.Add(where + "IsProtocolViolation " + result.IsProtocolViolation);
            }

            // Limits are checked only past the scope checks, and rate limits before anything is decoded; a slot is taken exactly
            // when the handler runs under a [MaxConcurrency], and always given back.
            bool rateChecked = !violation || expected == DispatchStatus.Malformed;
            int expectedRateChecks = rateChecked && message!.IsRateLimited ? (limits == Limits.Exhausted ? 1 : message.RateRules) : 0;
            int expectedSlots = handlerRuns && message!.IsConcurrencyLimited ? message.Limits.ConcurrencyCount : 0;
            if (limiter.RateChecks != expectedRateChecks || limiter.SlotsTaken != expectedSlots || limiter.SlotsHeld != 0)
            {
                failures.Add(where + $"{limiter.RateChecks} rate checks, {limiter.SlotsTaken} slots taken, {limiter.SlotsHeld} held; expected {expectedRateChecks}, {expectedSlots}, 0");
            }

            if ((result.Exception is not null) != (expected == DispatchStatus.HandlerFailed)
                || (result.ProtocolError != ProtocolError.None) != (expected is DispatchStatus.Malformed or DispatchStatus.ValidationFailed)
                || result.Validation.IsValid == (expected == DispatchStatus.ValidationFailed))
            {
                failures.Add(where + $"exception {result.Exception?.GetType().Name ?? "none"}, protocol error {result.ProtocolError}, validation {result.Validation}");
            }

            return result.Status;
        }

        /// <summary>
        /// The encoded sample; for a malformed payload the valid encoding followed by an unknown field 127 whose varint is cut off.
        /// Unknown opcodes get a small well-formed payload.
        /// </summary>
        private static byte[] Payload(ushort opcode, PayloadKind kind, int rpcId)
        {
            if (!Samples.TryGetValue(opcode, out Sample? sample))
            {
                return kind == PayloadKind.Malformed ? new byte[] { 0xF8, 0x07, 0x80 } : new byte[] { 0x08, 0x01 };
            }

            IWireMessage message = kind == PayloadKind.Invalid ? sample.Invalid!() : sample.Valid();
            if (message is IRequest request)
            {
                request.RpcId = rpcId;
            }

            byte[] encoded = TestHost.Encode(message);
            return kind == PayloadKind.Malformed ? encoded.Concat(new byte[] { 0xF8, 0x07, 0x80 }).ToArray() : encoded;
        }

        private static IEnumerable<ushort> HandledOpcodes(MessageScope scope) =>
            DeclaredProtocol.Messages.Values
                .Where(message => message.Scope == scope && message.Handler is not null)
                .Select(static message => message.Opcode)
                .OrderBy(static opcode => opcode);
    }
}
