namespace EtProtocolGen
{
    /// <summary>
    /// The error codes generated dispatch puts in <see cref="IResponse.Error"/> and in <see cref="DispatchResult.ErrorCode"/>.
    /// </summary>
    /// <remarks>
    /// 0 means success. EtProtocolGen reserves 90000 – 90099: ET uses 1 – 11004 for socket errors,
    /// 100000 – 109999 for its core and 110000 and above for game logic, so these never collide with
    /// codes a handler returns. The values are part of the wire contract and never change.
    /// A refusal never carries exception text or the reason in <see cref="IResponse.Message"/>: the code is all a sender learns.
    /// </remarks>
    public static class ErrorCodes
    {
        /// <summary>No error.</summary>
        public const int Success = 0;

        /// <summary>The handler threw (or returned no response); the exception went to the host, not to the sender.</summary>
        public const int InternalError = 90000;

        /// <summary>
        /// The opcode is not one this dispatcher handles, or it belongs to the other scope (an inner message from an outer session).
        /// Both look the same to the sender so that an outer client cannot probe which inner opcodes exist.
        /// </summary>
        public const int UnknownOpcode = 90001;

        /// <summary>The payload did not decode within the message's limits.</summary>
        public const int Malformed = 90002;

        /// <summary>The message requires an authenticated session (<see cref="AuthorizeAttribute"/>) and the session is anonymous.</summary>
        public const int Unauthorized = 90003;

        /// <summary>
        /// The session is authenticated but in none of the required roles, or the message declares neither
        /// <see cref="AuthorizeAttribute"/> nor <see cref="AllowAnonymousAttribute"/> and is denied by default.
        /// </summary>
        public const int Forbidden = 90004;

        /// <summary>The message decoded but failed its declared validation (<c>[Range]</c>, <c>[MinLength]</c>, <c>[Required]</c> or its <c>OnValidate</c> hook).</summary>
        public const int ValidationFailed = 90005;

        /// <summary>
        /// The host canceled the dispatch while the handler ran (the session is closing). Reported in
        /// <see cref="DispatchResult.ErrorCode"/> only: no response is sent.
        /// </summary>
        public const int Canceled = 90006;

        /// <summary>
        /// A <see cref="RateLimitAttribute"/> budget (or the anonymous default) was exhausted, or a <see cref="MaxConcurrencyAttribute"/>
        /// had no free slot: the request was not handled. Retry later, more slowly.
        /// </summary>
        public const int RateLimited = 90007;

        /// <summary>
        /// A message forwarded to another server (an entity's grain in EtProtocolGen.Orleans, ET's actor location) got no answer
        /// within its timeout, or that server went away while it was in flight: it may or may not have been handled. Set by the
        /// forwarding gate, never by dispatch. The entity comes back on another server; retry.
        /// </summary>
        public const int Unavailable = 90008;

        /// <summary>The first code of the range EtProtocolGen reserves.</summary>
        public const int FirstReserved = 90000;

        /// <summary>The last code of the range EtProtocolGen reserves.</summary>
        public const int LastReserved = 90099;

        /// <summary>
        /// True when <paramref name="code"/> says the request was refused before its handler ran (any reserved code but
        /// <see cref="InternalError"/>, which is a handler's failure, and <see cref="Unavailable"/>, a forwarded request whose
        /// target did not answer): what a client counts as the server's refusals.
        /// </summary>
        public static bool IsRefusal(int code) => code > InternalError && code <= LastReserved && code != Unavailable;
    }
}
