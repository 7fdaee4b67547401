using System.Collections.Generic;
using System.Threading;
using EtProtocolGen.Generator.Helpers;
using EtProtocolGen.Generator.Proto.Model;
using EtProtocolGen.Generator.Proto.Parsing;

namespace EtProtocolGen.Generator.Proto.Binding
{
    /// <summary>
    /// Turns the parsed .proto files of a project into what is generated from them: for each message the partial class a user
    /// would write and the <see cref="Generator.Model.MessageModel"/> the attribute parser would build from it, for each enum a
    /// C# enum, for each ET file its constants class, and every problem. One pass over all files: a message may use a type
    /// of another file, and is generated only if that type is. Compiled into the generator and the analyzers; it sees no
    /// symbol (what the compilation says comes in as <see cref="ProtoExternalTypes"/>).
    /// </summary>
    internal sealed partial class ProtoBinder
    {
        private readonly ProtoCatalog _catalog;
        private readonly ProtoExternalTypes _externals;
        private readonly CancellationToken _cancellationToken;
        private readonly Dictionary<ProtoTypeEntry, BoundMessage> _messages = new Dictionary<ProtoTypeEntry, BoundMessage>();
        private readonly HashSet<ProtoTypeEntry> _brokenEnums = new HashSet<ProtoTypeEntry>();
        private readonly HashSet<string> _hintNames = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase);

        private ProtoBinder(ProtoCatalog catalog, ProtoExternalTypes externals, CancellationToken cancellationToken)
        {
            _catalog = catalog;
            _externals = externals;
            _cancellationToken = cancellationToken;
        }

        /// <summary>Binds every file. Never throws for any input: what cannot be generated is a problem.</summary>
        public static ProtoProtocolModel Bind(EquatableArray<ProtoFileSyntax> files, ProtoExternalTypes externals, CancellationToken cancellationToken)
        {
            if (files.IsEmpty)
            {
                return ProtoProtocolModel.Empty;
            }

            var binder = new ProtoBinder(ProtoCatalog.Build(files), externals, cancellationToken);
            return binder.Run();
        }

        /// <summary>The names to look up in the compilation before binding (<see cref="ProtoLookups"/>).</summary>
        public static ProtoLookups Lookups(EquatableArray<ProtoFileSyntax> files, CancellationToken cancellationToken)
        {
            if (files.IsEmpty)
            {
                return ProtoLookups.None;
            }

            ProtoCatalog catalog = ProtoCatalog.Build(files);
            var typeNames = new SortedSet<string>(System.StringComparer.Ordinal);
            var messageNames = new SortedSet<string>(System.StringComparer.Ordinal);
            foreach (ProtoTypeEntry entry in catalog.Types)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (entry.Message is not { } message || entry.File.IsBroken)
                {
                    continue;
                }

                messageNames.Add(entry.MetadataName);
                foreach (ProtoFieldSyntax field in message.Fields)
                {
                    if (ProtoScalarType.Find(field.TypeName, entry.File.IsEt) is null && catalog.Resolve(field.TypeName, entry.File, entry) is null)
                    {
                        typeNames.UnionWith(ProtoCatalog.CSharpCandidates(field.TypeName, entry.File, entry));
                    }
                }

                if (entry.File.IsEt && EtInterfaceName(message) is { } name)
                {
                    typeNames.UnionWith(ProtoCatalog.CSharpCandidates(name, entry.File, null));
                }
            }

