using System;
using System.Collections.Generic;
using System.Linq;

namespace EtProtocolGen.Analyzers.Manifest
{
    /// <summary>
    /// A project's Protocol.Shipped.txt and Protocol.Unshipped.txt read together, as PublicApiAnalyzers reads its API files:
    /// the declared protocol is every shipped line, minus the ones Unshipped takes back with <c>*REMOVED*</c>, plus the
    /// lines Unshipped adds. Breaking and security rules compare the code with <see cref="Shipped"/> only, so that accepting
    /// such a change is an edit of the shipped file that shows in review.
    /// </summary>
    internal sealed class ManifestSet
    {
        private readonly Dictionary<string, ManifestSourceLine> declared = new Dictionary<string, ManifestSourceLine>(StringComparer.Ordinal);
        private readonly HashSet<string> shippedTexts = new HashSet<string>(StringComparer.Ordinal);
        private readonly HashSet<string> staleEntities = new HashSet<string>(StringComparer.Ordinal);
        private readonly Dictionary<string, List<ManifestSourceLine>> declaredByEntity = new Dictionary<string, List<ManifestSourceLine>>(StringComparer.Ordinal);
        private readonly Dictionary<string, List<string>> shippedByEntity = new Dictionary<string, List<string>>(StringComparer.Ordinal);

        public ManifestSet(ManifestFile shipped, ManifestFile unshipped)
        {
            ShippedFile = shipped;
            UnshippedFile = unshipped;
            var errors = new List<ManifestError>();
            foreach (ManifestSourceLine line in shipped.Lines)
            {
                if (ManifestLine.Parse(line.Text).IsRemoved)
                {
                    errors.Add(new ManifestError(line, ManifestText.RemovedPrefix + " lines belong in " + ManifestFile.UnshippedFileName + ", not in " + ManifestFile.ShippedFileName));
                }
                else if (shippedTexts.Add(line.Text))
                {
                    declared[line.Text] = line;
                    Add(shippedByEntity, ManifestLine.Parse(line.Text).Entity, line.Text);
                }
            }

            foreach (ManifestSourceLine line in unshipped.Lines)
            {
                ManifestLine parsed = ManifestLine.Parse(line.Text);
                if (parsed.IsRemoved)
                {
                    // Taking back a line that is not shipped leaves the file out of date for that entity.
                    if (!declared.Remove(parsed.Text))
                    {
                        staleEntities.Add(parsed.Entity);
                    }
                }
                else if (shippedTexts.Contains(line.Text) || declared.ContainsKey(line.Text))
                {
                    staleEntities.Add(parsed.Entity);
                }
                else
                {
                    declared[line.Text] = line;
                }
            }

            foreach (ManifestSourceLine line in declared.Values)
            {
                Add(declaredByEntity, ManifestLine.Parse(line.Text).Entity, line);
            }

            // A shipped line is read twice (alone, and as declared unless taken back): report each bad line once.
            var shippedErrors = new List<ManifestError>();
            Shipped = ManifestReader.Read(shipped.Lines.Where(line => !ManifestLine.Parse(line.Text).IsRemoved), shippedErrors);
            Declared = ManifestReader.Read(declared.Values, errors);
            errors.AddRange(shippedErrors.Where(error => !errors.Any(reported => reported.Line == error.Line)));
            errors.Sort((left, right) => left.Line.Path != right.Line.Path ? string.CompareOrdinal(left.Line.Path, right.Line.Path) : left.Line.LineIndex.CompareTo(right.Line.LineIndex));
            Errors = errors;
        }

        public ManifestFile ShippedFile { get; }

        public ManifestFile UnshippedFile { get; }

        /// <summary>The protocol as released.</summary>
        public ProtocolManifest Shipped { get; }

        /// <summary>The protocol as the two files declare it now.</summary>
        public ProtocolManifest Declared { get; }

        /// <summary>Lines neither file can hold, from both files.</summary>
        public IReadOnlyList<ManifestError> Errors { get; }

        /// <summary>The declared lines of <paramref name="entity"/>, as they are written (an entity key from <see cref="ManifestLine.Entity"/>).</summary>
        public IReadOnlyList<ManifestSourceLine> DeclaredLines(string entity) =>
            declaredByEntity.TryGetValue(entity, out List<ManifestSourceLine>? lines) ? lines : (IReadOnlyList<ManifestSourceLine>)Array.Empty<ManifestSourceLine>();

        /// <summary>Every entity with at least one declared line, or with a stale Unshipped line.</summary>
        public IEnumerable<string> Entities() => declaredByEntity.Keys.Concat(staleEntities).Distinct(StringComparer.Ordinal);

        /// <summary>True if the files declare exactly <paramref name="currentLines"/> for <paramref name="entity"/> and Unshipped holds nothing stale for it.</summary>
        public bool IsUpToDate(string entity, IReadOnlyCollection<string> currentLines)
        {
            if (staleEntities.Contains(entity))
            {
                return false;
            }

            IReadOnlyList<ManifestSourceLine> lines = DeclaredLines(entity);
            if (lines.Count != currentLines.Count)
            {
                return false;
            }

            foreach (ManifestSourceLine line in lines)
            {
                if (!currentLines.Contains(line.Text))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// The lines of Protocol.Unshipped.txt after bringing each entity of <paramref name="current"/> up to date with its
        /// lines (an empty list for an entity that no longer exists): its own Unshipped lines are replaced by the current lines
        /// Shipped lacks and a <c>*REMOVED*</c> line for each shipped line the code no longer has. Other entities keep theirs.
        /// </summary>
        public List<string> UpdateUnshipped(IReadOnlyDictionary<string, IReadOnlyList<string>> current)
        {
            var lines = new List<string>();
            foreach (ManifestSourceLine line in UnshippedFile.Lines)
            {
                if (!current.ContainsKey(ManifestLine.Parse(line.Text).Entity))
                {
                    lines.Add(line.Text);
                }
            }

            foreach (KeyValuePair<string, IReadOnlyList<string>> entity in current)
            {
                var currentLines = new HashSet<string>(entity.Value, StringComparer.Ordinal);
                lines.AddRange(currentLines.Where(line => !shippedTexts.Contains(line)));
                if (shippedByEntity.TryGetValue(entity.Key, out List<string>? shipped))
                {
                    lines.AddRange(shipped.Where(line => !currentLines.Contains(line)).Select(line => ManifestText.RemovedPrefix + line));
                }
            }

            return lines.Distinct(StringComparer.Ordinal).ToList();
        }

        private static void Add<T>(Dictionary<string, List<T>> byEntity, string entity, T line)
        {
            if (!byEntity.TryGetValue(entity, out List<T>? lines))
            {
                lines = new List<T>();
                byEntity.Add(entity, lines);
            }

            lines.Add(line);
        }
    }
}
