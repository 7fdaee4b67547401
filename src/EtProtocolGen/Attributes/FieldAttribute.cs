using System;

namespace EtProtocolGen
{
    /// <summary>Marks a property or field as a serialized protobuf field with its field number.</summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
    public sealed class FieldAttribute : Attribute
    {
        /// <summary>Creates the attribute.</summary>
        /// <param name="number">The protobuf field number (1 .. 536,870,911, unique within the message).</param>
        public FieldAttribute(int number) => Number = number;

        /// <summary>The protobuf field number.</summary>
        public int Number { get; }

        /// <summary>How an integer field is encoded: varint (default), zigzag (sint32/sint64) or fixed width.</summary>
        public FieldEncoding Encoding { get; set; } = FieldEncoding.Default;
    }
}
