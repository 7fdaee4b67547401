namespace EtProtocolGen.Analyzers.Manifest
{
    /// <summary>The manifest's copy of <c>MessageScope</c>.</summary>
    internal enum ManifestScope
    {
        /// <summary>Client to server: untrusted.</summary>
        Outer,

        /// <summary>Server to server only.</summary>
        Inner,
    }
}
