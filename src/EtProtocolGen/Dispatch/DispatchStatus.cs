namespace EtProtocolGen
{
    /// <summary>What happened to one incoming message. Every value but <see cref="Handled"/> means no handler ran to completion.</summary>
    public enum DispatchStatus
    {
        /// <summary>Every check passed and the handler completed; for a request, <see cref="DispatchResult.Response"/> holds its response.</summary>
        Handled = 0,

        /// <summary>No handler for the opcode in this dispatcher. Nothing was decoded.</summary>
        UnknownOpcode = 1,

        /// <summary>The opcode belongs to the other scope, or the session's scope is not the dispatcher's. Nothing was decoded.</summary>
        ScopeDenied = 2,

        /// <summary>The payload did not decode within the message's limits; <see cref="DispatchResult.ProtocolError"/> says why.</summary>
        Malformed = 3,

        /// <summary>The message needs an authenticated session and the session is anonymous.</summary>
        Unauthorized = 4,

        /// <summary>The session is in none of the required roles, or the message has no authorization attribute (denied by default).</summary>
        Forbidden = 5,

        /// <summary>The message failed its declared validation; <see cref="DispatchResult.Validation"/> names the member and rule.</summary>
        ValidationFailed = 6,

        /// <summary>The handler (or a validation hook, or the session's role check) threw; <see cref="DispatchResult.Exception"/> holds the exception for the host's log.</summary>
        HandlerFailed = 7,

        /// <summary>The dispatch's cancellation token was canceled while the handler ran; no response is produced.</summary>
        Canceled = 8,

        /// <summary>
        /// A declared <see cref="RateLimitAttribute"/> budget (or the anonymous default) was exhausted, before the message was
        /// decoded; or a <see cref="MaxConcurrencyAttribute"/> had no free slot, right before the handler. The handler did not run;
        /// a request is answered with <see cref="ErrorCodes.RateLimited"/>. Count it against the connection's refusal budget.
        /// </summary>
        RateLimited = 9,
    }
}
