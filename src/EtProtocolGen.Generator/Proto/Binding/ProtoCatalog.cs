using System.Collections.Generic;
using EtProtocolGen.Generator.Helpers;
using EtProtocolGen.Generator.Proto.Model;
using EtProtocolGen.Generator.Proto.Parsing;

namespace EtProtocolGen.Generator.Proto.Binding
{
    /// <summary>
    /// Every message and enum the project's .proto files declare, by full proto name, with protobuf's scoping rules to find
    /// the one a field names, and the candidate C# names of what no file declares (engine types, C# messages, ET's marker
    /// interfaces). Built from all files at once: a type may be used from another file.
    /// </summary>
    internal sealed class ProtoCatalog
    {
        /// <summary>The options file that ships in the package; it declares options, not messages.</summary>
        public const string OptionsFileName = "etprotocolgen.proto";

        private readonly Dictionary<string, ProtoTypeEntry> _types = new Dictionary<string, ProtoTypeEntry>(System.StringComparer.Ordinal);

        // The same types by the C# type they become: two packages with one csharp_namespace (a file copied into another
        // package) would otherwise declare one class twice, and its generated members would clash.
        private readonly Dictionary<string, ProtoTypeEntry> _typesByCSharpName = new Dictionary<string, ProtoTypeEntry>(System.StringComparer.Ordinal);
        private readonly List<ProtoProblem>[] _problems;

        private ProtoCatalog(List<ProtoFileContext> files)
        {
            Files = files;
            _problems = new List<ProtoProblem>[files.Count];
            for (int i = 0; i < files.Count; i++)
            {
                _problems[i] = new List<ProtoProblem>();
            }
        }

        /// <summary>The files to generate, in path order (the options file left out).</summary>
        public List<ProtoFileContext> Files { get; }

        /// <summary>Every declared type, messages before the types nested in them, in file order.</summary>
        public List<ProtoTypeEntry> Types { get; } = new List<ProtoTypeEntry>();

