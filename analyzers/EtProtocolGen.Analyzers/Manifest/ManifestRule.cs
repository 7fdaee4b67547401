namespace EtProtocolGen.Analyzers.Manifest
{
    /// <summary>
    /// The changes against the shipped protocol that need a deliberate decision. The first group breaks peers built
    /// against the shipped protocol (buf's WIRE category); the second loosens a defence. Each has a diagnostic ID
    /// (<c>ManifestDiagnostics</c>) and a docs page.
    /// </summary>
    internal enum ManifestRule
    {
        /// <summary>A message's opcode changed (ETP0210).</summary>
        OpcodeChanged,

        /// <summary>A message uses an opcode that shipped with another message or as reserved (ETP0211).</summary>
        OpcodeReused,

        /// <summary>A shipped message is gone and its opcode is not reserved (ETP0212; buf: RESERVED_* and *_NO_DELETE_UNLESS_NUMBER_RESERVED).</summary>
        MessageRemovedUnreserved,

        /// <summary>A shipped field is gone and its number is not reserved (ETP0213; buf: FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED).</summary>
        FieldRemovedUnreserved,

        /// <summary>A field number carries another field than it shipped with, or one the shipped protocol reserved (ETP0214).</summary>
        FieldNumberReused,

        /// <summary>A field's type changed outside protobuf's wire-compatible groups (ETP0215; buf: FIELD_WIRE_COMPATIBLE_TYPE).</summary>
        FieldTypeIncompatible,

        /// <summary>A field changed between single and repeated, or to or from a map (ETP0216; buf: FIELD_WIRE_COMPATIBLE_CARDINALITY).</summary>
        FieldCardinalityChanged,

        /// <summary>A message moved between outer and inner scope (ETP0217).</summary>
        ScopeChanged,

        /// <summary>A shipped reservation (field number, field name or opcode) was dropped (ETP0218; buf: RESERVED_MESSAGE_NO_DELETE).</summary>
        ReservationRemoved,

        /// <summary>A message changed kind (request, response, one-way) or response type (ETP0219; buf: RPC_SAME_REQUEST_TYPE, RPC_SAME_RESPONSE_TYPE).</summary>
        RequestContractChanged,

        /// <summary>Dispatch admits sessions it refused before (ETP0220).</summary>
        AuthorizationLoosened,

        /// <summary>A decoding limit was raised or removed (ETP0221).</summary>
        LimitRaised,

        /// <summary>[Sensitive] was removed from a field (ETP0222).</summary>
        SensitiveRemoved,

        /// <summary>Declared validation was removed or loosened (ETP0223).</summary>
        ValidationLoosened,

        /// <summary>A [RateLimit] or [MaxConcurrency], or the anonymous default, was raised or removed (ETP0224).</summary>
        RateLimitLoosened,
    }
}
