using System.Linq;
using EtProtocolGen.Analyzers.Manifest;

namespace EtProtocolGen.Tool.Inputs
{
    /// <summary>Loads a manifest and refuses one with lines that cannot be read (the build reports them as ETP0202).</summary>
    internal static class ManifestLoader
    {
        /// <summary>The protocol <paramref name="path"/> declares: shipped lines, minus those Unshipped takes back, plus those it adds.</summary>
        public static ProtocolManifest Declared(string path) => Checked(ManifestInput.Load(path)).Declared;

        public static ManifestSet Checked(ManifestSet set)
        {
            if (set.Errors.Count > 0)
            {
                throw new ToolException("cannot read the manifest:\n  " + string.Join("\n  ", set.Errors.Select(error => error.Line + "\n    " + error.Reason)));
            }

            return set;
        }
    }
}
