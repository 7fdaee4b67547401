using System;
using System.Collections.Generic;
using System.Linq;
using EtProtocolGen.Dispatch.Tests.Infrastructure;

namespace EtProtocolGen.Dispatch.Tests
{
    /// <summary>
    /// Every opcode of the generated registry (and unknown ones) x every session state x both dispatchers: the handler runs
    /// exactly when scope and authorization allow, and otherwise the result and the response carry the right error.
    /// The expectations are written out here from the attributes in Protocol/Messages.cs, independently of the generator.
    /// </summary>
    public sealed class DispatchMatrixTests
    {
        private enum Rule
        {
            NoHandler,
            Anonymous,
            Authenticated,
            Roles,
            DeniedByDefault,
        }

        private sealed record Expectation(
            MessageScope Scope,
            Rule Rule,
            string[] Roles,
            Type? ResponseType,
            DispatchStatus WhenAllowed,
            Func<IWireMessage> Create);

        private static readonly Dictionary<ushort, Expectation> Expectations = new()
        {
            [1001] = Request(MessageScope.Outer, Rule.Anonymous, typeof(G2C_Ping), () => new C2G_Ping { ClientTime = 123 }),
            [1002] = Unhandled(MessageScope.Outer, () => new G2C_Ping()),
            [1003] = Request(MessageScope.Outer, Rule.Authenticated, typeof(G2C_Profile), () => new C2G_GetProfile()),
            [1004] = Unhandled(MessageScope.Outer, () => new G2C_Profile()),
            [1005] = Request(MessageScope.Outer, Rule.Roles, typeof(G2C_Kick), () => new C2G_Kick { PlayerId = 42 }, roles: new[] { "gm", "admin" }),
            [1006] = Unhandled(MessageScope.Outer, () => new G2C_Kick()),
            [1007] = OneWay(MessageScope.Outer, Rule.Authenticated, () => new C2G_Move { X = 1, Y = -2 }),
            [1008] = OneWay(MessageScope.Outer, Rule.Roles, () => new C2G_Announce { Text = "server restarts soon" }, roles: new[] { "gm" }),
            [1009] = Request(MessageScope.Outer, Rule.DeniedByDefault, typeof(G2C_Unmarked), () => new C2G_Unmarked()),
            [1010] = Unhandled(MessageScope.Outer, () => new G2C_Unmarked()),
            [1011] = OneWay(MessageScope.Outer, Rule.DeniedByDefault, () => new C2G_Emote { EmoteId = 3 }),
            [1012] = Request(MessageScope.Outer, Rule.Authenticated, typeof(G2C_Rename), () => new C2G_Rename { Name = "hero" }),
            [1013] = Unhandled(MessageScope.Outer, () => new G2C_Rename()),
            [1014] = Request(MessageScope.Outer, Rule.Anonymous, typeof(G2C_Crash), () => new C2G_Crash(), whenAllowed: DispatchStatus.HandlerFailed),
            [1015] = Unhandled(MessageScope.Outer, () => new G2C_Crash()),
            [1016] = Request(MessageScope.Outer, Rule.Anonymous, typeof(G2C_Slow), () => new C2G_Slow()),
            [1017] = Unhandled(MessageScope.Outer, () => new G2C_Slow()),
            [1018] = Request(MessageScope.Outer, Rule.Roles, typeof(G2C_Audit), () => new C2G_Audit(), roles: new[] { "admin" }),
            [1019] = Unhandled(MessageScope.Outer, () => new G2C_Audit()),
            [1020] = OneWay(MessageScope.Outer, Rule.Anonymous, () => new C2G_Report { Text = "cheater at 10,20" }),
            [1021] = Unhandled(MessageScope.Outer, () => new C2G_Unhandled { Value = 1 }),
            [1022] = Request(MessageScope.Outer, Rule.Anonymous, typeof(G2C_Nothing), () => new C2G_Nothing(), whenAllowed: DispatchStatus.HandlerFailed),
            [1023] = Unhandled(MessageScope.Outer, () => new G2C_Nothing()),
            [2001] = Request(MessageScope.Inner, Rule.Anonymous, typeof(S2S_SyncResponse), () => new S2S_Sync { Version = 7 }),
            [2002] = Unhandled(MessageScope.Inner, () => new S2S_SyncResponse()),
            [2003] = OneWay(MessageScope.Inner, Rule.Roles, () => new S2S_Shutdown { DelaySeconds = 5 }, roles: new[] { "server" }),
        };

