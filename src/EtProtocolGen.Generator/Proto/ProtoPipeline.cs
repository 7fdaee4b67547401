using System.Collections.Immutable;
using System.Linq;
using EtProtocolGen.Generator.Helpers;
using EtProtocolGen.Generator.Proto.Binding;
using EtProtocolGen.Generator.Proto.Model;
using EtProtocolGen.Generator.Proto.Parsing;
using Microsoft.CodeAnalysis;

namespace EtProtocolGen.Generator.Proto
{
    /// <summary>
    /// The .proto front end as incremental steps, shared by the generators: each .proto file parsed on its own (an edit
    /// parses one file), then all files bound at once against what the compilation says about the names they use. Every
    /// step's output is a plain equatable value, so an edit that changes no message leaves the messages cached.
    /// </summary>
    internal static class ProtoPipeline
    {
        public static IncrementalValueProvider<ProtoProtocolModel> Create(IncrementalGeneratorInitializationContext context)
        {
            // 1. Each .proto AdditionalFile (the package maps <EtProtocol> items to them), parsed alone.
            IncrementalValuesProvider<ProtoFileSyntax> files = context.AdditionalTextsProvider
                .Where(static file => file.Path.EndsWith(".proto", System.StringComparison.OrdinalIgnoreCase))
                .Select(static (file, cancellationToken) => ProtoParser.Parse(
                    file.Path,
                    file.GetText(cancellationToken)?.ToString() ?? "",
                    readAnnotations: EtFileName.TryRead(file.Path, out _, out _),
                    cancellationToken))
                .WithTrackingName(TrackingNames.ProtoFiles);

            // 2. All of them, in path order.
            IncrementalValueProvider<EquatableArray<ProtoFileSyntax>> all = files
                .Collect()
                .Select(static (found, _) => Sort(found))
                .WithTrackingName(TrackingNames.ProtoFileSet);

            // 3. The C# names they use (engine types, C# messages, ET interfaces) and their own messages' names, looked up
            //    in the compilation: on a C# edit only this step runs again, and its answer is usually equal.
            IncrementalValueProvider<ProtoExternalTypes> externals = all
                .Select(static (set, cancellationToken) => ProtoBinder.Lookups(set, cancellationToken))
                .WithTrackingName(TrackingNames.ProtoLookups)
                .Combine(context.CompilationProvider)
                .Select(static (input, cancellationToken) => ProtoExternalResolver.Resolve(input.Left, input.Right, cancellationToken))
                .WithTrackingName(TrackingNames.ProtoExternals);

            // 4. Bound: what is generated from every file, and the problems the .proto analyzer reports.
            return all
                .Combine(externals)
                .Select(static (input, cancellationToken) => ProtoBinder.Bind(input.Left, input.Right, cancellationToken))
                .WithTrackingName(TrackingNames.ProtoProtocol);
        }

        private static EquatableArray<ProtoFileSyntax> Sort(ImmutableArray<ProtoFileSyntax> files)
        {
            ProtoFileSyntax[] sorted = files.ToArray();
            System.Array.Sort(sorted, static (left, right) => string.CompareOrdinal(left.Path, right.Path));
            return new EquatableArray<ProtoFileSyntax>(sorted);
        }
    }
}
