using System.IO;
using EtProtocolGen.Analyzers.Manifest;

namespace EtProtocolGen.Tool.Inputs
{
    /// <summary>Where a command reads a manifest from: a project directory (its Protocol.Shipped.txt and Protocol.Unshipped.txt together) or one file.</summary>
    internal static class ManifestInput
    {
        /// <summary>Reads <paramref name="path"/>; a single file is read as a shipped manifest (for example one taken from another branch).</summary>
        public static ManifestSet Load(string path)
        {
            if (Directory.Exists(path))
            {
                string shipped = Path.Combine(path, ManifestFile.ShippedFileName);
                string unshipped = Path.Combine(path, ManifestFile.UnshippedFileName);
                if (!File.Exists(shipped) && !File.Exists(unshipped))
                {
                    throw new ToolException(path + " holds neither " + ManifestFile.ShippedFileName + " nor " + ManifestFile.UnshippedFileName);
                }

                return new ManifestSet(Read(shipped), Read(unshipped));
            }

            if (!File.Exists(path))
            {
                throw new ToolException(path + " does not exist");
            }

            return new ManifestSet(ManifestFile.Parse(path, File.ReadAllText(path)), ManifestFile.Empty(path));
        }

        private static ManifestFile Read(string path) =>
            File.Exists(path) ? ManifestFile.Parse(path, File.ReadAllText(path)) : ManifestFile.Empty(path);
    }
}