        private static readonly ushort[] UnknownOpcodes = { 0, 1000, 1024, 2000, 2004, 9999, ushort.MaxValue };

        public static IEnumerable<TestSession> Sessions()
        {
            foreach (MessageScope scope in new[] { MessageScope.Outer, MessageScope.Inner })
            {
                string prefix = scope.ToString().ToLowerInvariant() + " ";
                yield return new TestSession(prefix + "anonymous", scope, isAuthenticated: false);
                yield return new TestSession(prefix + "anonymous claiming every role", scope, isAuthenticated: false, "gm", "admin", "server");
                yield return new TestSession(prefix + "authenticated", scope, isAuthenticated: true);
                yield return new TestSession(prefix + "gm", scope, isAuthenticated: true, "gm");
                yield return new TestSession(prefix + "admin", scope, isAuthenticated: true, "admin");
                yield return new TestSession(prefix + "server", scope, isAuthenticated: true, "server");
                yield return new TestSession(prefix + "gm and admin", scope, isAuthenticated: true, "gm", "admin");
                yield return new TestSession(prefix + "role with other case", scope, isAuthenticated: true, "GM", "Admin", "Server");
            }
        }

        [Fact]
        public void The_expectations_cover_every_opcode_of_the_generated_registry()
        {
            Assert.Equal(
                Expectations.Keys.OrderBy(static opcode => opcode),
                ProtocolRegistry.Messages.Select(static descriptor => descriptor.Opcode));
            Assert.Equal(
                Expectations.Where(static e => e.Value.Scope == MessageScope.Outer && e.Value.Rule != Rule.NoHandler).Select(static e => e.Key).OrderBy(static opcode => opcode),
                OuterDispatcher.Opcodes);
            Assert.Equal(
                Expectations.Where(static e => e.Value.Scope == MessageScope.Inner && e.Value.Rule != Rule.NoHandler).Select(static e => e.Key).OrderBy(static opcode => opcode),
                InnerDispatcher.Opcodes);
        }

        [Fact]
        public void Every_opcode_for_every_session_on_both_dispatchers_runs_the_handler_exactly_when_the_rules_allow()
        {
            var failures = new List<string>();
            int cases = 0;
            foreach (TestSession session in Sessions())
            {
                foreach (MessageScope dispatcherScope in new[] { MessageScope.Outer, MessageScope.Inner })
                {
                    foreach (ushort opcode in Expectations.Keys.Concat(UnknownOpcodes))
                    {
                        cases++;
                        Check(session, dispatcherScope, opcode, failures);
                    }
                }
            }

            Assert.True(cases >= 16 * 2 * 33, "the matrix shrank: " + cases);
            Assert.True(failures.Count == 0, failures.Count + " of " + cases + " cases failed:\n" + string.Join("\n", failures.Take(40)));
        }

