using System;

namespace EtProtocolGen
{
    /// <summary>
    /// Validation: a number, a set <c>T?</c> of a number, or each element of a list or array of numbers must lie in
    /// [<see cref="Minimum"/>, <see cref="Maximum"/>]. Not for bools, enums, strings, maps or messages (ETP0016).
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
    public sealed class RangeAttribute : Attribute
    {
        /// <summary>An integer range, both ends included.</summary>
        public RangeAttribute(long minimum, long maximum)
        {
            Minimum = minimum;
            Maximum = maximum;
        }

        /// <summary>A floating-point range, both ends included; NaN is outside every range.</summary>
        public RangeAttribute(double minimum, double maximum)
        {
            Minimum = minimum;
            Maximum = maximum;
        }

        /// <summary>The smallest accepted value.</summary>
        public object Minimum { get; }

        /// <summary>The largest accepted value.</summary>
        public object Maximum { get; }
    }
}
