using EtProtocolGen.Generator.Model;

namespace EtProtocolGen.Analyzers.Manifest
{
    /// <summary>One [Field] member of a message, as the manifest records it: wire shape, bounds and declared checks.</summary>
    internal sealed class FieldEntry
    {
        public FieldEntry(
            int number,
            string name,
            FieldCardinality cardinality,
            WireValue value,
            WireValue? key,
            LengthBound maxLength,
            int minLength,
            bool required,
            RangeModel? range,
            bool sensitive)
        {
            Number = number;
            Name = name;
            Cardinality = cardinality;
            Value = value;
            Key = key;
            MaxLength = maxLength;
            MinLength = minLength;
            Required = required;
            Range = range;
            Sensitive = sensitive;
        }

        public int Number { get; }

        public string Name { get; }

        public FieldCardinality Cardinality { get; }

        /// <summary>The value, the element of a repeated field, or the value of a map.</summary>
        public WireValue Value { get; }

        /// <summary>The key of a map; null otherwise.</summary>
        public WireValue? Key { get; }

        /// <summary>Repeated numbers, bools and enums are written packed (one length-delimited run).</summary>
        public bool IsPacked => Cardinality == FieldCardinality.Repeated && Value.IsScalar;

        /// <summary>The bound the decoder checks: characters, bytes or elements.</summary>
        public LengthBound MaxLength { get; }

        /// <summary>The [MinLength] Validate() checks, or 0.</summary>
        public int MinLength { get; }

        /// <summary>Validate() checks [Required].</summary>
        public bool Required { get; }

        /// <summary>The [Range] Validate() checks, or null.</summary>
        public RangeModel? Range { get; }

        /// <summary>[Sensitive]: printed as *** by the generated ToString.</summary>
        public bool Sensitive { get; }
    }
}
