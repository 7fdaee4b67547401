using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using EtProtocolGen;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EtProtocolGen.Generator.Benchmarks
{
    /// <summary>
    /// An ET-style game protocol of a chosen size, written as a developer would: request/response pairs ten to a file
    /// (ints, longs, bounded strings, lists and maps, a nested message), and one handler class per request in its own
    /// file, as ET lays handlers out. Half the requests are [Authorize], half [AllowAnonymous].
    /// </summary>
    public sealed class SyntheticProject
    {
        private const int PairsPerFile = 5;

        private static readonly Lazy<ImmutableArray<MetadataReference>> References = new Lazy<ImmutableArray<MetadataReference>>(LoadReferences);

        private SyntheticProject(CSharpCompilation compilation, SyntaxTree firstHandler)
        {
            Compilation = compilation;
            FirstHandler = firstHandler;
        }

        /// <summary>C# 9: what Unity compiles, and what the generated code must compile at.</summary>
        public static CSharpParseOptions ParseOptions { get; } = new CSharpParseOptions(LanguageVersion.CSharp9);

        /// <summary>The project, parsed and ready to bind (nothing bound yet).</summary>
        public CSharpCompilation Compilation { get; }

        /// <summary>The file of the first request handler: the one the keystroke benchmarks edit.</summary>
        public SyntaxTree FirstHandler { get; }

        /// <summary>A project of <paramref name="messageCount"/> messages (rounded up to an even number: requests and responses).</summary>
        public static SyntheticProject Create(int messageCount)
        {
            int pairs = (messageCount + 1) / 2;
            var trees = new List<SyntaxTree> { Parse(SessionSource(), "GameSession.cs") };
            for (int first = 0; first < pairs; first += PairsPerFile)
            {
                int last = Math.Min(first + PairsPerFile, pairs);
                trees.Add(Parse(MessagesSource(first, last), "Messages" + first + ".cs"));
            }

            SyntaxTree firstHandler = Parse(HandlerSource(0, returnedPlayerId: 0), HandlerPath(0));
            trees.Add(firstHandler);
            for (int pair = 1; pair < pairs; pair++)
            {
                trees.Add(Parse(HandlerSource(pair, returnedPlayerId: 0), HandlerPath(pair)));
            }

            CSharpCompilation compilation = CSharpCompilation.Create(
                "Game.Protocol",
                trees,
                References.Value,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
                    .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
                    {
                        // As the SDK does: version unification between the runtime's own references is expected.
                        ["CS1701"] = ReportDiagnostic.Suppress,
                        ["CS1702"] = ReportDiagnostic.Suppress,
                    }));
            return new SyntheticProject(compilation, firstHandler);
        }

        /// <summary>
        /// The first handler's file after one keystroke in its method body (<paramref name="version"/> is the digit typed);
        /// nothing that a generator reads changes.
        /// </summary>
        public static SyntaxTree EditedFirstHandler(int version) => Parse(HandlerSource(0, version), HandlerPath(0));

        private static SyntaxTree Parse(string source, string path) =>
            CSharpSyntaxTree.ParseText(source, ParseOptions, path, Encoding.UTF8);

        private static string HandlerPath(int pair) => "Handlers/Op" + pair + "Handler.cs";

        private static string SessionSource() => @"using EtProtocolGen;

namespace Game.Protocol
{
    public sealed class GameSession : IProtocolSession
    {
        public bool IsAuthenticated { get; set; }

        public MessageScope Scope => MessageScope.Outer;

        public bool IsInRole(string role) => role == ""gm"";
    }
}
";

        private static string MessagesSource(int firstPair, int endPair)
        {
            var source = new StringBuilder();
            source.AppendLine("using System.Collections.Generic;");
            source.AppendLine("using EtProtocolGen;");
            source.AppendLine();
            source.AppendLine("namespace Game.Protocol");
            source.AppendLine("{");
            for (int pair = firstPair; pair < endPair; pair++)
            {
                int opcode = 10_000 + (2 * pair);
                string auth = pair % 2 == 0 ? "[Authorize]" : "[AllowAnonymous]";
                source.Append(@"    [Message(").Append(opcode).Append(@", Scope = MessageScope.Outer)]
    [ResponseType(typeof(M2C_Op").Append(pair).Append(@"))]
    ").Append(auth).Append(@"
    public partial class C2M_Op").Append(pair).Append(@" : IRequest
    {
        [Field(1)] public int RpcId { get; set; }
        [Field(2)] public long UnitId { get; set; }
        [Field(3), MaxLength(32)] public string Name { get; set; } = """";
        [Field(4), MaxLength(16)] public List<int> Values { get; set; } = new();
        [Field(5)] public float Speed { get; set; }
    }

    [Message(").Append(opcode + 1).Append(@", Scope = MessageScope.Outer)]
    ").Append(auth).Append(@"
    public partial class M2C_Op").Append(pair).Append(@" : IResponse
    {
        [Field(1)] public int RpcId { get; set; }
        [Field(2)] public int Error { get; set; }
        [Field(3), MaxLength(256)] public string Message { get; set; } = """";
        [Field(4)] public C2M_Op").Append(pair).Append(@"? Echo { get; set; }
        [Field(5), MaxLength(8)] public Dictionary<int, long> Scores { get; set; } = new();
    }

");
            }

            source.AppendLine("}");
            return source.ToString();
        }

        private static string HandlerSource(int pair, int returnedPlayerId) => @"using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen;

namespace Game.Protocol.Handlers
{
    public sealed class Op" + pair + @"Handler : IRequestHandler<GameSession, C2M_Op" + pair + @", M2C_Op" + pair + @">
    {
        public ValueTask<M2C_Op" + pair + @"> HandleAsync(GameSession session, C2M_Op" + pair + @" request, CancellationToken cancellationToken)
        {
            var response = new M2C_Op" + pair + @" { Echo = request };
            response.Scores[1] = " + returnedPlayerId + @";
            return new ValueTask<M2C_Op" + pair + @">(response);
        }
    }
}
";

        private static ImmutableArray<MetadataReference> LoadReferences()
        {
            // The running runtime's assemblies stand in for the reference pack; plus the EtProtocolGen runtime.
            string trusted = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
            return trusted.Split(Path.PathSeparator)
                .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal)
                    || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll")
                .Append(typeof(MessageAttribute).Assembly.Location)
                .Distinct(StringComparer.Ordinal)
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
                .ToImmutableArray();
        }
    }
}
