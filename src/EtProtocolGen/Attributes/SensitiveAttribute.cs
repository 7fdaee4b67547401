using System;

namespace EtProtocolGen
{
    /// <summary>The field holds a secret (password, token, key): the generated <c>ToString</c> prints it as <c>***</c>.</summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
    public sealed class SensitiveAttribute : Attribute
    {
    }
}
