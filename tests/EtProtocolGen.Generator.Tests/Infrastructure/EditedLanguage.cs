using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EtProtocolGen.Generator.Tests.Infrastructure;

/// <summary>What a token is for <see cref="KeystrokeEditor"/>: a name it may rename or mistype, a number it may retype, or anything else.</summary>
internal enum EditTokenKind
{
    Identifier,
    Number,
    Other,
}

/// <summary>One token of a file being edited.</summary>
internal readonly record struct EditToken(int Start, string Text, EditTokenKind Kind)
{
    public int End => Start + Text.Length;
}

/// <summary>
/// The language of the files <see cref="KeystrokeEditor"/> edits: what people type in it (with the half-typed states on the
/// way), its tokens, the declarations a user copies and pastes, and how a file moves to another namespace.
/// </summary>
internal abstract class EditedLanguage
{
    /// <summary>C# protocol code: messages, handlers and sessions.</summary>
    public static readonly EditedLanguage CSharp = new CSharpLanguage();

    /// <summary>.proto files, proto3 and ET's dialect, with the etp options and comments.</summary>
    public static readonly EditedLanguage Proto = new ProtoLanguage();

    public abstract IReadOnlyList<string> Snippets { get; }

    /// <summary>The tokens of <paramref name="text"/>, empty ones left out.</summary>
    public abstract IEnumerable<EditToken> Tokens(string text);

    /// <summary>The type declarations of <paramref name="text"/> with their whole text, as a user copies them.</summary>
    public abstract IEnumerable<(string Name, string Text)> Declarations(string text);

    /// <summary><paramref name="text"/> with its namespace (or package) given the suffix <paramref name="suffix"/>.</summary>
    public abstract string MoveToNamespace(string text, string suffix);

    private sealed class CSharpLanguage : EditedLanguage
    {
        // What people type into protocol code, with the half-typed states on the way: attributes, modifiers, generics, usings.
        private static readonly string[] CSharpSnippets =
        {
            "partial ", "public ", "internal ", "private ", "protected ", "static ", "abstract ", "sealed ", "file ", "required ", "readonly ", "record ", "struct ", "<T>",
            "[Message(12001)]", "[Message(10001, Scope = MessageScope.Inner)]", "[Field(1)] ", "[Field(2)] public ushort Opcode { get; set; }",
            "[Field(3)] public string Name { get; set; } = \"\";", "public int RpcId { get; set; }", "[ResponseType(typeof())]",
            "[ResponseType(typeof(", "typeof(", "IMessageHandler<, ", "IRequestHandler<", "using Gam;", "namespace Gam", "[Authorize]",
            "[AllowAnonymous]", "[MaxLength(", "[Sensitive]", "MaxDepth = 0", ", MaxDepth = 16", "public void WriteTo(System.Buffers.IBufferWriter<byte> output) { }",
            "public int Validate;", "public static int Parse(System.ReadOnlySpan<byte> data) => 0;", "List<", "Dictionary<int, ", "?", "[]", "=> default;",
            "global::", "@", "\"", "/*", "//", "}", "{", ";", ",", ")", "(", ": IRequest", ": IResponse", ", IMessage",
        };

        public override IReadOnlyList<string> Snippets => CSharpSnippets;

        public override IEnumerable<EditToken> Tokens(string text) =>
            CSharpSyntaxTree.ParseText(text).GetRoot().DescendantTokens()
                .Where(token => token.Span.Length > 0)
                .Select(token => new EditToken(
                    token.SpanStart,
                    token.Text,
                    token.IsKind(SyntaxKind.IdentifierToken) ? EditTokenKind.Identifier
                        : token.IsKind(SyntaxKind.NumericLiteralToken) ? EditTokenKind.Number
                        : EditTokenKind.Other));

        public override IEnumerable<(string Name, string Text)> Declarations(string text) =>
            CSharpSyntaxTree.ParseText(text).GetRoot().DescendantNodes().OfType<TypeDeclarationSyntax>()
                .Select(declaration => (declaration.Identifier.Text, declaration.ToFullString()));

