using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using EtProtocolGen.Analyzers.Manifest;
using EtProtocolGen.Generator.Model;

namespace EtProtocolGen.Tool.Export
{
    /// <summary>
    /// The etp options (the package's proto/etprotocolgen.proto) that say what the C# attributes say, written from the manifest's
    /// entries: the checks the generated code makes, so that the .proto input turns them back into the same attributes.
    /// </summary>
    internal static class ExportOptions
    {
        /// <summary>The authorization dispatch applies; none for a message dispatch refuses (no attribute: the fail-safe default).</summary>
        public static IEnumerable<string> Authorization(ManifestAuthorization authorization, string messageName, List<string> warnings)
        {
            switch (authorization.Kind)
            {
                case AuthorizationKind.Anonymous:
                    yield return "(etp.allow_anonymous) = true";
                    break;
                case AuthorizationKind.Authenticated when authorization.RoleSets.Count == 0:
                    yield return "(etp.authorize) = true";
                    break;
                case AuthorizationKind.Authenticated:
                    if (authorization.RoleSets.Count > 1)
                    {
                        warnings.Add(messageName + ": roles " + authorization + " need several [Authorize] attributes; (etp.roles) carries one list, the first");
                    }

                    yield return "(etp.roles) = " + Quote(string.Join(",", authorization.RoleSets[0]));
                    break;
            }
        }

        public static IEnumerable<string> Limits(DispatchLimits limits)
        {
            foreach (RateLimitEntry rate in limits.Rates)
            {
                yield return "(etp.rate_limit) = { permits: " + Number(rate.Permits) + " per_seconds: " + Number(rate.PerSeconds) + Per(rate.Partitions) + " }";
            }

            if (limits.Concurrency is { } concurrency)
            {
                yield return "(etp.max_concurrency) = { limit: " + Number(concurrency.Limit) + Per(concurrency.Partitions) + " }";
            }
        }

        /// <summary>The field's declared bound and the checks Validate() makes; an assembly default is a comment (<see cref="ExportComments"/>).</summary>
        public static IEnumerable<string> Field(FieldEntry field)
        {
            if (field.MaxLength.Source == LengthBoundSource.Declared)
            {
                yield return "(etp.max_length) = " + Number(field.MaxLength.Value);
            }

            if (field.MinLength > 0)
            {
                yield return "(etp.min_length) = " + Number(field.MinLength);
            }

            if (field.Required)
            {
                yield return "(etp.required) = true";
            }

            if (field.Range is { } range)
            {
                yield return "(etp.range) = { min: " + range.FormatMinimum() + " max: " + range.FormatMaximum() + " }";
            }

            if (field.Sensitive)
            {
                yield return "(etp.sensitive) = true";
            }
        }

        /// <summary>A declared [Message(Direction = ...)] as (etp.direction); null when the message declares none (its name or kind says it).</summary>
        public static string? Direction(WireDirection declared) => (declared & WireDirection.Both) switch
        {
            WireDirection.ClientToServer => "(etp.direction) = CLIENT_TO_SERVER",
            WireDirection.ServerToClient => "(etp.direction) = SERVER_TO_CLIENT",
            WireDirection.Both => "(etp.direction) = BOTH",
            _ => null,
        };

        public static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

        public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

        /// <summary>The etp.Partition values of RateLimitPartition flags: the manifest's names (<c>remote-address</c>) as protobuf writes them (<c>REMOTE_ADDRESS</c>).</summary>
        private static string Per(int partitions) =>
            string.Concat(PartitionText.Format(partitions).Split('+').Select(name => " per: " + name.Replace('-', '_').ToUpperInvariant()));
    }
}
