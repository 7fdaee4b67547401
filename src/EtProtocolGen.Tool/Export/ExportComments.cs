using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using EtProtocolGen.Analyzers.Manifest;
using EtProtocolGen.Generator.Model;
using Microsoft.CodeAnalysis;

namespace EtProtocolGen.Tool.Export
{
    /// <summary>
    /// The comments an exported file carries for a client's author: the C# documentation (from the XML file next to the
    /// assembly), and what the server checks that proto3 cannot say: the range of a narrow C# number, a bound that comes from
    /// [ProtocolLimits], the engine type a message stands for.
    /// </summary>
    internal static class ExportComments
    {
        /// <summary>The &lt;summary&gt; of <paramref name="symbol"/> as text, or nothing when the assembly has no documentation file.</summary>
        public static IEnumerable<string> Summary(ISymbol symbol)
        {
            string xml = symbol.GetDocumentationCommentXml() ?? "";
            if (xml.Length == 0)
            {
                return Enumerable.Empty<string>();
            }

            try
            {
                XElement? summary = XElement.Parse(xml).Element("summary");
                if (summary is null)
                {
                    return Enumerable.Empty<string>();
                }

                // <see cref="T:Game.X"/> reads as X.
                foreach (XElement reference in summary.Descendants().Where(element => element.Attribute("cref") is not null || element.Attribute("langword") is not null).ToList())
                {
                    string name = (string?)reference.Attribute("cref") ?? (string?)reference.Attribute("langword") ?? "";
                    reference.ReplaceWith(name.Substring(name.LastIndexOfAny(new[] { '.', ':' }) + 1));
                }

                string text = Regex.Replace(summary.Value, @"\s+", " ").Trim();
                return text.Length == 0 ? Enumerable.Empty<string>() : new[] { text };
            }
            catch (System.Xml.XmlException)
            {
                return Enumerable.Empty<string>();
            }
        }

        /// <summary>
        /// Which way a message with an opcode travels, and what says so (the rule the analyzers apply, MessageDirections); none
        /// for an inner message, whose (etp.scope) says it.
        /// </summary>
        public static string? Direction(MessageDirectionModel direction)
        {
            string way = direction.Direction switch
            {
                WireDirection.ClientToServer => "Sent by clients to the server",
                WireDirection.ServerToClient => "Sent by the server to clients",
                WireDirection.Both => "Sent both ways",
                _ => "",
            };
            string because = direction.Source switch
            {
                DirectionSource.Declared => " ([Message(Direction = ...)]).",
                DirectionSource.Name => " (its name says so).",
                DirectionSource.Response => " (a response).",
                _ => " (nothing says which way: the server treats it as client input).",
            };
            return way.Length == 0 ? null : way + because;
        }

        /// <summary>What the decoder checks about a field beyond its proto3 type.</summary>
        public static IEnumerable<string> Checks(FieldEntry field, string? engineType, ITypeSymbol valueType)
        {
            if (engineType is not null)
            {
                yield return "a " + engineType + " in C#, carried as this message";
            }

            if (field.Value.NarrowType is { } narrow)
            {
                yield return "C# " + narrow + ": the server refuses values outside " + NarrowRange(narrow);
            }

            if (valueType is INamedTypeSymbol { EnumUnderlyingType: { } underlying } && NarrowKeyword(underlying.SpecialType) is { } narrowEnum)
            {
                yield return "a C# enum of " + narrowEnum + ": the server refuses values outside " + NarrowRange(narrowEnum);
            }

            if (field.Key?.NarrowType is { } narrowKey)
            {
                yield return "keys are C# " + narrowKey + ": the server refuses keys outside " + NarrowRange(narrowKey);
            }

            if (field.MaxLength.Source == LengthBoundSource.AssemblyDefault)
            {
                yield return "at most " + ExportOptions.Number(field.MaxLength.Value) + " " + Unit(field) + " ([ProtocolLimits] default of the assembly)";
            }
        }

        private static string Unit(FieldEntry field) =>
            field.Cardinality is FieldCardinality.Repeated or FieldCardinality.Map ? "elements"
            : field.Value.Type == ProtoType.String ? "characters"
            : "bytes";

        private static string? NarrowKeyword(SpecialType type) => type switch
        {
            SpecialType.System_SByte => "sbyte",
            SpecialType.System_Byte => "byte",
            SpecialType.System_Int16 => "short",
            SpecialType.System_UInt16 => "ushort",
            _ => null,
        };

        private static string NarrowRange(string type) => type switch
        {
            "sbyte" => "-128..127",
            "byte" => "0..255",
            "short" => "-32768..32767",
            _ => "0..65535",
        };
    }
}
