using System;

namespace EtProtocolGen
{
    /// <summary>Validation: a string, bytes or collection field must have at least this many characters, bytes or elements.</summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
    public sealed class MinLengthAttribute : Attribute
    {
        /// <summary>Creates the attribute.</summary>
        /// <param name="length">The smallest accepted length, at least 1 (ETP0017), at most the field's [MaxLength].</param>
        public MinLengthAttribute(int length) => Length = length;

        /// <summary>The smallest accepted length.</summary>
        public int Length { get; }
    }
}
