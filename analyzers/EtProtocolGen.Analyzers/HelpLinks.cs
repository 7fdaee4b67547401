using System;
using System.IO;

namespace EtProtocolGen.Analyzers
{
    /// <summary>
    /// Help links to the diagnostic pages that ship with the analyzers. The project has no public web address, so a help link
    /// is the <c>file:</c> address of the page on this machine: <c>docs/diagnostics/&lt;ID&gt;.md</c> in the EtProtocolGen
    /// package folder (the analyzers load from <c>analyzers/dotnet/cs/</c> in it) or in the repository the analyzers were built in.
    /// A host that loads the analyzers from a copy elsewhere (a shadow copy) finds no page and gets no link: never an address
    /// that does not exist. The description of every diagnostic names the page either way.
    /// </summary>
    internal static class HelpLinks
    {
        /// <summary>How many folders up from the analyzer assembly the pages may be: 3 in the package, 5 in a test's output.</summary>
        private const int MaxFoldersUp = 6;

        private static readonly string? PagesFolder = FindPagesFolder();

        /// <summary>The <c>file:</c> address of the diagnostic's page, or "" when the page is not on this machine.</summary>
        public static string For(string id)
        {
            if (PagesFolder is null)
            {
                return "";
            }

            string page = Path.Combine(PagesFolder, id + ".md");
            return Exists(page) ? new Uri(page).AbsoluteUri : "";
        }

        private static string? FindPagesFolder()
        {
            try
            {
                string? folder = Path.GetDirectoryName(typeof(HelpLinks).Assembly.Location);
                for (int up = 0; up <= MaxFoldersUp && !string.IsNullOrEmpty(folder); up++)
                {
                    // The index page marks the folder as ours: a project of the user's own with docs/diagnostics is not taken.
                    string candidate = Path.Combine(folder!, "docs", "diagnostics");
                    if (Exists(Path.Combine(candidate, "README.md")) && Exists(Path.Combine(candidate, "ETP0001.md")))
                    {
                        return candidate;
                    }

                    folder = Path.GetDirectoryName(folder);
                }
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException || exception is NotSupportedException || exception is ArgumentException || exception is System.Security.SecurityException)
            {
                // No link rather than a failing analyzer.
            }

            return null;
        }

        // Reading where the package's own pages are is not analysis of user code (RS1035 guards against that).
#pragma warning disable RS1035
        private static bool Exists(string path) => File.Exists(path);
#pragma warning restore RS1035
    }
}
