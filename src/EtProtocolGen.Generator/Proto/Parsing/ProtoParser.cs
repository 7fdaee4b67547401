using System.Collections.Generic;
using System.Threading;
using EtProtocolGen.Generator.Helpers;

namespace EtProtocolGen.Generator.Proto.Parsing
{
    /// <summary>
    /// Parses one .proto file (proto3, and ET's dialect of it) into a <see cref="ProtoFileSyntax"/>: a recursive descent over
    /// <see cref="ProtoLexer"/>'s tokens that keeps every comment next to the statement it belongs to. It never throws: a
    /// syntax error becomes a <see cref="ProtoProblemKind.Syntax"/> problem, the parser skips to the end of the statement
    /// and goes on, so one file reports all its errors at once. Roslyn-free: compiled into the generator and the analyzers.
    /// </summary>
    internal sealed partial class ProtoParser
    {
        /// <summary>Enough errors to fix at once; after that, one more adds nothing but noise.</summary>
        private const int MaxSyntaxErrors = 20;

        private readonly string _text;
        private readonly List<ProtoToken> _tokens;
        private readonly List<ProtoComment> _comments;
        private readonly List<ProtoProblem> _problems;
        private readonly bool _readAnnotations;
        private readonly CancellationToken _cancellationToken;
        private int _index;
        private int _nextComment;
        private int _syntaxErrors;

        private ProtoParser(string text, bool readAnnotations, CancellationToken cancellationToken)
        {
            _text = text;
            (_tokens, _comments, _problems) = ProtoLexer.Tokenize(text);
            _syntaxErrors = _problems.Count;
            _readAnnotations = readAnnotations;
            _cancellationToken = cancellationToken;
        }

        /// <summary>
        /// Parses <paramref name="text"/>, the content of <paramref name="path"/>. With <paramref name="readAnnotations"/>
        /// (ET's dialect), <c>[etp: ...]</c> in comments is read as options of the message or field it documents.
        /// </summary>
        public static ProtoFileSyntax Parse(string path, string text, bool readAnnotations, CancellationToken cancellationToken = default)
        {
            var parser = new ProtoParser(text, readAnnotations, cancellationToken);
            return parser.ParseFile(path);
        }

        private ProtoToken Current => _tokens[_index];

        private ProtoToken Next => _tokens[_index + 1 < _tokens.Count ? _index + 1 : _index];

        private ProtoToken Previous => _tokens[_index > 0 ? _index - 1 : 0];

        private bool AtEnd => Current.Kind == ProtoTokenKind.EndOfFile;

        private ProtoFileSyntax ParseFile(string path)
        {
            ProtoSyntaxVersion syntax = ProtoSyntaxVersion.Unspecified;
            SourceSpan syntaxSpan = Current.Span;
            string? package = null;
            var imports = new List<ProtoImportSyntax>();
            var options = new List<ProtoOptionSyntax>();
            var messages = new List<ProtoMessageSyntax>();
            var enums = new List<ProtoEnumSyntax>();
            bool first = true;

            while (!AtEnd)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                ProtoToken start = Current;
                int statementStart = _index;
                if (start.IsSymbol(';'))
                {
                    _index++;
                }
                else if (first && (start.IsKeyword("syntax") || start.IsKeyword("edition")))
                {
                    syntaxSpan = start.Span;
                    syntax = ParseSyntax();
                }
                else if (start.IsKeyword("package"))
                {
                    _index++;
                    if (package is not null)
                    {
                        Error(start.Span, "a file has one package statement");
                    }

                    package = ParseFullIdentifier("a package name", allowLeadingDot: false) ?? package;
                    ExpectStatementEnd();
                }
                else if (start.IsKeyword("import"))
                {
                    ParseImport(imports);
                }
                else if (start.IsKeyword("option"))
                {
                    ParseOptionStatement(options);
                }
                else if (start.IsKeyword("message"))
                {
                    if (ParseMessage() is { } message)
                    {
                        messages.Add(message);
                    }
                }
                else if (start.IsKeyword("enum"))
                {
                    if (ParseEnum() is { } parsed)
                    {
                        enums.Add(parsed);
                    }
                }
                else if (start.IsKeyword("service") || start.IsKeyword("extend"))
                {
                    SkipIgnoredBlock(start.Text == "service"
                        ? "services are not generated: dispatch is generated from handler classes"
                        : "extensions are not generated (only the etp options of etprotocolgen.proto are read)");
                }
                else
                {
                    Error(start.Span, "expected 'message', 'enum', 'import', 'package' or 'option', found " + Describe(start));
                    SkipStatement();
                }

                // A closing brace at file level closes nothing (SkipStatement stops at one), and no statement may leave the
                // parser where it was: a half-typed file must never stall the generator.
                MakeProgress(statementStart, stopAtClosingBrace: false);
                first = false;
            }

