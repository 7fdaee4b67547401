using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using EtProtocolGen.Analyzers.Model;
using EtProtocolGen.Generator.Helpers;
using EtProtocolGen.Generator.Proto.Binding;
using EtProtocolGen.Generator.Proto.Model;
using EtProtocolGen.Generator.Proto.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace EtProtocolGen.Analyzers.Proto
{
    /// <summary>
    /// ETP0301-ETP0311: what is wrong in the project's .proto files, at its place in the file. Runs the generator's own
    /// parser and binder over every .proto AdditionalFile once per compilation (a type of one file may be used by another)
    /// and reports each file's problems when that file is analyzed, so the IDE shows them as the file is edited.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ProtoFileAnalyzer : ProtocolAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            DiagnosticDescriptors.ProtoSyntax,
            DiagnosticDescriptors.ProtoUnknownType,
            DiagnosticDescriptors.ProtoDuplicate,
            DiagnosticDescriptors.ProtoInvalidOption,
            DiagnosticDescriptors.ProtoUnsupported,
            DiagnosticDescriptors.ProtoEtFileName,
            DiagnosticDescriptors.ProtoImportNotFound,
            DiagnosticDescriptors.ProtoMessageKind,
            DiagnosticDescriptors.ProtoReservedUsed,
            DiagnosticDescriptors.ProtoIgnored,
            DiagnosticDescriptors.ProtoUnknownEtInterface);

        private protected override void OnCompilationStart(CompilationStartAnalysisContext context, ProtocolSymbols symbols)
        {
            ImmutableArray<AdditionalText> files = ProtoFiles(context.Options.AdditionalFiles);
            if (files.IsEmpty)
            {
                return;
            }

            Compilation compilation = context.Compilation;
            var protocol = new Lazy<ProtoProtocolModel>(() => Bind(files, compilation, context.CancellationToken), LazyThreadSafetyMode.ExecutionAndPublication);
            context.RegisterAdditionalFileAction(fileContext =>
            {
                string path = fileContext.AdditionalFile.Path;
                if (!IsProto(path))
                {
                    return;
                }

                foreach (ProtoFileProblems fileProblems in protocol.Value.Problems)
                {
                    if (fileProblems.Path != path)
                    {
                        continue;
                    }

                    foreach (ProtoProblem problem in fileProblems.Problems)
                    {
                        fileContext.ReportDiagnostic(Diagnostic.Create(Descriptor(problem.Kind), Locate(path, problem.Span), Arguments(problem)));
                    }
                }
            });
        }

        /// <summary>Parses and binds every file as the generator does (its ProtoPipeline), in one go.</summary>
        private static ProtoProtocolModel Bind(ImmutableArray<AdditionalText> files, Compilation compilation, CancellationToken cancellationToken)
        {
            var parsed = new List<ProtoFileSyntax>(files.Length);
            foreach (AdditionalText file in files)
            {
                string text = file.GetText(cancellationToken)?.ToString() ?? "";
                parsed.Add(ProtoParser.Parse(file.Path, text, EtFileName.TryRead(file.Path, out _, out _), cancellationToken));
            }

            parsed.Sort(static (left, right) => string.CompareOrdinal(left.Path, right.Path));
            var set = new EquatableArray<ProtoFileSyntax>(parsed.ToArray());
            ProtoExternalTypes externals = ProtoExternalResolver.Resolve(ProtoBinder.Lookups(set, cancellationToken), compilation, cancellationToken);
            return ProtoBinder.Bind(set, externals, cancellationToken);
        }

        private static ImmutableArray<AdditionalText> ProtoFiles(ImmutableArray<AdditionalText> files)
        {
            ImmutableArray<AdditionalText>.Builder protos = ImmutableArray.CreateBuilder<AdditionalText>();
            foreach (AdditionalText file in files)
            {
                if (IsProto(file.Path))
                {
                    protos.Add(file);
                }
            }

            return protos.ToImmutable();
        }

        private static bool IsProto(string path) => path.EndsWith(".proto", StringComparison.OrdinalIgnoreCase);

        private static Location Locate(string path, SourceSpan span) =>
            Location.Create(
                path,
                new TextSpan(span.Start, span.Length),
                new LinePositionSpan(new LinePosition(span.StartLine, span.StartColumn), new LinePosition(span.EndLine, span.EndColumn)));

        private static object[] Arguments(ProtoProblem problem)
        {
            var arguments = new object[problem.Arguments.Length];
            for (int i = 0; i < arguments.Length; i++)
            {
                arguments[i] = problem.Arguments[i];
            }

            return arguments;
        }

        private static DiagnosticDescriptor Descriptor(ProtoProblemKind kind) => kind switch
        {
            ProtoProblemKind.Syntax => DiagnosticDescriptors.ProtoSyntax,
            ProtoProblemKind.UnknownType => DiagnosticDescriptors.ProtoUnknownType,
            ProtoProblemKind.Duplicate => DiagnosticDescriptors.ProtoDuplicate,
            ProtoProblemKind.InvalidOption => DiagnosticDescriptors.ProtoInvalidOption,
            ProtoProblemKind.Unsupported => DiagnosticDescriptors.ProtoUnsupported,
            ProtoProblemKind.EtFileName => DiagnosticDescriptors.ProtoEtFileName,
            ProtoProblemKind.ImportNotFound => DiagnosticDescriptors.ProtoImportNotFound,
            ProtoProblemKind.MessageKind => DiagnosticDescriptors.ProtoMessageKind,
            ProtoProblemKind.ReservedUsed => DiagnosticDescriptors.ProtoReservedUsed,
            ProtoProblemKind.Ignored => DiagnosticDescriptors.ProtoIgnored,
            _ => DiagnosticDescriptors.ProtoUnknownEtInterface,
        };
    }
}
