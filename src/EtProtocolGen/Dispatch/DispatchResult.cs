using System;

namespace EtProtocolGen
{
    /// <summary>
    /// What a generated dispatcher did with one incoming message: the host sends <see cref="Response"/> when it is not null,
    /// logs <see cref="Exception"/>, and counts refusals (for example closing a connection on <see cref="IsProtocolViolation"/>).
    /// </summary>
    public readonly struct DispatchResult
    {
        private DispatchResult(
            DispatchStatus status,
            ushort opcode,
            int errorCode,
            ProtocolError protocolError,
            ValidationResult validation,
            IWireMessage? response,
            Exception? exception)
        {
            Status = status;
            Opcode = opcode;
            ErrorCode = errorCode;
            ProtocolError = protocolError;
            Validation = validation;
            Response = response;
            Exception = exception;
        }

        /// <summary>What happened.</summary>
        public DispatchStatus Status { get; }

        /// <summary>The opcode of the incoming message.</summary>
        public ushort Opcode { get; }

        /// <summary>
        /// <see cref="ErrorCodes.Success"/> when the message was handled, otherwise the <see cref="ErrorCodes"/> value of the refusal
        /// (the same code the error response carries, when there is one).
        /// </summary>
        public int ErrorCode { get; }

        /// <summary>
        /// The decoder's error, for <see cref="DispatchStatus.Malformed"/> (never <see cref="EtProtocolGen.ProtocolError.ValidationFailed"/>:
        /// a failed validation is <see cref="DispatchStatus.ValidationFailed"/>, described by <see cref="Validation"/>); otherwise
        /// <see cref="EtProtocolGen.ProtocolError.None"/>.
        /// </summary>
        public ProtocolError ProtocolError { get; }

        /// <summary>The failed member and rule, for <see cref="DispatchStatus.ValidationFailed"/>. Never sent to the peer.</summary>
        public ValidationResult Validation { get; }

        /// <summary>
        /// The message to send back, or null: a request's response (the handler's, or an error response carrying the request's
        /// RpcId and <see cref="ErrorCode"/>). Null for one-way messages, for cancellation and for refusals that happen before the
        /// request decoded (unknown opcode, wrong scope, malformed payload), since no trustworthy RpcId exists then. A request refused
        /// by a rate limit before decoding is answered all the same: its RpcId is read from the payload without decoding it.
        /// </summary>
        public IWireMessage? Response { get; }

        /// <summary>The exception a handler threw, for <see cref="DispatchStatus.HandlerFailed"/>: log it, never send its text.</summary>
        public Exception? Exception { get; }

        /// <summary>True when the handler ran and completed.</summary>
        public bool IsHandled => Status == DispatchStatus.Handled;

        /// <summary>
        /// True for refusals a well-behaved peer never causes: an unknown or out-of-scope opcode, or a payload that does not decode.
        /// Hosts typically close the connection on these.
        /// </summary>
        public bool IsProtocolViolation =>
            Status == DispatchStatus.UnknownOpcode || Status == DispatchStatus.ScopeDenied || Status == DispatchStatus.Malformed;

        /// <summary>The message was handled; <paramref name="response"/> is the request's response or null for a one-way message.</summary>
        public static DispatchResult Handled(ushort opcode, IWireMessage? response) =>
            new DispatchResult(DispatchStatus.Handled, opcode, ErrorCodes.Success, ProtocolError.None, default, response, null);

        /// <summary>No handler in this dispatcher for <paramref name="opcode"/>.</summary>
        public static DispatchResult UnknownOpcode(ushort opcode) =>
            new DispatchResult(DispatchStatus.UnknownOpcode, opcode, ErrorCodes.UnknownOpcode, ProtocolError.None, default, null, null);

        /// <summary>The opcode or the session is of the wrong scope; reported to the peer as <see cref="ErrorCodes.UnknownOpcode"/>.</summary>
        public static DispatchResult ScopeDenied(ushort opcode) =>
            new DispatchResult(DispatchStatus.ScopeDenied, opcode, ErrorCodes.UnknownOpcode, ProtocolError.None, default, null, null);

        /// <summary>The payload did not decode.</summary>
        public static DispatchResult Malformed(ushort opcode, ProtocolError error) =>
            new DispatchResult(DispatchStatus.Malformed, opcode, ErrorCodes.Malformed, error, default, null, null);

        /// <summary>Authorization refused the session: <see cref="DispatchStatus.Unauthorized"/> or <see cref="DispatchStatus.Forbidden"/>.</summary>
        public static DispatchResult Denied(DispatchStatus status, ushort opcode, IWireMessage? errorResponse)
        {
            if (status != DispatchStatus.Unauthorized && status != DispatchStatus.Forbidden)
            {
                throw new ArgumentOutOfRangeException(nameof(status));
            }

            int code = status == DispatchStatus.Unauthorized ? ErrorCodes.Unauthorized : ErrorCodes.Forbidden;
            return new DispatchResult(status, opcode, code, ProtocolError.None, default, errorResponse, null);
        }

        /// <summary>The message failed its declared validation.</summary>
        public static DispatchResult Invalid(ushort opcode, ValidationResult validation, IWireMessage? errorResponse) =>
            new DispatchResult(DispatchStatus.ValidationFailed, opcode, ErrorCodes.ValidationFailed, ProtocolError.ValidationFailed, validation, errorResponse, null);

        /// <summary>The handler threw.</summary>
        public static DispatchResult Failed(ushort opcode, Exception exception, IWireMessage? errorResponse) =>
            new DispatchResult(DispatchStatus.HandlerFailed, opcode, ErrorCodes.InternalError, ProtocolError.None, default, errorResponse, exception);

        /// <summary>A rate or concurrency limit refused the message; <paramref name="errorResponse"/> is the request's error response, or null.</summary>
        public static DispatchResult RateLimited(ushort opcode, IWireMessage? errorResponse) =>
            new DispatchResult(DispatchStatus.RateLimited, opcode, ErrorCodes.RateLimited, ProtocolError.None, default, errorResponse, null);

        /// <summary>The dispatch was canceled while the handler ran.</summary>
        public static DispatchResult Canceled(ushort opcode) =>
            new DispatchResult(DispatchStatus.Canceled, opcode, ErrorCodes.Canceled, ProtocolError.None, default, null, null);

        /// <inheritdoc />
        public override string ToString() =>
            "Dispatch of opcode " + Opcode.ToString(System.Globalization.CultureInfo.InvariantCulture) + ": " + Status
            + (ErrorCode == ErrorCodes.Success ? "" : " (error " + ErrorCode.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")");
    }
}
