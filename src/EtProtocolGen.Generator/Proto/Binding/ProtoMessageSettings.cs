using System.Collections.Generic;
using EtProtocolGen.Generator.Proto.Parsing;

namespace EtProtocolGen.Generator.Proto.Binding
{
    /// <summary>A message's etp options as read, before the binder checks them against the message. Lives only inside one binding.</summary>
    internal sealed class ProtoMessageSettings
    {
        public int? Opcode { get; set; }

        public SourceSpan OpcodeSpan { get; set; }

        /// <summary><c>(etp.scope)</c>: true for INNER, null when absent.</summary>
        public bool? IsInner { get; set; }

        public ProtoMessageKind? Kind { get; set; }

        public SourceSpan KindSpan { get; set; }

        public string? ResponseType { get; set; }

        public SourceSpan ResponseTypeSpan { get; set; }

        public bool AllowAnonymous { get; set; }

        public bool Authorize { get; set; }

        public string? Roles { get; set; }

        public SourceSpan AuthorizationSpan { get; set; }

        public int MaxDepth { get; set; }

        /// <summary><c>(etp.direction)</c>, or <see cref="Generator.Model.WireDirection.None"/> when absent (inferred).</summary>
        public Generator.Model.WireDirection Direction { get; set; }

        public SourceSpan DirectionSpan { get; set; }

        public List<ProtoRateLimit> RateLimits { get; } = new List<ProtoRateLimit>();

        public ProtoConcurrency? MaxConcurrency { get; set; }
    }

    /// <summary><c>(etp.rate_limit) = { permits: 5 per_seconds: 60 per: CONNECTION }</c>: <c>[RateLimit(5, 60, Per = ...)]</c>.</summary>
    internal sealed record ProtoRateLimit(int Permits, int PerSeconds, int Per);

    /// <summary><c>(etp.max_concurrency) = { limit: 4 per: GLOBAL }</c>: <c>[MaxConcurrency(4, Per = ...)]</c>.</summary>
    internal sealed record ProtoConcurrency(int Limit, int Per);
}
