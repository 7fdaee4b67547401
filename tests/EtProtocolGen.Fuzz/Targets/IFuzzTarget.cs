using System;
using System.Collections.Generic;

namespace EtProtocolGen.Fuzz.Targets
{
    /// <summary>
    /// One thing the fuzzers attack. <see cref="Run"/> feeds it one input and checks every property, throwing
    /// <see cref="Properties.PropertyViolationException"/> when one fails; any other exception escaping it is a bug too.
    /// </summary>
    public interface IFuzzTarget
    {
        /// <summary>The name used on the command line, in fuzz.sh and as the corpus folder under tests/Fuzz.</summary>
        string Name { get; }

        /// <summary>Feeds one input and checks the properties.</summary>
        void Run(ReadOnlySpan<byte> input);

        /// <summary>The seed corpus: small valid inputs and edge cases, by file name.</summary>
        IEnumerable<KeyValuePair<string, byte[]>> Seeds();
    }
}
