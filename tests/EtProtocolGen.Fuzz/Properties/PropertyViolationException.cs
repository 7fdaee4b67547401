using System;

namespace EtProtocolGen.Fuzz.Properties
{
    /// <summary>
    /// A property the harness checks on every input did not hold. Thrown out of a target, it is what AFL++ records as a crash
    /// and what the regression tests report as a failure.
    /// </summary>
    public sealed class PropertyViolationException : Exception
    {
        public PropertyViolationException(string target, string property, string detail, Exception? inner = null)
            : base(target + ": " + property + " violated: " + detail, inner)
        {
            Target = target;
            Property = property;
        }

        /// <summary>The fuzz target that found it.</summary>
        public string Target { get; }

        /// <summary>The short name of the property, for example "only-protocol-exception".</summary>
        public string Property { get; }
    }
}
