namespace EtProtocolGen.Analyzers.Manifest
{
    /// <summary>Where a string, bytes or collection field's bound comes from.</summary>
    internal enum LengthBoundSource
    {
        /// <summary>Not a string, bytes or collection field: nothing to bound.</summary>
        NotApplicable,

        /// <summary>The field's own [MaxLength].</summary>
        Declared,

        /// <summary>An assembly default of [ProtocolLimits].</summary>
        AssemblyDefault,

        /// <summary>Neither: bounded by the message size only.</summary>
        Unbounded,
    }

    /// <summary>The bound the decoder applies to a field: characters of a string, bytes, or elements of a collection.</summary>
    internal readonly struct LengthBound
    {
        public LengthBound(LengthBoundSource source, int value)
        {
            Source = source;
            Value = source is LengthBoundSource.Declared or LengthBoundSource.AssemblyDefault ? value : 0;
        }

        public static LengthBound NotApplicable => new LengthBound(LengthBoundSource.NotApplicable, 0);

        public static LengthBound Unbounded => new LengthBound(LengthBoundSource.Unbounded, 0);

        public LengthBoundSource Source { get; }

        /// <summary>The bound when declared or defaulted; 0 otherwise.</summary>
        public int Value { get; }

        public bool IsBounded => Source is LengthBoundSource.Declared or LengthBoundSource.AssemblyDefault;

        /// <summary>The bound as a number that compares: unbounded is larger than every bound.</summary>
        public long Effective => IsBounded ? Value : long.MaxValue;
    }
}
