using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Threading.Tasks;
using EtProtocolGen.Fuzz.Properties;
using EtProtocolGen.Fuzz.Protocol;
using EtProtocolGen.Fuzz.Protocol.Generated;
using EtProtocolGen.Fuzz.Seeds;

namespace EtProtocolGen.Fuzz.Targets
{
    /// <summary>
    /// Fuzzes the generated dispatchers with a client that has not logged in. An input is a 2-byte little-endian opcode
    /// followed by the payload, as the frame reader hands them over. On every input:
    /// <list type="number">
    /// <item><c>DispatchAsync</c> throws nothing and, since every handler is synchronous, completes synchronously;</item>
    /// <item>no handler runs unless the message declares <c>[AllowAnonymous]</c> (read by reflection, not from the dispatcher),
    /// and the inner dispatcher refuses the outer session whatever the opcode;</item>
    /// <item>the status is the one the attributes, the registry's decoder and the message's validation predict, and refusals
    /// answer a request with its RpcId and the error code only;</item>
    /// <item>dispatch allocates within <see cref="AllocationBudget"/>.</item>
    /// </list>
    /// </summary>
    public sealed class DispatchTarget : IFuzzTarget
    {
        private readonly HandlerProbe _probe = new HandlerProbe();
        private readonly OuterDispatcher _outer;
        private readonly InnerDispatcher _inner;

        public DispatchTarget()
        {
            // A real limiter: every input comes from a new session, so no budget is ever spent, but its bookkeeping runs on every input.
            _outer = new OuterDispatcher(
                new DispatchLimiter(),
                new ChatHandler(_probe),
                new InventoryHandler(_probe),
                new LoginGateHandler(_probe),
                new PingHandler(_probe),
                new UnitHandler(_probe));
            _inner = new InnerDispatcher(new GrantHandler(_probe));
        }

        public string Name => "dispatch";

        public IEnumerable<KeyValuePair<string, byte[]>> Seeds() => DispatchSeeds.All();

        public void Run(ReadOnlySpan<byte> input)
        {
            if (input.Length < 2)
            {
                return;
            }

            ushort opcode = BinaryPrimitives.ReadUInt16LittleEndian(input);
            byte[] payload = input.Slice(2).ToArray();
            var session = new FuzzSession(MessageScope.Outer, isAuthenticated: false);

            _probe.Reset();
            DispatchResult result = default;
            long allocated = AllocationBudget.Measure(() => result = Dispatch(_outer, session, opcode, payload, "OuterDispatcher"));
            AllocationBudget.Check(Name, "OuterDispatcher.DispatchAsync", payload.Length, allocated);
            CheckHandlersRan(opcode, result);
            CheckOutcome(opcode, payload, result);

            _probe.Reset();
            DispatchResult inner = Dispatch(_inner, session, opcode, payload, "InnerDispatcher");
            if (inner.Status != DispatchStatus.ScopeDenied || _probe.Calls.Count != 0)
            {
                throw Violation("outer-never-reaches-inner", "the inner dispatcher gave an outer session " + inner.Status + " for opcode " + opcode);
            }
        }

        private DispatchResult Dispatch(object dispatcher, FuzzSession session, ushort opcode, byte[] payload, string name)
        {
            ValueTask<DispatchResult> pending;
            try
            {
                pending = dispatcher is OuterDispatcher outer
                    ? outer.DispatchAsync(session, opcode, payload)
                    : ((InnerDispatcher)dispatcher).DispatchAsync(session, opcode, payload);
            }
            catch (Exception exception)
            {
                throw Violation("dispatch-never-throws", name + ".DispatchAsync threw " + exception.GetType().Name + " for opcode " + opcode, exception);
            }

            if (!pending.IsCompletedSuccessfully)
            {
                throw Violation("dispatch-never-throws", name + ".DispatchAsync did not complete synchronously for opcode " + opcode + " although every handler is synchronous");
            }

            return pending.Result;
        }