            if (syntax == ProtoSyntaxVersion.Unspecified)
            {
                _problems.Add(ProtoProblem.Of(ProtoProblemKind.Ignored, syntaxSpan, "a file without 'syntax = \"proto3\";'", "it is read as proto3 (protoc would read proto2)"));
            }

            return new ProtoFileSyntax(
                path,
                syntax,
                syntaxSpan,
                package,
                new EquatableArray<ProtoImportSyntax>(imports.ToArray()),
                new EquatableArray<ProtoOptionSyntax>(options.ToArray()),
                new EquatableArray<ProtoMessageSyntax>(messages.ToArray()),
                new EquatableArray<ProtoEnumSyntax>(enums.ToArray()),
                new EquatableArray<ProtoProblem>(_problems.ToArray()));
        }

        private ProtoSyntaxVersion ParseSyntax()
        {
            ProtoToken keyword = Current;
            _index++;
            ProtoSyntaxVersion version = ProtoSyntaxVersion.Unspecified;
            if (Expect('=') && Current.Kind == ProtoTokenKind.String)
            {
                ProtoToken value = Current;
                _index++;
                if (keyword.Text == "edition")
                {
                    version = ProtoSyntaxVersion.Edition;
                    _problems.Add(ProtoProblem.Of(ProtoProblemKind.Unsupported, keyword.Span.To(value.Span), "editions (edition = \"" + value.Value + "\")", "write syntax = \"proto3\""));
                }
                else if (value.Value == "proto3")
                {
                    version = ProtoSyntaxVersion.Proto3;
                }
                else if (value.Value == "proto2")
                {
                    version = ProtoSyntaxVersion.Proto2;
                    _problems.Add(ProtoProblem.Of(ProtoProblemKind.Unsupported, keyword.Span.To(value.Span), "proto2", "write syntax = \"proto3\" (proto3's wire format is what EtProtocolGen reads and writes)"));
                }
                else
                {
                    Error(value.Span, "unknown syntax \"" + value.Value + "\"; expected \"proto3\"");
                }
            }
            else if (!AtStatementEnd())
            {
                Error(Current.Span, "expected a quoted syntax name such as \"proto3\", found " + Describe(Current));
            }

            ExpectStatementEnd();
            return version;
        }

        private void ParseImport(List<ProtoImportSyntax> imports)
        {
            ProtoToken keyword = Current;
            _index++;
            bool isPublic = Current.IsKeyword("public");
            if (isPublic || Current.IsKeyword("weak"))
            {
                _index++;
            }

            if (Current.Kind != ProtoTokenKind.String)
            {
                Error(Current.Span, "expected the imported file's path in quotes, found " + Describe(Current));
                SkipStatement();
                return;
            }

            ProtoToken path = Current;
            _index++;
            imports.Add(new ProtoImportSyntax(path.Value, isPublic, keyword.Span.To(path.Span)));
            ExpectStatementEnd();
        }

