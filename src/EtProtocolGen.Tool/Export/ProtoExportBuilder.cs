using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using EtProtocolGen.Analyzers.Manifest;
using EtProtocolGen.Analyzers.Model;
using EtProtocolGen.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace EtProtocolGen.Tool.Export
{
    /// <summary>
    /// Which types a client's .proto files hold and where: the messages with an opcode of the exported scopes, and every
    /// value, enum and engine type's surrogate their fields reach, one file per C# namespace and scope. A type reached from a
    /// client (outer) message goes to the client's file even when an inner message uses it too, so the outer files never
    /// import an inner one; inner messages are written only when asked for (<c>--inner</c>), into <c>*_inner.proto</c>.
    /// Fields, options and names come from the manifest's own reading of the symbols (<see cref="ManifestBuilder"/>).
    /// </summary>
    internal sealed class ProtoExportBuilder
    {
        private readonly ProtocolSymbols symbols;
        private readonly IAssemblySymbol assembly;
        private readonly ManifestBuilder manifest;
        private readonly BuiltManifest built;

        /// <summary>Every exported type and whether it lives in an inner file, in the order they were reached.</summary>
        private readonly Dictionary<INamedTypeSymbol, bool> placed = new(SymbolEqualityComparer.Default);
        private readonly List<INamedTypeSymbol> order = new();
        private readonly List<string> warnings = new();

        public ProtoExportBuilder(ProtocolSymbols symbols, IAssemblySymbol assembly)
        {
            this.symbols = symbols;
            this.assembly = assembly;
            manifest = new ManifestBuilder(symbols, assembly, CancellationToken.None);
            built = manifest.Build(CancellationToken.None);
        }

        public ProtoExport Build(bool includeInner)
        {
            List<(MessageEntry Entry, INamedTypeSymbol Type)> messages = built.Manifest.Messages
                .Select(entry => (entry, built.Types[ManifestText.Message + " " + entry.Name]))
                .OrderBy(message => message.entry.Opcode)
                .ToList();
            Reach(messages.Where(message => message.Entry.Scope == ManifestScope.Outer).Select(message => message.Type), inner: false);
            if (includeInner)
            {
                Reach(messages.Where(message => message.Entry.Scope == ManifestScope.Inner).Select(message => message.Type), inner: true);
            }

            var entries = messages.ToDictionary(message => message.Type, message => message.Entry, (IEqualityComparer<INamedTypeSymbol>)SymbolEqualityComparer.Default);
            var files = new List<ExportFile>();
            foreach (IGrouping<(string Namespace, bool Inner), INamedTypeSymbol> group in order.GroupBy(type => (Namespace(type), placed[type])))
            {
                files.Add(File(group.Key.Namespace, group.Key.Inner, group.ToList(), entries));
            }

            files.Sort((left, right) => string.CompareOrdinal(left.Path, right.Path));
            ExportImports.CheckAcyclic(files);
            ExportNames.CheckUnique(files);
            return new ProtoExport(files, warnings);
        }

        private void Reach(IEnumerable<INamedTypeSymbol> roots, bool inner)
        {
            var pending = new Queue<INamedTypeSymbol>(roots);
            while (pending.Count > 0)
            {
                INamedTypeSymbol type = pending.Dequeue();
                if (placed.ContainsKey(type))
                {
                    continue;
                }

                placed.Add(type, inner);
                order.Add(type);
                if (type.TypeKind == TypeKind.Enum)
                {
                    continue;
                }

                foreach ((_, FieldTypeInfo info, _) in Fields(type))
                {
                    if (Carried(info) is { } carried)
                    {
                        pending.Enqueue(carried);
                    }
                }

                if (Response(type) is { } response)
                {
                    pending.Enqueue(response);
                }
            }
        }

        /// <summary>The fields the generator serializes, by number, each with its classification and C# member.</summary>
        private List<(FieldEntry Entry, FieldTypeInfo Info, ISymbol Member)> Fields(INamedTypeSymbol type)
        {
            var fields = new List<(FieldEntry, FieldTypeInfo, ISymbol)>();
            foreach (ProtocolField field in symbols.GetFields(type))
            {
                if (manifest.Field(field) is { } entry && FieldTypes.Classify(field, out FieldTypeInfo info) && fields.All(other => other.Item1.Number != entry.Number))
                {
                    fields.Add((entry, info, field.Symbol));
                }
            }

            fields.Sort((left, right) => left.Item1.Number.CompareTo(right.Item1.Number));
            return fields;
        }

        /// <summary>The message (an engine type's surrogate) or enum a field's values are.</summary>
        private static INamedTypeSymbol? Carried(FieldTypeInfo info) => info.ValueKind switch
        {
            FieldValueKind.Message => (info.Surrogate ?? info.ValueType as INamedTypeSymbol)?.OriginalDefinition,
            FieldValueKind.Enum => info.ValueType as INamedTypeSymbol,
            _ => null,
        };

        private ExportFile File(string csharpNamespace, bool inner, List<INamedTypeSymbol> types, Dictionary<INamedTypeSymbol, MessageEntry> entries)
        {
            string package = ExportNames.PackageOf(csharpNamespace);
            string path = ExportNames.FileOf(package, assembly.Name, inner);
            var imports = new SortedSet<string>(StringComparer.Ordinal);
            var enums = new List<ExportEnum>();
            var withOpcode = new List<(ushort Opcode, ExportMessage Message)>();
            var values = new List<ExportMessage>();
            foreach (INamedTypeSymbol type in types)
            {
                if (type.TypeKind == TypeKind.Enum)
                {
                    enums.Add(ExportEnums.Read(type, Name(type), warnings));
                }
                else if (entries.TryGetValue(type, out MessageEntry? entry))
                {
                    withOpcode.Add((entry.Opcode, Message(type, entry, package, path, imports)));
                }
                else
                {
                    values.Add(Message(type, null, package, path, imports));
                }
            }

            enums.Sort((left, right) => string.CompareOrdinal(left.Name, right.Name));
            values.Sort((left, right) => string.CompareOrdinal(left.Name, right.Name));
            withOpcode.Sort((left, right) => left.Opcode.CompareTo(right.Opcode));
            ExportEnum? opcodes = withOpcode.Count == 0 ? null : ExportEnums.Opcodes(OpcodeEnumName(csharpNamespace, inner), withOpcode.Select(message => (message.Message.Name, message.Opcode)));
            imports.Remove(path);
            return new ExportFile(path, package, csharpNamespace, inner, imports.ToList(), opcodes, enums, withOpcode.Select(message => message.Message).Concat(values).ToList());
        }

        private ExportMessage Message(INamedTypeSymbol type, MessageEntry? entry, string package, string path, SortedSet<string> imports)
        {
            string name = Name(type);
            var options = new List<string>();
            if (entry is not null)
            {
                options.Add("(etp.opcode) = " + ExportOptions.Number(entry.Opcode));
                if (entry.Scope == ManifestScope.Inner)
                {
                    options.Add("(etp.scope) = INNER");
                }

                options.Add("(etp.kind) = " + Kind(type, entry.Kind));
                if (entry.Scope == ManifestScope.Outer && ProtocolMessage.TryGet(type, out ProtocolMessage declaredWay) && ExportOptions.Direction(declaredWay.DeclaredDirection) is { } direction)
                {
                    options.Add(direction);
                }

                if (entry.Kind == MessageKind.Request && Response(type) is { } response)
                {
                    options.Add("(etp.response_type) = " + ExportOptions.Quote(Reference(response, package, imports)));
                }

                options.AddRange(ExportOptions.Authorization(entry.Authorization, name, warnings).ToList());
                options.AddRange(ExportOptions.Limits(entry.Limits));
            }

            if (ProtocolMessage.TryGet(type, out ProtocolMessage declared) && declared.MaxDepth > 0)
            {
                options.Add("(etp.max_depth) = " + ExportOptions.Number(declared.MaxDepth));
            }

            var fields = new List<ExportField>();
            foreach ((FieldEntry field, FieldTypeInfo info, ISymbol member) in Fields(type))
            {
                if (!ExportNames.FieldNameComesBack(field.Name))
                {
                    warnings.Add(name + "." + field.Name + ": protoc's C# generator and the .proto input name this field " + Generator.Proto.Binding.ProtoNames.ToPascalCase(field.Name));
                }

                string value = field.Value.Type is ProtoType.Message or ProtoType.Enum ? Reference(Carried(info)!, package, imports) : Scalar(field.Value.Type);
                string typeText = field.Cardinality switch
                {
                    FieldCardinality.Optional => "optional " + value,
                    FieldCardinality.Repeated => "repeated " + value,
                    FieldCardinality.Map => "map<" + Scalar(field.Key!.Type) + ", " + value + ">",
                    _ => value,
                };
                string? engineType = info.Surrogate is null ? null : ManifestBuilder.Name(info.ValueType);
                var comments = ExportComments.Summary(member).Concat(ExportComments.Checks(field, engineType, info.ValueType)).ToList();
                fields.Add(new ExportField(typeText, field.Name, field.Number, ExportOptions.Field(field).ToList(), comments));
            }

            var numbers = new SortedSet<int>();
            var names = new SortedSet<string>(StringComparer.Ordinal);
            Reservations.ReadFields(type, numbers, names);
            return new ExportMessage(name, Comments(type, entry), options, fields, numbers.ToList(), names.ToList());
        }

        /// <summary><c>Opcode</c> (<c>InnerOpcode</c> in an inner file), unless a type of the package has that name.</summary>
        private string OpcodeEnumName(string csharpNamespace, bool inner)
        {
            var taken = new HashSet<string>(order.Where(type => Namespace(type) == csharpNamespace).Select(Name), StringComparer.Ordinal);
            string prefix = inner ? "Inner" : "";
            return new[] { prefix + "Opcode", prefix + "MessageOpcode", prefix + "EtpOpcode" }.FirstOrDefault(name => !taken.Contains(name))
                ?? throw new ToolException(csharpNamespace + " has types named " + prefix + "Opcode, " + prefix + "MessageOpcode and " + prefix + "EtpOpcode: no name is left for the opcode enum");
        }

        /// <summary>The [ResponseType] of a request: exported with it, whatever its scope, since the client receives it.</summary>
        private INamedTypeSymbol? Response(INamedTypeSymbol type) =>
            symbols.IsRequest(type) && symbols.FindAttribute(type, AttributeNames.ResponseType) is { ConstructorArguments: { Length: 1 } arguments } && arguments[0].Value is INamedTypeSymbol response
                ? response.OriginalDefinition
                : null;

        private static IReadOnlyList<string> Comments(INamedTypeSymbol type, MessageEntry? entry)
        {
            var comments = ExportComments.Summary(type).ToList();
            if (entry is not null && ProtocolMessage.TryGet(type, out ProtocolMessage message) && ExportComments.Direction(message.Direction) is { } direction)
            {
                comments.Add(direction);
            }

            if (entry is not null && entry.Kind != MessageKind.Response && entry.Authorization.Kind == AuthorizationKind.Denied)
            {
                comments.Add("No authorization attribute: the server's dispatch refuses it from every session.");
            }

            return comments;
        }

        private string Kind(INamedTypeSymbol type, MessageKind kind) =>
            RuntimeTypes.Implements(type, "ILocationRequest") ? "LOCATION_REQUEST"
            : RuntimeTypes.Implements(type, "ILocationMessage") ? "LOCATION_MESSAGE"
            : kind switch
            {
                MessageKind.Request => "REQUEST",
                MessageKind.Response => "RESPONSE",
                _ => "MESSAGE",
            };

        /// <summary>How a field of a file in <paramref name="package"/> names <paramref name="type"/>: its name in the same package, else its full name.</summary>
        private string Reference(INamedTypeSymbol type, string package, SortedSet<string> imports)
        {
            bool inner = placed[type];
            string typePackage = ExportNames.PackageOf(Namespace(type));
            imports.Add(ExportNames.FileOf(typePackage, assembly.Name, inner));
            return typePackage == package ? Name(type) : "." + (typePackage.Length == 0 ? "" : typePackage + ".") + Name(type);
        }

        private static string Scalar(ProtoType type) => type.ToString().ToLowerInvariant();

        /// <summary>The .proto name: the C# name, with the names of containing types before it (<c>Outer_Inner</c>) for a nested type.</summary>
        private static string Name(INamedTypeSymbol type) =>
            type.ContainingType is { } container ? Name(container) + "_" + type.Name : type.Name;

        private static string Namespace(INamedTypeSymbol type) =>
            type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : "";
    }
}
