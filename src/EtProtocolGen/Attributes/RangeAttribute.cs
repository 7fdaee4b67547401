using System;

namespace EtProtocolGen
{
    /// <summary>Validation: a numeric field (or each element of a numeric collection) must lie in [<see cref="Minimum"/>, <see cref="Maximum"/>].</summary>
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