        public override string MoveToNamespace(string text, string suffix) =>
            Regex.Replace(text, @"namespace\s+([A-Za-z_][A-Za-z0-9_.]*)", match => "namespace " + match.Groups[1].Value + "." + suffix);
    }

    private sealed class ProtoLanguage : EditedLanguage
    {
        // What people type into .proto files: keywords, types, numbers at the edges of the ranges, options in both dialects.
        private static readonly string[] ProtoSnippets =
        {
            "message ", "enum ", "repeated ", "optional ", "map<", "map<int32, string> ", "oneof ", "reserved ", "syntax = \"proto2\";",
            "import \"", "import \"etprotocolgen.proto\";", "package ", "option ", "option csharp_namespace = \"", "int32 ", "int64 ",
            "uint32 ", "sint64 ", "fixed32 ", "double ", "float ", "bool ", "string ", "bytes ", "google.protobuf.Timestamp ",
            " = 1;", " = 0;", " = 19000;", " = 536870911;", " = 536870912;", " = -1;", "[packed = false]",
            "option (etp.opcode) = ", "option (etp.opcode) = 65535;", "option (etp.opcode) = 70000;", "option (etp.kind) = RESPONSE;",
            "option (etp.response_type) = \"", "option (etp.roles) = \"admin\";", "option (etp.allow_anonymous) = true;",
            "option (etp.direction) = SERVER_TO_CLIENT;", "[(etp.max_length) = 32]", "[(etp.max_count) = ", "[(etp.range) = { min: 1 max: 0 }]",
            "[(etp.sensitive) = true]", "// ResponseType ", "// ISessionRequest", "// IActorLocationMessage", "// IResponse",
            "[etp: authorize]", "[etp: allow_anonymous]", "[etp: max_length = ", "[etp: max_count = 0]", "[etp: sensitive]",
            "[etp: direction = ", "[etp: rate_limit = { permits: 5 per_seconds: 60 per: CONNECTION }]", "[etp: ",
            "message Inner { int32 x = 1; }", "enum Kind { KIND_UNSPECIFIED = 0; }", "RpcId", "Error", "Message",
            "{", "}", ";", "=", "<", ">", ",", "\"", "/*", "*/", "//", ".", "(", ")", "[", "]",
        };

        private static readonly Regex Token = new(
            @"(?<id>[A-Za-z_][A-Za-z0-9_]*)|(?<num>-?\d+)|(?<other>""[^""\n]*""|//[^\n]*|\S)",
            RegexOptions.CultureInvariant);

        private static readonly Regex Declaration = new(@"^[ \t]*(message|enum)[ \t]+(?<name>[A-Za-z_][A-Za-z0-9_]*)", RegexOptions.Multiline | RegexOptions.CultureInvariant);

        public override IReadOnlyList<string> Snippets => ProtoSnippets;

        public override IEnumerable<EditToken> Tokens(string text) =>
            Token.Matches(text).Select(match => new EditToken(
                match.Index,
                match.Value,
                match.Groups["id"].Success ? EditTokenKind.Identifier : match.Groups["num"].Success ? EditTokenKind.Number : EditTokenKind.Other));

        /// <summary>Each message or enum from its keyword to its balanced closing brace (or to the end of a file cut short).</summary>
        public override IEnumerable<(string Name, string Text)> Declarations(string text)
        {
            foreach (Match declaration in Declaration.Matches(text))
            {
                int open = text.IndexOf('{', declaration.Index);
                int end = open < 0 ? text.Length : ClosingBrace(text, open);
                yield return (declaration.Groups["name"].Value, text.Substring(declaration.Index, end - declaration.Index) + "\n");
            }
        }

        public override string MoveToNamespace(string text, string suffix) =>
            Regex.Replace(text, @"package\s+([A-Za-z_][A-Za-z0-9_.]*)", match => "package " + match.Groups[1].Value + "." + suffix.ToLowerInvariant());

        private static int ClosingBrace(string text, int open)
        {
            int depth = 0;
            for (int i = open; i < text.Length; i++)
            {
                depth += text[i] == '{' ? 1 : text[i] == '}' ? -1 : 0;
                if (depth == 0)
                {
                    return i + 1;
                }
            }

            return text.Length;
        }
    }
}
