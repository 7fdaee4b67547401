using Microsoft.CodeAnalysis;

namespace EtProtocolGen.Analyzers.Model
{
    /// <summary>
    /// Tells the generator's output apart from the user's code. Analyzers run on the compilation with the generated files,
    /// where a message's generated members sit next to the user's; the compiler names each generated file
    /// <c>&lt;generator assembly&gt;/&lt;generator type&gt;/&lt;hint name&gt;</c>, in command-line builds and in the IDE alike.
    /// </summary>
    internal static class GeneratedSources
    {
        private const string MessageGeneratorFolder = "EtProtocolGen.Generator.MessageGenerator";

        /// <summary>True when every declaration of <paramref name="symbol"/> is in a file the message generator added.</summary>
        public static bool IsFromMessageGenerator(ISymbol symbol)
        {
            if (symbol.DeclaringSyntaxReferences.IsEmpty)
            {
                return false;
            }

            foreach (SyntaxReference reference in symbol.DeclaringSyntaxReferences)
            {
                if (!IsMessageGeneratorFile(reference.SyntaxTree))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsMessageGeneratorFile(SyntaxTree tree)
        {
            string path = tree.FilePath.Replace('\\', '/');
            return path.Contains("/" + MessageGeneratorFolder + "/") || path.StartsWith(MessageGeneratorFolder + "/", System.StringComparison.Ordinal);
        }
    }
}