        /// <summary>Reads every file's dialect, namespace and imports and registers every type it declares.</summary>
        public static ProtoCatalog Build(EquatableArray<ProtoFileSyntax> syntaxes)
        {
            var files = new List<ProtoFileContext>();
            foreach (ProtoFileSyntax syntax in syntaxes)
            {
                if (string.Equals(System.IO.Path.GetFileName(syntax.Path), OptionsFileName, System.StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                bool isEt = EtFileName.TryRead(syntax.Path, out EtFileName etName, out string? nameError);
                string? ns = ProtoOptionReader.FileNamespace(syntax, isEt);
                var context = new ProtoFileContext(syntax, isEt ? ProtoDialect.Et : ProtoDialect.Proto3, etName, ns)
                {
                    EtNameError = nameError,
                };
                files.Add(context);
            }

            files.Sort(static (left, right) => string.CompareOrdinal(left.Syntax.Path, right.Syntax.Path));
            var catalog = new ProtoCatalog(files);
            for (int i = 0; i < files.Count; i++)
            {
                catalog.Register(i);
            }

            for (int i = 0; i < files.Count; i++)
            {
                catalog.ResolveImports(i);
            }

            return catalog;
        }

        /// <summary>The problems found for file <paramref name="index"/> while cataloguing (duplicates, imports, its ET name).</summary>
        public List<ProtoProblem> ProblemsOf(int index) => _problems[index];

        /// <summary>
        /// The type a field of <paramref name="file"/> names as <paramref name="reference"/> from inside
        /// <paramref name="scope"/> (the enclosing message, or null at the top): the innermost scope that declares it wins,
        /// as protoc resolves names. Null when no .proto file declares it.
        /// </summary>
        public ProtoTypeEntry? Resolve(string reference, ProtoFileContext file, ProtoTypeEntry? scope)
        {
            foreach (string candidate in ProtoCandidates(reference, file, scope))
            {
                if (_types.TryGetValue(candidate, out ProtoTypeEntry? entry))
                {
                    return entry;
                }
            }

            return null;
        }

        /// <summary>
        /// The metadata names a C# type that <paramref name="reference"/> names could have: the proto scopes from the innermost
        /// out, then the file's C# namespace and its parents (<c>ActorId</c> in package ET: <c>ET.ActorId</c>, <c>ActorId</c>).
        /// </summary>
        public static List<string> CSharpCandidates(string reference, ProtoFileContext file, ProtoTypeEntry? scope)
        {
            var candidates = ProtoCandidates(reference, file, scope);
            if (!reference.StartsWith(".", System.StringComparison.Ordinal) && file.Namespace is { } ns)
            {
                for (string? prefix = ns; prefix is not null; prefix = Parent(prefix))
                {
                    string candidate = prefix + "." + reference;
                    if (!candidates.Contains(candidate))
                    {
                        candidates.Insert(candidates.Count - 1, candidate);
                    }
                }
            }

            return candidates;
        }

        private static List<string> ProtoCandidates(string reference, ProtoFileContext file, ProtoTypeEntry? scope)
        {
            var candidates = new List<string>();
            if (reference.StartsWith(".", System.StringComparison.Ordinal))
            {
                candidates.Add(reference.Substring(1));
                return candidates;
            }

            string? current = scope?.FullName ?? (file.Package.Length == 0 ? null : file.Package);
            for (; current is not null; current = Parent(current))
            {
                candidates.Add(current + "." + reference);
            }

            candidates.Add(reference);
            return candidates;
        }

        private static string? Parent(string name)
        {
            int dot = name.LastIndexOf('.');
            return dot < 0 ? null : name.Substring(0, dot);
        }

        private void Register(int index)
        {
            ProtoFileContext file = Files[index];
            if (file.EtNameError is { } nameError)
            {
                _problems[index].Add(ProtoProblem.Of(ProtoProblemKind.EtFileName, file.Syntax.SyntaxSpan, System.IO.Path.GetFileName(file.Syntax.Path), nameError));
            }
            foreach (ProtoMessageSyntax message in file.Syntax.Messages)
            {
                RegisterMessage(index, file, null, message);
            }

            foreach (ProtoEnumSyntax enumSyntax in file.Syntax.Enums)
            {
                Add(index, new ProtoTypeEntry(file, null, enumSyntax.Name, null, enumSyntax), enumSyntax.NameSpan);
            }
        }

        private void RegisterMessage(int index, ProtoFileContext file, ProtoTypeEntry? parent, ProtoMessageSyntax message)
        {
            var entry = new ProtoTypeEntry(file, parent, message.Name, message, null);
            if (!Add(index, entry, message.NameSpan))
            {
                return;
            }

            foreach (ProtoMessageSyntax nested in message.Messages)
            {
                RegisterMessage(index, file, entry, nested);
            }

            foreach (ProtoEnumSyntax nested in message.Enums)
            {
                Add(index, new ProtoTypeEntry(file, entry, nested.Name, null, nested), nested.NameSpan);
            }
        }

        private bool Add(int index, ProtoTypeEntry entry, SourceSpan nameSpan)
        {
            if (_types.TryGetValue(entry.FullName, out ProtoTypeEntry? existing))
            {
                _problems[index].Add(ProtoProblem.Of(ProtoProblemKind.Duplicate, nameSpan, "'" + entry.FullName + "'", "it is already declared in " + System.IO.Path.GetFileName(existing.File.Syntax.Path)));
                return false;
            }

            if (_typesByCSharpName.TryGetValue(entry.MetadataName, out ProtoTypeEntry? sameType))
            {
                _problems[index].Add(ProtoProblem.Of(
                    ProtoProblemKind.Duplicate,
                    nameSpan,
                    "C# type '" + entry.MetadataName.Replace('+', '.') + "'",
                    "'" + sameType.FullName + "' in " + System.IO.Path.GetFileName(sameType.File.Syntax.Path) + " becomes the same C# type (give the files different csharp_namespace options)"));
                return false;
            }

            _types.Add(entry.FullName, entry);
            _typesByCSharpName.Add(entry.MetadataName, entry);
            Types.Add(entry);
            return true;
        }

        private void ResolveImports(int index)
        {
            ProtoFileContext file = Files[index];
            file.VisibleFiles.Add(file.Syntax.Path);
            if (file.IsEt)
            {
                foreach (ProtoFileContext other in Files)
                {
                    file.VisibleFiles.Add(other.Syntax.Path);
                }

                return;
            }

            var pending = new Queue<ProtoFileContext>();
            pending.Enqueue(file);
            bool direct = true;
            while (pending.Count > 0)
            {
                ProtoFileContext importer = pending.Dequeue();
                foreach (ProtoImportSyntax import in importer.Syntax.Imports)
                {
                    if (IsBuiltIn(import.Path))
                    {
                        continue;
                    }

                    ProtoFileContext? imported = FindImport(importer.Syntax.Path, import.Path);
                    if (imported is null)
                    {
                        if (direct)
                        {
                            _problems[index].Add(ProtoProblem.Of(ProtoProblemKind.ImportNotFound, import.Span, import.Path));
                        }

                        continue;
                    }

                    // protoc makes the types of a direct import visible, and those of the imports it re-exports with 'import public'.
                    if ((direct || import.IsPublic) && file.VisibleFiles.Add(imported.Syntax.Path))
                    {
                        pending.Enqueue(imported);
                    }
                }

                direct = false;
            }
        }

        /// <summary>Imports that need no file in the project: the package's options file and Google's own files.</summary>
        private static bool IsBuiltIn(string path) =>
            string.Equals(path, OptionsFileName, System.StringComparison.OrdinalIgnoreCase)
            || path.StartsWith("google/protobuf/", System.StringComparison.Ordinal);

        /// <summary>The project file an import names: relative to the importing file first, then any file whose path ends with it.</summary>
        private ProtoFileContext? FindImport(string importer, string path)
        {
            string wanted = Normalize(path);
            string relative = Normalize(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(importer) ?? "", path));
            ProtoFileContext? found = null;
            foreach (ProtoFileContext file in Files)
            {
                string candidate = Normalize(file.Syntax.Path);
                if (candidate == relative)
                {
                    return file;
                }

                if (found is null && (candidate == wanted || candidate.EndsWith("/" + wanted, System.StringComparison.Ordinal)))
                {
                    found = file;
                }
            }

            return found;
        }

        private static string Normalize(string path) => path.Replace('\\', '/');
    }
}
