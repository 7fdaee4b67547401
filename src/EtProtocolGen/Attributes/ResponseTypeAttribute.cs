using System;

namespace EtProtocolGen
{
    /// <summary>Declares the response message type of a request.</summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
    public sealed class ResponseTypeAttribute : Attribute
    {
        /// <summary>Creates the attribute.</summary>
        /// <param name="responseType">The message type sent back for this request.</param>
        public ResponseTypeAttribute(Type responseType) => ResponseType = responseType;

        /// <summary>The message type sent back for this request.</summary>
        public Type ResponseType { get; }
    }
}