        private void CheckHandlersRan(ushort opcode, DispatchResult result)
        {
            foreach (ushort called in _probe.Calls)
            {
                MessageDescriptor? descriptor = ProtocolRegistry.Find(called);
                if (descriptor is null || AuthorizationOracle.RuleFor(descriptor.MessageType) != AuthorizationRule.Anonymous)
                {
                    throw Violation("anonymous-reaches-only-allow-anonymous", "the handler of opcode " + called + " ran for an anonymous session");
                }
            }

            bool ranOnce = _probe.Calls.Count == 1 && _probe.Calls[0] == opcode;
            if (_probe.Calls.Count > 1 || (_probe.Calls.Count == 1 && !ranOnce))
            {
                throw Violation("one-handler-per-message", "handlers [" + string.Join(",", _probe.Calls) + "] ran for opcode " + opcode);
            }

            if (ranOnce != result.IsHandled)
            {
                throw Violation("status-matches-handler", "status " + result.Status + " but the handler " + (ranOnce ? "ran" : "did not run"));
            }
        }

        private void CheckOutcome(ushort opcode, byte[] payload, DispatchResult result)
        {
            if (result.Opcode != opcode)
            {
                throw Violation("expected-status", "result for opcode " + result.Opcode + ", sent " + opcode);
            }

            MessageDescriptor? descriptor = ProtocolRegistry.Find(opcode);
            IWireMessage? message = null;
            DispatchStatus expected;
            ProtocolError expectedError = ProtocolError.None;
            if (descriptor is not null && AuthorizationOracle.ScopeOf(descriptor.MessageType) == MessageScope.Inner)
            {
                expected = DispatchStatus.ScopeDenied;
            }
            else if (!OuterDispatcher.Handles(opcode))
            {
                expected = DispatchStatus.UnknownOpcode;
            }
            else if (!ProtocolRegistry.TryParse(opcode, payload, out message, out expectedError))
            {
                expected = DispatchStatus.Malformed;
            }
            else
            {
                expected = AuthorizationOracle.RuleFor(descriptor!.MessageType) switch
                {
                    AuthorizationRule.Authenticated => DispatchStatus.Unauthorized,
                    AuthorizationRule.DeniedByDefault => DispatchStatus.Forbidden,
                    _ => ((IValidatableMessage)message!).Validate().IsValid ? DispatchStatus.Handled : DispatchStatus.ValidationFailed,
                };

                // DispatchResult.Invalid reports a failed validation as ProtocolError.ValidationFailed too.
                expectedError = expected == DispatchStatus.ValidationFailed ? ProtocolError.ValidationFailed : ProtocolError.None;
            }

            if (result.Status != expected || result.ProtocolError != expectedError)
            {
                throw Violation(
                    "expected-status",
                    "opcode " + opcode + ": expected " + expected + "/" + expectedError + ", dispatcher said " + result.Status + "/" + result.ProtocolError);
            }

            CheckResponse(opcode, message as IRequest, result);
        }

        private void CheckResponse(ushort opcode, IRequest? request, DispatchResult result)
        {
            if (request is null)
            {
                if (result.Response is not null)
                {
                    throw Violation("refusal-response", "opcode " + opcode + " (" + result.Status + ") answered although no request decoded");
                }

                return;
            }

            if (result.Response is not IResponse response)
            {
                throw Violation("refusal-response", "request opcode " + opcode + " (" + result.Status + ") got no response");
            }

            if (response.RpcId != request.RpcId || response.Error != result.ErrorCode)
            {
                throw Violation("refusal-response", "response RpcId " + response.RpcId + "/Error " + response.Error + " for request RpcId " + request.RpcId + "/" + result.ErrorCode);
            }

            if (!result.IsHandled && !string.IsNullOrEmpty(response.Message))
            {
                throw Violation("refusal-response", "a refusal carried text: " + response.Message);
            }
        }

        private PropertyViolationException Violation(string property, string detail, Exception? inner = null) =>
            new PropertyViolationException(Name, property, detail, inner);
    }
}
