using EtProtocolGen.Fuzz.Targets;

namespace EtProtocolGen.Fuzz.Tests
{
    /// <summary>The name of every fuzz target, one theory case each: the replay and mutation tests run per target.</summary>
    internal static class TargetNames
    {
        public static TheoryData<string> All()
        {
            var data = new TheoryData<string>();
            foreach (IFuzzTarget target in FuzzTargets.All)
            {
                data.Add(target.Name);
            }

            return data;
        }
    }
}
