using EtProtocolGen.Generator.Proto.Parsing;

namespace EtProtocolGen.Generator.Proto.Binding
{
    /// <summary>A field's etp options as read, before the binder checks them against the field's type. Lives only inside one binding.</summary>
    internal sealed class ProtoFieldSettings
    {
        public int? MaxLength { get; set; }

        public SourceSpan MaxLengthSpan { get; set; }

        public int? MinLength { get; set; }

        public SourceSpan MinLengthSpan { get; set; }

        public bool Required { get; set; }

        public SourceSpan RequiredSpan { get; set; }

        public ProtoRangeOption? Range { get; set; }

        public SourceSpan RangeSpan { get; set; }

        public bool Sensitive { get; set; }
    }

    /// <summary><c>(etp.range) = { min: 1 max: 10 }</c>, the bounds as written.</summary>
    internal sealed record ProtoRangeOption(string Minimum, string Maximum, bool IsFloatingPoint);
}
