using System;

namespace EtProtocolGen
{
    /// <summary>Any session, authenticated or not, may send this message (login, handshake, ping).</summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
    public sealed class AllowAnonymousAttribute : Attribute
    {
    }
}
