namespace EtProtocolGen
{
    /// <summary>
    /// What made a message unacceptable to the wire format or its limits. Carried by <see cref="ProtocolException.Error"/>,
    /// returned by <c>TryParse</c>, and by <see cref="DispatchResult.ProtocolError"/> for a payload that did not decode.
    /// </summary>
    public enum ProtocolError
    {
        /// <summary>No error.</summary>
        None = 0,

        /// <summary>The input ended inside a tag, a value or a length-delimited field.</summary>
        Truncated = 1,

        /// <summary>A varint was longer than 10 bytes, or a tag longer than 5. (A padded length prefix of up to 10 bytes is read, as Google.Protobuf reads it, and then checked like any length.)</summary>
        MalformedVarint = 2,

        /// <summary>A tag carried field number 0 (or one above 536,870,911).</summary>
        InvalidFieldNumber = 3,

        /// <summary>
        /// A tag carried wire type 3, 4, 6 or 7 (groups and undefined types are refused). A known field that comes with
        /// another valid wire type is not an error: it is skipped like an unknown field, as Google.Protobuf does.
        /// </summary>
        InvalidWireType = 4,

        /// <summary>
        /// A length, a string, bytes, a collection or the whole message exceeded its declared or default limit: refused by the
        /// decoder, and by the encoder (<c>CalculateSize</c>, <c>WriteTo</c>, <c>TryWriteTo</c>) so that it is never sent.
        /// </summary>
        LimitExceeded = 5,

        /// <summary>Messages were nested deeper than the configured maximum depth.</summary>
        DepthExceeded = 6,

        /// <summary>A string field was not valid UTF-8.</summary>
        InvalidUtf8 = 7,

        /// <summary>A value did not fit the field's C# type (for example 300 in a <c>byte</c> field).</summary>
        ValueOutOfRange = 8,

        /// <summary>
        /// A decoded message failed validation, for hosts that refuse one with a <see cref="ProtocolException"/> of their own.
        /// Never produced by the generated code: <c>Parse</c> does not validate, and dispatch reports a failed <c>Validate()</c>
        /// as <see cref="DispatchStatus.ValidationFailed"/> with the member and rule in <see cref="DispatchResult.Validation"/>.
        /// </summary>
        ValidationFailed = 9,
    }
}
