using System;

namespace EtProtocolGen
{
    /// <summary>
    /// Validation: the field must be present. A string must be non-empty, bytes and collections
    /// non-empty, a nested message non-null, a nullable value set.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
    public sealed class RequiredAttribute : Attribute
    {
    }
}
