namespace EtProtocolGen.Analyzers.Manifest
{
    /// <summary>A manifest line the reader could not use, and why.</summary>
    internal sealed class ManifestError
    {
        public ManifestError(ManifestSourceLine line, string reason)
        {
            Line = line;
            Reason = reason;
        }

        public ManifestSourceLine Line { get; }

        public string Reason { get; }
    }
}
