namespace EtProtocolGen.Generator.Dispatch.Model
{
    /// <summary><c>EtProtocolGen.MessageScope</c> for the generator, which never loads the runtime (values from <see cref="RuntimeContract.MessageScope"/>).</summary>
    internal enum DispatchScope
    {
        /// <summary>Client to server: untrusted.</summary>
        Outer = RuntimeContract.MessageScope.Outer,

        /// <summary>Server to server only.</summary>
        Inner = RuntimeContract.MessageScope.Inner,
    }
}