            return new ProtoLookups(new EquatableArray<string>(new List<string>(typeNames).ToArray()), new EquatableArray<string>(new List<string>(messageNames).ToArray()));
        }

        /// <summary>The interface named in the comment after an ET message's name (<c>message C2G_Login // IRequest</c>), or null.</summary>
        private static string? EtInterfaceName(ProtoMessageSyntax message)
        {
            if (message.HeaderComment is not { } header)
            {
                return null;
            }

            string text = ProtoAnnotations.StripFrom(header.Text);
            int end = 0;
            while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '_' or '.'))
            {
                end++;
            }

            return end == 0 ? null : text.Substring(0, end);
        }

        private ProtoProtocolModel Run()
        {
            for (int index = 0; index < _catalog.Files.Count; index++)
            {
                BindFile(index);
            }

            PropagateFailures();

            var messages = new List<ProtoMessageModel>();
            var enums = new List<ProtoEnumModel>();
            foreach (ProtoTypeEntry entry in _catalog.Types)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                if (entry.File.IsBroken)
                {
                    continue;
                }

                if (entry.IsEnum)
                {
                    if (!_brokenEnums.Contains(entry))
                    {
                        enums.Add(CreateEnum(entry));
                    }
                }
                else if (_messages.TryGetValue(entry, out BoundMessage? message) && !message.HasError)
                {
                    messages.Add(CreateMessage(message));
                }
            }

            var opcodeClasses = new List<EtOpcodesModel>();
            var problems = new List<ProtoFileProblems>();
            for (int index = 0; index < _catalog.Files.Count; index++)
            {
                ProtoFileContext file = _catalog.Files[index];
                if (file.IsEt && !file.IsBroken)
                {
                    if (TypeNamedLikeConstants(file) is { } clash)
                    {
                        // A partial class cannot be both the static constants class and a message or enum of the same name.
                        // Reported at the type, in its own file.
                        _catalog.ProblemsOf(_catalog.Files.IndexOf(clash.File)).Add(ProtoProblem.Of(
                            ProtoProblemKind.Ignored,
                            clash.Message?.NameSpan ?? clash.Enum!.NameSpan,
                            "the constants class '" + file.EtName.ClassName + "' of " + System.IO.Path.GetFileName(file.Syntax.Path),
                            "it is not generated, as this type has its name in the same namespace; the opcodes are the messages' Opcode constants"));
                    }
                    else
                    {
                        opcodeClasses.Add(CreateOpcodes(file));
                    }
                }
            }

            // After the loop above, which may report in any file.
            for (int index = 0; index < _catalog.Files.Count; index++)
            {
                ProtoFileContext file = _catalog.Files[index];
                var all = new List<ProtoProblem>(file.Syntax.Problems);
                all.AddRange(_catalog.ProblemsOf(index));
                if (all.Count > 0)
                {
                    problems.Add(new ProtoFileProblems(file.Syntax.Path, new EquatableArray<ProtoProblem>(all.ToArray())));
                }
            }

            return new ProtoProtocolModel(
                new EquatableArray<ProtoMessageModel>(messages.ToArray()),
                new EquatableArray<ProtoEnumModel>(enums.ToArray()),
                new EquatableArray<EtOpcodesModel>(opcodeClasses.ToArray()),
                new EquatableArray<ProtoFileProblems>(problems.ToArray()));
        }

        private void BindFile(int index)
        {
            ProtoFileContext file = _catalog.Files[index];
            if (file.IsBroken)
            {
                return;
            }

            List<ProtoProblem> problems = _catalog.ProblemsOf(index);
            bool defaultInner = ProtoOptionReader.ReadFileDefaultScope(file.Syntax, problems);
            int ordinal = 0;
            foreach (ProtoTypeEntry entry in _catalog.Types)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                if (entry.File != file)
                {
                    continue;
                }

                if (entry.IsEnum)
                {
                    BindEnum(entry, problems);
                    continue;
                }

                // ET numbers every message of a file in order, values included, so that the others keep ET's opcodes.
                ordinal++;
                var message = new BoundMessage(entry, problems);
                _messages.Add(entry, message);
                BindMessage(message, defaultInner, ordinal);
            }
        }

        /// <summary>A top-level type in the namespace of <paramref name="file"/> named as its constants class (<c>Notice</c> in <c>Notice_C_500.proto</c>), or null.</summary>
        private ProtoTypeEntry? TypeNamedLikeConstants(ProtoFileContext file)
        {
            foreach (ProtoTypeEntry entry in _catalog.Types)
            {
                if (entry.Parent is null && entry.Name == file.EtName.ClassName && entry.File.Namespace == file.Namespace && !entry.File.IsBroken)
                {
                    return entry;
                }
            }

            return null;
        }

        /// <summary>A message that uses a type that is not generated is not generated either; its field says why.</summary>
        private void PropagateFailures()
        {
            bool changed = true;
            while (changed)
            {
                changed = false;
                foreach (BoundMessage message in _messages.Values)
                {
                    if (message.HasError)
                    {
                        continue;
                    }

                    foreach ((ProtoTypeEntry type, SourceSpan span) in message.Dependencies)
                    {
                        if (IsGenerated(type))
                        {
                            continue;
                        }

                        message.Report(ProtoProblem.Of(ProtoProblemKind.UnknownType, span, type.FullName, "it is not generated (see the errors of " + (type.IsEnum ? "the enum" : "the message") + " in " + System.IO.Path.GetFileName(type.File.Syntax.Path) + ")"));
                        changed = true;
                        break;
                    }
                }
            }
        }

        private bool IsGenerated(ProtoTypeEntry type) =>
            !type.File.IsBroken
            && (type.IsEnum ? !_brokenEnums.Contains(type) : _messages.TryGetValue(type, out BoundMessage? message) && !message.HasError);

        /// <summary>A generated file name unique in the project without regard to case (file systems and Roslyn ignore it).</summary>
        private string UniqueHintName(string stem)
        {
            string name = stem + ".g.cs";
            for (int i = 2; !_hintNames.Add(name); i++)
            {
                name = stem + "_" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".g.cs";
            }

            return name;
        }
    }
}
