using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Wire;

namespace EtProtocolGen
{
    /// <summary>
    /// The steps of a generated dispatch shared by every generated dispatcher: build error responses (also for a request refused
    /// before decoding), turn a handler's <see cref="ValueTask"/> into a <see cref="DispatchResult"/> without allocating when it
    /// completed synchronously, and give a concurrency slot back however the handler ends.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class DispatchSteps
    {
        /// <summary>An error response for a refused request: the request's RpcId and the code, never any text.</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        public static TResponse ErrorResponse<TResponse>(int rpcId, int errorCode)
            where TResponse : IResponse, new()
        {
            var response = new TResponse();
            response.RpcId = rpcId;
            response.Error = errorCode;
            return response;
        }

        /// <summary>
        /// The result for a request refused by a rate limit before it was decoded: an error response with the RpcId read from
        /// <paramref name="payload"/> by <see cref="ProtoPeek.TryReadInt32"/>, or no response when the payload's top level is
        /// malformed (no trustworthy RpcId).
        /// </summary>
        /// <param name="opcode">The request's opcode.</param>
        /// <param name="payload">The undecoded request.</param>
        /// <param name="rpcIdField">The field number of the request's RpcId.</param>
        /// <param name="rpcIdEncoding">The encoding of the request's RpcId field.</param>
        public static DispatchResult RateLimited<TResponse>(ushort opcode, ReadOnlySpan<byte> payload, int rpcIdField, FieldEncoding rpcIdEncoding)
            where TResponse : IResponse, IWireMessage, new() =>
            ProtoPeek.TryReadInt32(payload, rpcIdField, rpcIdEncoding, out int rpcId)
                ? DispatchResult.RateLimited(opcode, ErrorResponse<TResponse>(rpcId, ErrorCodes.RateLimited))
                : DispatchResult.RateLimited(opcode, null);

        /// <summary>One slot that gives back both <paramref name="first"/> and <paramref name="second"/> (a message's and its handler's).</summary>
        public static IDisposable BothSlots(IDisposable first, IDisposable second) => new SlotPair(first, second);

        /// <summary>Completes a one-way handler: synchronously when it already finished, otherwise by awaiting it.</summary>
        public static ValueTask<DispatchResult> CompleteMessage(ValueTask pending, ushort opcode, CancellationToken cancellationToken)
        {
            if (pending.IsCompletedSuccessfully)
            {
                return new ValueTask<DispatchResult>(DispatchResult.Handled(opcode, null));
            }

            return AwaitMessage(pending, opcode, cancellationToken);
        }

        /// <summary>
        /// Completes a request handler: stamps the request's RpcId on the response, synchronously when the handler already
        /// finished, otherwise by awaiting it. A null response counts as a handler failure.
        /// </summary>
        public static ValueTask<DispatchResult> CompleteRequest<TResponse>(ValueTask<TResponse> pending, ushort opcode, int rpcId, CancellationToken cancellationToken)
            where TResponse : IResponse, IWireMessage, new()
        {
            if (pending.IsCompletedSuccessfully)
            {
                return new ValueTask<DispatchResult>(Responded(pending.Result, opcode, rpcId));
            }

            return AwaitRequest(pending, opcode, rpcId, cancellationToken);
        }

        /// <summary>
        /// Completes a one-way handler that holds a concurrency <paramref name="slot"/>: the slot is given back when the handler
        /// completes, throws or is canceled.
        /// </summary>
        public static ValueTask<DispatchResult> CompleteMessage(ValueTask pending, ushort opcode, IDisposable slot, CancellationToken cancellationToken)
        {
            if (pending.IsCompletedSuccessfully)
            {
                slot.Dispose();
                return new ValueTask<DispatchResult>(DispatchResult.Handled(opcode, null));
            }

            return AwaitMessage(pending, opcode, slot, cancellationToken);
        }

        /// <summary>
        /// Completes a request handler that holds a concurrency <paramref name="slot"/>: the slot is given back when the handler
        /// completes, throws or is canceled.
        /// </summary>
        public static ValueTask<DispatchResult> CompleteRequest<TResponse>(ValueTask<TResponse> pending, ushort opcode, int rpcId, IDisposable slot, CancellationToken cancellationToken)
            where TResponse : IResponse, IWireMessage, new()
        {
            if (pending.IsCompletedSuccessfully)
            {
                slot.Dispose();
                return new ValueTask<DispatchResult>(Responded(pending.Result, opcode, rpcId));
            }

            return AwaitRequest(pending, opcode, rpcId, slot, cancellationToken);
        }

        /// <summary>The result for a one-way handler (or a check before it) that threw.</summary>
        public static DispatchResult MessageFailed(Exception exception, ushort opcode, CancellationToken cancellationToken) =>
            IsCancellation(exception, cancellationToken)
                ? DispatchResult.Canceled(opcode)
                : DispatchResult.Failed(opcode, exception, null);

        /// <summary>The result for a request handler (or a check before it) that threw: a generic <see cref="ErrorCodes.InternalError"/> response.</summary>
        public static DispatchResult RequestFailed<TResponse>(Exception exception, ushort opcode, int rpcId, CancellationToken cancellationToken)
            where TResponse : IResponse, IWireMessage, new() =>
            IsCancellation(exception, cancellationToken)
                ? DispatchResult.Canceled(opcode)
                : DispatchResult.Failed(opcode, exception, ErrorResponse<TResponse>(rpcId, ErrorCodes.InternalError));

        private static DispatchResult Responded<TResponse>(TResponse response, ushort opcode, int rpcId)
            where TResponse : IResponse, IWireMessage, new()
        {
            if (response is null)
            {
                return DispatchResult.Failed(
                    opcode,
                    new InvalidOperationException("The request handler for opcode " + opcode.ToString(System.Globalization.CultureInfo.InvariantCulture) + " returned no response."),
                    ErrorResponse<TResponse>(rpcId, ErrorCodes.InternalError));
            }

            response.RpcId = rpcId;
            return DispatchResult.Handled(opcode, response);
        }

        private static bool IsCancellation(Exception exception, CancellationToken cancellationToken) =>
            exception is OperationCanceledException && cancellationToken.IsCancellationRequested;

        private static async ValueTask<DispatchResult> AwaitMessage(ValueTask pending, ushort opcode, CancellationToken cancellationToken)
        {
            try
            {
                await pending.ConfigureAwait(false);
                return DispatchResult.Handled(opcode, null);
            }
            catch (Exception exception)
            {
                return MessageFailed(exception, opcode, cancellationToken);
            }
        }

        private static async ValueTask<DispatchResult> AwaitMessage(ValueTask pending, ushort opcode, IDisposable slot, CancellationToken cancellationToken)
        {
            try
            {
                return await AwaitMessage(pending, opcode, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                slot.Dispose();
            }
        }

        private static async ValueTask<DispatchResult> AwaitRequest<TResponse>(ValueTask<TResponse> pending, ushort opcode, int rpcId, IDisposable slot, CancellationToken cancellationToken)
            where TResponse : IResponse, IWireMessage, new()
        {
            try
            {
                return await AwaitRequest(pending, opcode, rpcId, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                slot.Dispose();
            }
        }

        private static async ValueTask<DispatchResult> AwaitRequest<TResponse>(ValueTask<TResponse> pending, ushort opcode, int rpcId, CancellationToken cancellationToken)
            where TResponse : IResponse, IWireMessage, new()
        {
            TResponse response;
            try
            {
                response = await pending.ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                return RequestFailed<TResponse>(exception, opcode, rpcId, cancellationToken);
            }

            return Responded(response, opcode, rpcId);
        }

        private sealed class SlotPair : IDisposable
        {
            private IDisposable? _first;
            private IDisposable? _second;

            public SlotPair(IDisposable first, IDisposable second)
            {
                _first = first;
                _second = second;
            }

            public void Dispose()
            {
                Interlocked.Exchange(ref _second, null)?.Dispose();
                Interlocked.Exchange(ref _first, null)?.Dispose();
            }
        }
    }
}
