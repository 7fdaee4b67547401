namespace EtProtocolGen.Generator.Dispatch.Model
{
    /// <summary>The generator's copy of <c>EtProtocolGen.MessageScope</c> (same values); the generator never loads the runtime.</summary>
    internal enum DispatchScope
    {
        /// <summary>Client to server: untrusted.</summary>
        Outer = 0,

        /// <summary>Server to server only.</summary>
        Inner = 1,
    }
}
