using System.Linq;
using EtProtocolGen.Analyzers.Model;
using EtProtocolGen.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace EtProtocolGen.Analyzers.Manifest
{
    /// <summary>
    /// Where the manifest diagnostics point: at the type, field or attribute in the code when it still exists, else at the
    /// manifest line that names what is gone (as PublicApiAnalyzers points at the API file for a removed API).
    /// </summary>
    internal sealed class ManifestLocations
    {
        private readonly ProtocolSymbols symbols;
        private readonly BuiltManifest current;
        private readonly ManifestSet set;

        public ManifestLocations(ProtocolSymbols symbols, BuiltManifest current, ManifestSet set)
        {
            this.symbols = symbols;
            this.current = current;
            this.set = set;
        }

        public Location OfEntity(string entity)
        {
            if (current.Types.TryGetValue(entity, out INamedTypeSymbol? type))
            {
                return First(type);
            }

            if (entity == ManifestText.Assembly && AssemblyAttribute() is { } attribute)
            {
                return attribute;
            }

            ManifestSourceLine? line = set.DeclaredLines(entity).FirstOrDefault()
                ?? set.UnshippedFile.Lines.FirstOrDefault(candidate => ManifestLine.Parse(candidate.Text).Entity == entity);
            if (line is not null)
            {
                return ProtocolManifestAnalyzer.LocationOf(line);
            }

            // A new assembly entry (the first message of a project): point at the first message by name, whose addition needs it.
            return current.Types
                .Where(type => type.Key.StartsWith(ManifestText.Message + " ", System.StringComparison.Ordinal))
                .OrderBy(type => type.Key, System.StringComparer.Ordinal)
                .Select(type => First(type.Value))
                .FirstOrDefault(location => location.IsInSource) ?? Location.None;
        }

        public Location OfChange(ManifestChange change)
        {
            string entity = change.EntityKind switch
            {
                ManifestEntityKind.Assembly => ManifestText.Assembly,
                ManifestEntityKind.Handler => ManifestText.Handler + " " + change.EntityName,
                _ => ManifestText.Message + " " + change.EntityName,
            };
            if (current.Types.TryGetValue(entity, out INamedTypeSymbol? type))
            {
                if (change.FieldNumber > 0 && change.InCurrent)
                {
                    foreach (ProtocolField field in symbols.GetFields(type))
                    {
                        if (field.Number == change.FieldNumber)
                        {
                            return field.Location;
                        }
                    }
                }

                if (change.Rule is ManifestRule.OpcodeChanged or ManifestRule.OpcodeReused
                    && symbols.TryGetMessage(type, out ProtocolMessage message)
                    && AttributeLocations.FirstArgument(message.Attribute) is { } opcode)
                {
                    return opcode;
                }

                return First(type);
            }

            if (entity == ManifestText.Assembly && AssemblyAttribute() is { } attribute)
            {
                return attribute;
            }

            ManifestSourceLine? shipped = set.ShippedFile.Lines.FirstOrDefault(line => ManifestLine.Parse(line.Text).Entity == entity);
            return shipped is null ? OfEntity(entity) : ProtocolManifestAnalyzer.LocationOf(shipped);
        }

        /// <summary>[assembly: ProtocolLimits] or [assembly: ReservedOpcodes] as written, if the assembly has one in source.</summary>
        private Location? AssemblyAttribute()
        {
            foreach (AttributeData attribute in symbols.Compilation.Assembly.GetAttributes())
            {
                string? name = AttributeNames.Of(attribute.AttributeClass);
                if ((name == AttributeNames.ProtocolLimits || name == AttributeNames.ReservedOpcodes) && AttributeLocations.Of(attribute) is { } location)
                {
                    return location;
                }
            }

            return null;
        }

        private static Location First(INamedTypeSymbol type) => type.Locations.Length > 0 ? type.Locations[0] : Location.None;
    }
}
