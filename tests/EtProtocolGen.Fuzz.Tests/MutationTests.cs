using System;
using System.Linq;
using EtProtocolGen.Fuzz.Targets;

namespace EtProtocolGen.Fuzz.Tests
{
    /// <summary>
    /// The AFL++ properties on every CI run: each target gets <see cref="InputsPerTarget"/> mutations of its seeds, from a fixed
    /// random seed, so a failure reproduces exactly. The failing input is printed in hex; save it under
    /// tests/Fuzz/TARGET/regressions to keep it.
    /// </summary>
    public sealed class MutationTests
    {
        private const int InputsPerTarget = 4000;

        [Theory]
        [MemberData(nameof(TargetNames.All), MemberType = typeof(TargetNames))]
        public void Mutated_seeds_satisfy_every_property(string name)
        {
            IFuzzTarget target = FuzzTargets.Find(name);
            byte[][] seeds = target.Seeds().Select(seed => seed.Value).ToArray();
            var mutator = new Mutator(seed: 20261123 + name.Length, seeds);

            for (int i = 0; i < InputsPerTarget; i++)
            {
                byte[] input = mutator.Next();
                try
                {
                    target.Run(input);
                }
                catch (Exception exception)
                {
                    Assert.Fail("Input " + i + " (" + Convert.ToHexString(input) + ") failed: " + exception);
                }
            }
        }
    }
}
