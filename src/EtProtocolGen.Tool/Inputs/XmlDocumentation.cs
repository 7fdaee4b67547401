using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;

namespace EtProtocolGen.Tool.Inputs
{
    /// <summary>An assembly's XML documentation file (GenerateDocumentationFile) for its metadata symbols, read once.</summary>
    internal sealed class XmlDocumentation : DocumentationProvider
    {
        private readonly string path;
        private readonly Dictionary<string, string> members;

        private XmlDocumentation(string path, Dictionary<string, string> members)
        {
            this.path = path;
            this.members = members;
        }

        /// <summary>The file's members; null when it cannot be read (the symbols then have no documentation).</summary>
        public static XmlDocumentation? TryRead(string path)
        {
            try
            {
                var members = new Dictionary<string, string>();
                foreach (XElement member in XDocument.Load(path).Descendants("member"))
                {
                    if ((string?)member.Attribute("name") is { } name)
                    {
                        members[name] = member.ToString(SaveOptions.DisableFormatting);
                    }
                }

                return new XmlDocumentation(path, members);
            }
            catch (System.Exception problem) when (problem is System.Xml.XmlException or System.IO.IOException)
            {
                return null;
            }
        }

        protected override string? GetDocumentationForSymbol(string documentationMemberID, CultureInfo preferredCulture, CancellationToken cancellationToken = default) =>
            members.TryGetValue(documentationMemberID, out string? xml) ? xml : null;

        public override bool Equals(object? obj) => obj is XmlDocumentation other && other.path == path;

        public override int GetHashCode() => path.GetHashCode();
    }
}
