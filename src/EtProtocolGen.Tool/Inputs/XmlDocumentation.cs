using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;

namespace EtProtocolGen.Tool.Inputs
{
    /// <summary>
    /// An assembly's XML documentation file (GenerateDocumentationFile) for its metadata symbols, read when a symbol of the
    /// assembly first asks for its documentation (the manifest and report commands never do); a file that cannot be read
    /// leaves the symbols without documentation.
    /// </summary>
    internal sealed class XmlDocumentation : DocumentationProvider
    {
        private readonly string path;
        private readonly Lazy<Dictionary<string, string>> members;

        public XmlDocumentation(string path)
        {
            this.path = path;
            members = new Lazy<Dictionary<string, string>>(() => Read(path));
        }

        protected override string? GetDocumentationForSymbol(string documentationMemberID, CultureInfo preferredCulture, CancellationToken cancellationToken = default) =>
            members.Value.TryGetValue(documentationMemberID, out string? xml) ? xml : null;

        private static Dictionary<string, string> Read(string path)
        {
            var members = new Dictionary<string, string>();
            try
            {
                foreach (XElement member in XDocument.Load(path).Descendants("member"))
                {
                    if ((string?)member.Attribute("name") is { } name)
                    {
                        members[name] = member.ToString(SaveOptions.DisableFormatting);
                    }
                }
            }
            catch (Exception problem) when (problem is System.Xml.XmlException or System.IO.IOException)
            {
                members.Clear();
            }

            return members;
        }

        public override bool Equals(object? obj) => obj is XmlDocumentation other && other.path == path;

        public override int GetHashCode() => path.GetHashCode();
    }
}