        /// <summary>Skips a <c>service</c> or top-level <c>extend</c> block with a warning: nothing is generated from it.</summary>
        private void SkipIgnoredBlock(string reason)
        {
            ProtoToken keyword = Current;
            while (!AtEnd && !Current.IsSymbol('{') && !Current.IsSymbol(';'))
            {
                _index++;
            }

            _problems.Add(ProtoProblem.Of(ProtoProblemKind.Ignored, keyword.Span.To(Previous.Span), "'" + keyword.Text + "'", reason));
            if (Current.IsSymbol('{'))
            {
                SkipBlock();
            }
            else if (Current.IsSymbol(';'))
            {
                _index++;
            }

            DropCommentsBefore(Previous.Span.End);
        }

        /// <summary>
        /// Moves past the current token when the statement that started at <paramref name="statementStart"/> consumed none, so
        /// that every loop over statements ends on any input. Inside a block a closing brace is left for the block to close.
        /// </summary>
        private void MakeProgress(int statementStart, bool stopAtClosingBrace = true)
        {
            if (_index == statementStart && !AtEnd && !(stopAtClosingBrace && Current.IsSymbol('}')))
            {
                _index++;
            }
        }

        /// <summary>Skips a balanced <c>{ ... }</c> starting at the current token.</summary>
        private void SkipBlock()
        {
            int depth = 0;
            while (!AtEnd)
            {
                if (Current.IsSymbol('{'))
                {
                    depth++;
                }
                else if (Current.IsSymbol('}') && --depth == 0)
                {
                    _index++;
                    return;
                }

                _index++;
            }
        }

        /// <summary>After an error: skips to the end of the statement (its semicolon, or its block), never past a closing brace.</summary>
        private void SkipStatement()
        {
            while (!AtEnd)
            {
                if (Current.IsSymbol(';'))
                {
                    _index++;
                    return;
                }

                if (Current.IsSymbol('{'))
                {
                    SkipBlock();
                    return;
                }

                if (Current.IsSymbol('}'))
                {
                    return;
                }

                _index++;
            }
        }

        private bool AtStatementEnd() => Current.IsSymbol(';') || Current.IsSymbol('}') || AtEnd;

        private void ExpectStatementEnd()
        {
            if (Current.IsSymbol(';'))
            {
                _index++;
                return;
            }

            Error(Current.Span, "expected ';', found " + Describe(Current));
            SkipStatement();
        }

        private bool Expect(char symbol)
        {
            if (Current.IsSymbol(symbol))
            {
                _index++;
                return true;
            }

            Error(Current.Span, "expected '" + symbol + "', found " + Describe(Current));
            return false;
        }

        /// <summary>Reads <c>a.b.c</c> (with a leading dot when allowed); null, with an error, when no name is there.</summary>
        private string? ParseFullIdentifier(string what, bool allowLeadingDot)
        {
            string prefix = "";
            if (allowLeadingDot && Current.IsSymbol('.'))
            {
                prefix = ".";
                _index++;
            }

            if (Current.Kind != ProtoTokenKind.Identifier)
            {
                Error(Current.Span, "expected " + what + ", found " + Describe(Current));
                return null;
            }

            string name = prefix + Current.Text;
            _index++;
            while (Current.IsSymbol('.') && Next.Kind == ProtoTokenKind.Identifier)
            {
                name += "." + Next.Text;
                _index += 2;
            }

            return name;
        }

        private void Error(SourceSpan span, string message)
        {
            if (_syntaxErrors++ < MaxSyntaxErrors)
            {
                _problems.Add(ProtoProblem.Of(ProtoProblemKind.Syntax, span, message));
            }
        }

        private static string Describe(ProtoToken token) => token.Kind switch
        {
            ProtoTokenKind.EndOfFile => "the end of the file",
            ProtoTokenKind.String => "a string",
            _ => "'" + token.Text + "'",
        };
    }
}
