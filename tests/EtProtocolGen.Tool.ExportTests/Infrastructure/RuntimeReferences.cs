using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace EtProtocolGen.Tool.ExportTests.Infrastructure
{
    /// <summary>What an in-memory protocol compilation references: the running framework's assemblies and the EtProtocolGen runtime.</summary>
    internal static class RuntimeReferences
    {
        public static IEnumerable<MetadataReference> All() =>
            ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
                .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
                .Append(typeof(MessageAttribute).Assembly.Location)
                .Select(path => MetadataReference.CreateFromFile(path));
    }
}
