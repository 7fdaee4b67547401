using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using EtProtocolGen.Analyzers.Manifest;
using EtProtocolGen.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EtProtocolGen.Tool.Inputs
{
    /// <summary>
    /// A compiled protocol or server assembly read through Roslyn's metadata symbols, so that its manifest is built by the
    /// analyzer's own <see cref="ManifestBuilder"/>: the same lines the build compares against.
    /// </summary>
    internal static class CompiledProtocol
    {
        public static BuiltManifest Read(string assemblyPath)
        {
            (ProtocolSymbols symbols, IAssemblySymbol assembly) = Open(assemblyPath);
            return new ManifestBuilder(symbols, assembly, CancellationToken.None).Build(CancellationToken.None);
        }

        /// <summary>The assembly's symbols, in a compilation with the assemblies next to it and the running framework.</summary>
        public static (ProtocolSymbols Symbols, IAssemblySymbol Assembly) Open(string assemblyPath)
        {
            if (!File.Exists(assemblyPath))
            {
                throw new ToolException(assemblyPath + " does not exist");
            }

            string fullPath = Path.GetFullPath(assemblyPath);
            var references = new Dictionary<string, MetadataReference>(StringComparer.OrdinalIgnoreCase);
            // Its own directory first (the EtProtocolGen runtime and the protocol's dependencies), then the running framework.
            foreach (string dll in Directory.EnumerateFiles(Path.GetDirectoryName(fullPath)!, "*.dll").Concat(FrameworkAssemblies()))
            {
                string name = Path.GetFileNameWithoutExtension(dll);
                if (!references.ContainsKey(name) && IsAssembly(dll))
                {
                    references.Add(name, MetadataReference.CreateFromFile(dll, documentation: Documentation(dll)));
                }
            }

            MetadataReference protocol = references[Path.GetFileNameWithoutExtension(fullPath)];
            CSharpCompilation compilation = CSharpCompilation.Create(
                "etprotocolgen",
                references: references.Values,
                options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary).WithMetadataImportOptions(MetadataImportOptions.All));
            if (compilation.GetAssemblyOrModuleSymbol(protocol) is not IAssemblySymbol assembly)
            {
                throw new ToolException(assemblyPath + " is not a .NET assembly");
            }

            ProtocolSymbols symbols = ProtocolSymbols.TryCreate(compilation)
                ?? throw new ToolException(assemblyPath + " does not reference EtProtocolGen (EtProtocolGen.dll must be next to it)");
            return (symbols, assembly);
        }

        /// <summary>The XML documentation file next to an assembly (GenerateDocumentationFile), so that symbols carry their comments.</summary>
        private static DocumentationProvider? Documentation(string dll)
        {
            string xml = Path.ChangeExtension(dll, ".xml");
            return File.Exists(xml) ? new XmlDocumentation(xml) : null;
        }

        private static IEnumerable<string> FrameworkAssemblies() =>
            ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);

        private static bool IsAssembly(string path)
        {
            try
            {
                using var stream = File.OpenRead(path);
                using var reader = new System.Reflection.PortableExecutable.PEReader(stream);
                return reader.HasMetadata && System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(reader).IsAssembly;
            }
            catch (BadImageFormatException)
            {
                return false;
            }
        }
    }
}
