using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using EtProtocolGen.Analyzers.Manifest;
using EtProtocolGen.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace EtProtocolGen.Analyzers
{
    /// <summary>
    /// Compares the protocol with its manifest, Protocol.Shipped.txt and Protocol.Unshipped.txt (AdditionalFiles; the package
    /// adds them when they exist, and nothing is checked without them). ETP0201: an entity (a message, a handler, the
    /// assembly's limits) whose lines differ from the declared ones, fixed by updating Protocol.Unshipped.txt; ETP0202: a
    /// line that cannot be read; ETP0210-ETP0224: a change against Protocol.Shipped.txt that breaks peers built against it
    /// or loosens a defence. Runs at compilation end: the manifest is about the whole assembly.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ProtocolManifestAnalyzer : ProtocolAnalyzer
    {
        /// <summary>Diagnostic property: the entity key an ETP0201 is about.</summary>
        public const string EntityProperty = "Entity";

        /// <summary>Diagnostic property: the entity's current lines, separated by '\n' (empty when the entity is gone).</summary>
        public const string LinesProperty = "Lines";

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            DiagnosticDescriptors.ManifestOutOfDate,
            DiagnosticDescriptors.ManifestLineUnreadable,
            DiagnosticDescriptors.OpcodeChanged,
            DiagnosticDescriptors.OpcodeReused,
            DiagnosticDescriptors.MessageRemoved,
            DiagnosticDescriptors.FieldRemoved,
            DiagnosticDescriptors.FieldNumberReused,
            DiagnosticDescriptors.FieldTypeChanged,
            DiagnosticDescriptors.FieldCardinalityChanged,
            DiagnosticDescriptors.ScopeChanged,
            DiagnosticDescriptors.ReservationRemoved,
            DiagnosticDescriptors.RequestContractChanged,
            DiagnosticDescriptors.AuthorizationLoosened,
            DiagnosticDescriptors.LimitRaised,
            DiagnosticDescriptors.SensitiveRemoved,
            DiagnosticDescriptors.ValidationLoosened,
            DiagnosticDescriptors.RateLimitLoosened);

        [System.Diagnostics.CodeAnalysis.SuppressMessage(
            "MicrosoftCodeAnalysisPerformance",
            "RS1013:Start action has no registered non-end actions",
            Justification = "The manifest covers the whole assembly, so all the work is at compilation end; the start action reads the manifest files once and, like every EtProtocolGen analyzer, is the only action Initialize registers.")]
        private protected override void OnCompilationStart(CompilationStartAnalysisContext context, ProtocolSymbols symbols)
        {
            ManifestSet? set = ReadManifest(context.Options.AdditionalFiles, context.CancellationToken);
            if (set is null)
            {
                return;
            }

            context.RegisterCompilationEndAction(end => Analyze(end, symbols, set));
        }

        /// <summary>The project's manifest files read together, or null when it has neither.</summary>
        internal static ManifestSet? ReadManifest(ImmutableArray<AdditionalText> files, System.Threading.CancellationToken cancellationToken)
        {
            ManifestFile? shipped = null;
            ManifestFile? unshipped = null;
            foreach (AdditionalText file in files)
            {
                bool isShipped = ManifestFile.IsShipped(file.Path);
                if (!isShipped && !ManifestFile.IsUnshipped(file.Path))
                {
                    continue;
                }

                ManifestFile parsed = ManifestFile.Parse(file.Path, file.GetText(cancellationToken)?.ToString() ?? string.Empty);
                if (isShipped)
                {
                    shipped = parsed;
                }
                else
                {
                    unshipped = parsed;
                }
            }

            if (shipped is null && unshipped is null)
            {
                return null;
            }

            return new ManifestSet(shipped ?? ManifestFile.Empty(ManifestFile.ShippedFileName), unshipped ?? ManifestFile.Empty(ManifestFile.UnshippedFileName));
        }

        private static void Analyze(CompilationAnalysisContext context, ProtocolSymbols symbols, ManifestSet set)
        {
            BuiltManifest current = new ManifestBuilder(symbols, context.Compilation.Assembly, context.CancellationToken).Build(context.CancellationToken);
            foreach (ManifestError error in set.Errors)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ManifestLineUnreadable, LocationOf(error.Line), error.Reason));
            }

            var locations = new ManifestLocations(symbols, current, set);
            Dictionary<string, List<string>> entities = ManifestWriter.WriteByEntity(current.Manifest);
            foreach (string entity in entities.Keys.Concat(set.Entities()).Distinct(StringComparer.Ordinal).OrderBy(key => key, StringComparer.Ordinal))
            {
                IReadOnlyList<string> lines = entities.TryGetValue(entity, out List<string>? found) ? found : (IReadOnlyList<string>)Array.Empty<string>();
                if (!set.IsUpToDate(entity, lines))
                {
                    ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty
                        .Add(EntityProperty, entity)
                        .Add(LinesProperty, string.Join("\n", lines));
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ManifestOutOfDate, locations.OfEntity(entity), properties, Describe(entity, lines.Count == 0)));
                }
            }

            foreach (ManifestChange change in ManifestComparer.Compare(set.Shipped, current.Manifest))
            {
                context.ReportDiagnostic(Diagnostic.Create(ManifestDiagnostics.Descriptor(change.Rule), locations.OfChange(change), change.Description));
            }
        }

        private static string Describe(string entity, bool gone)
        {
            if (entity == ManifestText.Assembly)
            {
                return "The assembly's limits and reserved opcodes";
            }

            int space = entity.IndexOf(' ');
            string kind = space < 0 ? entity : entity.Substring(0, space);
            string name = space < 0 ? string.Empty : ManifestComparer.Short(entity.Substring(space + 1));
            return (kind == ManifestText.Handler ? "Handler '" : kind == ManifestText.Message ? "Message '" : "'") + name + "'" + (gone ? ", which the code no longer declares," : string.Empty);
        }

        /// <summary>The location of a manifest line in its file.</summary>
        internal static Location LocationOf(ManifestSourceLine line) =>
            Location.Create(
                line.Path,
                new TextSpan(line.Start, line.Text.Length),
                new LinePositionSpan(new LinePosition(line.LineIndex, line.Column), new LinePosition(line.LineIndex, line.Column + line.Text.Length)));
    }
}