        private static void Check(TestSession session, MessageScope dispatcherScope, ushort opcode, List<string> failures)
        {
            var host = new TestHost();
            Expectations.TryGetValue(opcode, out Expectation? expectation);
            IWireMessage? message = expectation?.Create();
            int rpcId = 0;
            if (message is IRequest request)
            {
                rpcId = 70000 + opcode;
                request.RpcId = rpcId;
            }

            byte[] payload = message is null ? new byte[] { 0x08, 0x01 } : TestHost.Encode(message);
            DispatchResult result = (dispatcherScope == MessageScope.Outer
                    ? host.Outer.DispatchAsync(session, opcode, payload)
                    : host.Inner.DispatchAsync(session, opcode, payload))
                .AsTask().GetAwaiter().GetResult();

            DispatchStatus expected = Expected(session, dispatcherScope, expectation);
            string where = $"{session} -> {dispatcherScope}Dispatcher, opcode {opcode}: ";
            if (result.Status != expected)
            {
                failures.Add(where + $"expected {expected}, got {result.Status}");
                return;
            }

            if (result.Opcode != opcode)
            {
                failures.Add(where + $"result opcode {result.Opcode}");
            }

            bool handlerShouldRun = expected is DispatchStatus.Handled || (expected is DispatchStatus.HandlerFailed && expectation!.WhenAllowed == expected);
            int calls = host.Probe.TotalCalls;
            if (calls != (handlerShouldRun ? 1 : 0) || (handlerShouldRun && host.Probe.Calls(opcode) != 1))
            {
                failures.Add(where + $"handler calls {calls}, expected {(handlerShouldRun ? 1 : 0)}");
            }

            int expectedCode = expected switch
            {
                DispatchStatus.Handled => ErrorCodes.Success,
                DispatchStatus.UnknownOpcode or DispatchStatus.ScopeDenied => ErrorCodes.UnknownOpcode,
                DispatchStatus.Unauthorized => ErrorCodes.Unauthorized,
                DispatchStatus.Forbidden => ErrorCodes.Forbidden,
                DispatchStatus.HandlerFailed => ErrorCodes.InternalError,
                _ => -1,
            };
            if (result.ErrorCode != expectedCode)
            {
                failures.Add(where + $"error code {result.ErrorCode}, expected {expectedCode}");
            }

            bool decoded = expected is not (DispatchStatus.UnknownOpcode or DispatchStatus.ScopeDenied);
            if (decoded && expectation!.ResponseType is not null)
            {
                if (result.Response is not IResponse response || result.Response.GetType() != expectation.ResponseType)
                {
                    failures.Add(where + $"response {result.Response?.GetType().Name ?? "null"}, expected {expectation.ResponseType.Name}");
                    return;
                }

                if (response.RpcId != rpcId || response.Error != expectedCode || response.Message.Length != 0)
                {
                    failures.Add(where + $"response RpcId {response.RpcId} Error {response.Error} Message '{response.Message}', expected RpcId {rpcId} Error {expectedCode} and no text");
                }
            }
            else if (result.Response is not null)
            {
                failures.Add(where + "a response was produced for a one-way message or an undecoded one");
            }

            if (result.IsProtocolViolation != !decoded)
            {
                failures.Add(where + "IsProtocolViolation " + result.IsProtocolViolation);
            }
        }

        private static DispatchStatus Expected(TestSession session, MessageScope dispatcherScope, Expectation? expectation)
        {
            if (session.Scope != dispatcherScope)
            {
                return DispatchStatus.ScopeDenied;
            }

            if (expectation is null)
            {
                return DispatchStatus.UnknownOpcode;
            }

            if (expectation.Scope != dispatcherScope)
            {
                return DispatchStatus.ScopeDenied;
            }

            switch (expectation.Rule)
            {
                case Rule.NoHandler:
                    return DispatchStatus.UnknownOpcode;
                case Rule.DeniedByDefault:
                    return DispatchStatus.Forbidden;
                case Rule.Authenticated when !session.IsAuthenticated:
                case Rule.Roles when !session.IsAuthenticated:
                    return DispatchStatus.Unauthorized;
                case Rule.Roles when !expectation.Roles.Any(session.IsInRole):
                    return DispatchStatus.Forbidden;
                default:
                    return expectation.WhenAllowed;
            }
        }

        private static Expectation Request(MessageScope scope, Rule rule, Type response, Func<IWireMessage> create, string[]? roles = null, DispatchStatus whenAllowed = DispatchStatus.Handled) =>
            new Expectation(scope, rule, roles ?? Array.Empty<string>(), response, whenAllowed, create);

        private static Expectation OneWay(MessageScope scope, Rule rule, Func<IWireMessage> create, string[]? roles = null) =>
            new Expectation(scope, rule, roles ?? Array.Empty<string>(), null, DispatchStatus.Handled, create);

        private static Expectation Unhandled(MessageScope scope, Func<IWireMessage> create) =>
            new Expectation(scope, Rule.NoHandler, Array.Empty<string>(), null, DispatchStatus.UnknownOpcode, create);
    }
}
