using System;

namespace EtProtocolGen
{
    /// <summary>
    /// Bounds a field while it is decoded, before anything is allocated: a string in characters,
    /// a <c>byte[]</c> or <c>ReadOnlyMemory&lt;byte&gt;</c> in bytes, a collection or map in elements.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
    public sealed class MaxLengthAttribute : Attribute
    {
        /// <summary>Creates the attribute.</summary>
        /// <param name="length">The largest accepted length (characters, bytes or elements), at least 1 (ETP0017).</param>
        public MaxLengthAttribute(int length) => Length = length;

        /// <summary>The largest accepted length.</summary>
        public int Length { get; }
    }
}
