using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace EtProtocolGen
{
    /// <summary>
    /// The last steps of a generated dispatch, shared by every generated dispatcher: build error responses and turn a
    /// handler's <see cref="ValueTask"/> into a <see cref="DispatchResult"/> without allocating when it completed synchronously.
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
    }
}
