using System;

namespace EtProtocolGen
{
    /// <summary>
    /// Validation: the field must be present on the wire, that is, one that the encoder writes. A string must be non-empty,
    /// bytes and collections non-empty, a class message non-null, a nullable value set; a number, bool or enum must not be its
    /// default (0, <c>false</c>) and a struct message must not be empty, because proto3 does not send those and the receiver
    /// cannot tell them from absent.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
    public sealed class RequiredAttribute : Attribute
    {
    }
}
