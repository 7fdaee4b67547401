using System.Collections.Generic;
using System.IO;
using System.Linq;
using EtProtocolGen.Fuzz.Targets;

namespace EtProtocolGen.Fuzz.Tests
{
    /// <summary>Every checked-in seed and every regression input (a crash AFL++ once found) passes every property of its target.</summary>
    public sealed class CorpusReplayTests
    {
        public static TheoryData<string, string> Inputs()
        {
            var data = new TheoryData<string, string>();
            foreach (IFuzzTarget target in FuzzTargets.All)
            {
                foreach (string input in Corpus.InputsOf(target.Name))
                {
                    data.Add(target.Name, input);
                }
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(Inputs))]
        public void Input_satisfies_every_property(string target, string input)
        {
            FuzzTargets.Find(target).Run(File.ReadAllBytes(Path.Combine(Corpus.Directory, input)));
        }

        [Theory]
        [MemberData(nameof(TargetNames.All), MemberType = typeof(TargetNames))]
        public void Checked_in_seeds_are_the_ones_the_harness_writes(string target)
        {
            // A changed sample message or edge case must be re-exported (EtProtocolGen.Fuzz seeds tests/Fuzz): AFL++ starts from the files.
            Dictionary<string, byte[]> expected = FuzzTargets.Find(target).Seeds().ToDictionary(seed => seed.Key + ".bin", seed => seed.Value);
            string[] files = Directory.GetFiles(Corpus.SeedsOf(target)).Select(Path.GetFileName).ToArray()!;

            Assert.Equal(expected.Keys.OrderBy(name => name), files.OrderBy(name => name));
            foreach (KeyValuePair<string, byte[]> seed in expected)
            {
                Assert.Equal(seed.Value, File.ReadAllBytes(Path.Combine(Corpus.SeedsOf(target), seed.Key)));
            }
        }

        [Fact]
        public void Every_target_has_a_corpus_folder_and_no_folder_lacks_a_target()
        {
            string[] folders = Directory.GetDirectories(Corpus.Directory).Select(Path.GetFileName).OrderBy(name => name).ToArray()!;

            Assert.Equal(FuzzTargets.All.Select(target => target.Name).OrderBy(name => name), folders);
        }
    }
}
