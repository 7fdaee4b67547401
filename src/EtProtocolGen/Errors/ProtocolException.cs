using System;

namespace EtProtocolGen
{
    /// <summary>
    /// The one exception generated <c>Parse</c> throws for malformed or over-limit input (built from the failure the reader
    /// recorded; <c>TryParse</c> returns that failure instead and throws nothing).
    /// Its text names the error and the field number only, never payload bytes.
    /// </summary>
    public sealed class ProtocolException : Exception
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="error">What failed.</param>
        /// <param name="fieldNumber">The protobuf field being decoded when it failed, or 0 when not inside a field.</param>
        public ProtocolException(ProtocolError error, int fieldNumber = 0)
            : base(Describe(error, fieldNumber))
        {
            Error = error;
            FieldNumber = fieldNumber;
        }

        /// <summary>What failed.</summary>
        public ProtocolError Error { get; }

        /// <summary>The protobuf field number being decoded when it failed (0 when not inside a field).</summary>
        public int FieldNumber { get; }

        private static string Describe(ProtocolError error, int fieldNumber) =>
            fieldNumber == 0
                ? "Protocol error: " + error + "."
                : "Protocol error: " + error + " in field " + fieldNumber.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".";
    }
}
