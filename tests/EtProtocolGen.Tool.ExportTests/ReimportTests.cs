using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using EtProtocolGen.Analyzers.Model;
using EtProtocolGen.Generator;
using EtProtocolGen.Generator.Parsing;
using EtProtocolGen.Generator.Proto.Binding;
using EtProtocolGen.Tool.Export;
using EtProtocolGen.Generator.Tests.Infrastructure;
using EtProtocolGen.Tool.ExportTests.Infrastructure;
using EtProtocolGen.Tool.Tests.Infrastructure;
using EtProtocolGen.Tool.Inputs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace EtProtocolGen.Tool.ExportTests
{
    /// <summary>
    /// The export read back through EtProtocolGen's own .proto input (the generator, as a project with &lt;EtProtocol&gt; items
    /// runs it) is the protocol it was exported from: the same manifest lines (opcodes, scopes, kinds, responses,
    /// authorization, rate and concurrency limits, depths, fields with their types, encodings, bounds and checks, reserved
    /// numbers and names) and the same values. What C# alone can say is left out of the comparison, as docs/proto.md lists it:
    /// an engine type is its surrogate message, a narrow number its protobuf type, a struct a class, no OnValidate hook, no
    /// assembly-wide reserved opcode, and field names as protoc's C# names them.
    /// </summary>
    public sealed class ReimportTests
    {
        private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp9);

        public static TheoryData<string> Protocols => new(ExportedProtocol.All.Select(protocol => protocol.Name));

        [Theory]
        [MemberData(nameof(Protocols))]
        public void The_export_read_back_through_the_proto_input_is_the_same_protocol(string name)
        {
            ExportedProtocol protocol = ExportedProtocol.All.Single(candidate => candidate.Name == name);
            (ProtocolSymbols symbols, IAssemblySymbol assembly) = CompiledProtocol.Open(protocol.Ours.Location);
            ProtoExport export = new ProtoExportBuilder(symbols, assembly).Build(includeInner: true);

            Compilation reimported = Reimport(export, assembly);

            ProtocolSymbols reimportedSymbols = ProtocolSymbols.TryCreate(reimported)!;
            Assert.Equal(Expected(symbols, assembly), ProtocolLines.Of(reimportedSymbols, reimported.Assembly));
        }

        [Fact]
        public void The_comparison_sees_a_lost_limit()
        {
            (ProtocolSymbols symbols, IAssemblySymbol assembly) = CompiledProtocol.Open(ExportedProtocol.Shapes.Ours.Location);
            ProtoExport export = new ProtoExportBuilder(symbols, assembly).Build(includeInner: true);
            ExportFile client = export.Files.Single(file => !file.IsInner);
            ExportMessage buy = client.Messages.Single(message => message.Name == "C2S_Buy");
            var withoutRateLimit = new ExportMessage(buy.Name, buy.Comments, buy.Options.Where(option => !option.StartsWith("(etp.rate_limit)", StringComparison.Ordinal)).ToList(), buy.Fields, buy.ReservedNumbers, buy.ReservedNames);
            var changed = new ExportFile(client.Path, client.Package, client.CSharpNamespace, client.IsInner, client.Imports, client.Opcodes, client.Enums, client.Messages.Select(message => message == buy ? withoutRateLimit : message).ToList());

            Compilation reimported = Reimport(new ProtoExport(export.Files.Select(file => file == client ? changed : file).ToList(), export.Warnings), assembly);

            Assert.NotEqual(Expected(symbols, assembly), ProtocolLines.Of(ProtocolSymbols.TryCreate(reimported)!, reimported.Assembly));
        }

        /// <summary>The original's lines without what C# alone can say (see the class summary).</summary>
        private static List<string> Expected(ProtocolSymbols symbols, IAssemblySymbol assembly)
        {
            var surrogates = WireSurrogates.Of(assembly).All
                .Where(mapping => mapping.Surrogate is not null)
                .ToDictionary(mapping => "(" + Analyzers.Manifest.ManifestBuilder.Name(mapping.Type) + ")", mapping => "(" + Analyzers.Manifest.ManifestBuilder.Name(mapping.Surrogate!) + ")");
            var lines = new List<string>();
            foreach (string line in ProtocolLines.Of(symbols, assembly))
            {
                string expected = surrogates.Aggregate(line, (text, mapping) => text.Replace(mapping.Key, mapping.Value));
                expected = Regex.Replace(expected, @"\((sbyte|byte|short|ushort)\)", "");
                expected = Regex.Replace(expected, @" (struct|validate-hook)(?= |$)", "");
                expected = Regex.Replace(expected, @"^((?:message|value) \S+ field \d+ )(\S+)", match => match.Groups[1].Value + ProtoNames.ToPascalCase(match.Groups[2].Value));
                lines.Add(expected);
            }

            lines.Sort(StringComparer.Ordinal);
            return lines;
        }

        /// <summary>The exported files run through the generator in a new compilation with the original's [ProtocolLimits].</summary>
        private static Compilation Reimport(ProtoExport export, IAssemblySymbol original)
        {
            var sources = new List<SyntaxTree>();
            foreach (AttributeData limits in original.GetAttributes().Where(attribute => attribute.AttributeClass?.Name == "ProtocolLimitsAttribute"))
            {
                sources.Add(CSharpSyntaxTree.ParseText(
                    "[assembly: EtProtocolGen.ProtocolLimits(" + string.Join(", ", limits.NamedArguments.Select(argument => argument.Key + " = " + argument.Value.ToCSharpString())) + ")]",
                    ParseOptions));
            }

            var compilation = CSharpCompilation.Create(
                "Reimported",
                sources,
                RuntimeReferences.All(),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
                    .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress }));
            var files = export.Files.Select(file => (AdditionalText)new ProtoFile("/export/" + file.Path, ProtoFileEmitter.Write(file, "test"))).ToImmutableArray();
            CSharpGeneratorDriver.Create(new[] { new MessageGenerator().AsSourceGenerator() }, files, ParseOptions)
                .RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);

            Assert.Empty(output.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));
            return output;
        }
    }
}
