using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using EtProtocolGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EtProtocolGen.Generator.Tests;

/// <summary>
/// A message the generator cannot serialize is skipped, never emitted as broken code, and the analyzers say why
/// (ETP0001 not partial, ETP0003 duplicate field number, ETP0004 unsupported field, ETP0006 unsupported
/// type shape, ETP0016 a validation rule on a type it does not apply to, ETP0017 validation arguments that cannot be enforced). The generator reports nothing itself. Each case also carries a valid message, which must still be generated and compile.
/// </summary>
public sealed class InvalidMessageTests
{
    private const string NonPartial = "ETP0001";
    private const string DuplicateOpcode = "ETP0002";
    private const string DuplicateFieldNumber = "ETP0003";
    private const string UnsupportedField = "ETP0004";
    private const string UnsupportedShape = "ETP0006";
    private const string MemberCollision = "ETP0007";
    private const string InapplicableValidation = "ETP0016";
    private const string InvalidValidationArguments = "ETP0017";

    private static readonly CSharpParseOptions LatestParseOptions = new(LanguageVersion.Latest);

    private static readonly string[] UsageIds =
    {
        NonPartial, DuplicateOpcode, DuplicateFieldNumber, UnsupportedField, UnsupportedShape, MemberCollision, InapplicableValidation, InvalidValidationArguments,
    };

    private const string ValidMessage = """
        namespace Game.Protocol
        {
            [EtProtocolGen.Message(100)]
            public partial class Valid
            {
                [EtProtocolGen.Field(1)] public int Value { get; set; }
            }
        }
        """;

    /// <summary>Misuse the analyzers report: (reason, source, the one usage diagnostic expected).</summary>
    public static IEnumerable<object[]> ReportedMisuse() => new[]
    {
        Case("not partial", "public class Broken { [Field(1)] public int A { get; set; } }", NonPartial),
        Case("containing type not partial", "public class Outer { [Message(101)] public partial class Broken { [Field(1)] public int A { get; set; } } }", NonPartial, wrap: false),
        Case("field of a non-partial message type", "public class Skipped { [Field(1)] public int A { get; set; } } public partial class Broken { [Field(1)] public Skipped? A { get; set; } }", NonPartial, attributeOnSkipped: true),
        Case("duplicate field numbers", "public partial class Broken { [Field(1)] public int A { get; set; } [Field(1)] public int B { get; set; } }", DuplicateFieldNumber),
        Case("field number 0", "public partial class Broken { [Field(0)] public int A { get; set; } }", UnsupportedField),
        Case("negative field number", "public partial class Broken { [Field(-3)] public int A { get; set; } }", UnsupportedField),
        Case("reserved field number", "public partial class Broken { [Field(19500)] public int A { get; set; } }", UnsupportedField),
        Case("field number above 2^29-1", "public partial class Broken { [Field(536870912)] public int A { get; set; } }", UnsupportedField),
        Case("unsupported type object", "public partial class Broken { [Field(1)] public object? A { get; set; } }", UnsupportedField),
        Case("unsupported type decimal", "public partial class Broken { [Field(1)] public decimal A { get; set; } }", UnsupportedField),
        Case("nested collections", "public partial class Broken { [Field(1)] public System.Collections.Generic.List<System.Collections.Generic.List<int>>? A { get; set; } }", UnsupportedField),
        Case("nullable elements", "public partial class Broken { [Field(1)] public int?[]? A { get; set; } }", UnsupportedField),
        Case("floating-point map key", "public partial class Broken { [Field(1)] public System.Collections.Generic.Dictionary<double, int>? A { get; set; } }", UnsupportedField),
        Case("interface collection", "public partial class Broken { [Field(1)] public System.Collections.Generic.IList<int>? A { get; set; } }", UnsupportedField),
        Case("64-bit enum", "public enum Wide : long { A } public partial class Broken { [Field(1)] public Wide A { get; set; } }", UnsupportedField),
        Case("non-message class", "public class Plain { } public partial class Broken { [Field(1)] public Plain? A { get; set; } }", UnsupportedField),
        Case("zigzag on a string", "public partial class Broken { [Field(1, Encoding = FieldEncoding.ZigZag)] public string A { get; set; } = \"\"; }", UnsupportedField),
        Case("zigzag on an unsigned integer", "public partial class Broken { [Field(1, Encoding = FieldEncoding.ZigZag)] public uint A { get; set; } }", UnsupportedField),
        Case("init-only property", "public partial class Broken { [Field(1)] public int A { get; init; } }", UnsupportedField),
        Case("get-only property", "public partial class Broken { [Field(1)] public int A { get; } }", UnsupportedField),
        Case("readonly field", "public partial class Broken { [Field(1)] public readonly int A; }", UnsupportedField),
        Case("static property", "public partial class Broken { [Field(1)] public static int A { get; set; } }", UnsupportedField),
        Case("explicit interface implementation", "public interface IHasA { int A { get; set; } } public partial class Broken : IHasA { [Field(1)] int IHasA.A { get; set; } }", UnsupportedField),
        Case("[Range] on a string", "public partial class Broken { [Field(1), Range(1, 10), MaxLength(64)] public string A { get; set; } = \"\"; }", InapplicableValidation),
        Case("[MinLength] on an int", "public partial class Broken { [Field(1), MinLength(3)] public int A { get; set; } }", InapplicableValidation),
        Case("[MaxLength] on a nullable int", "public partial class Broken { [Field(1), MaxLength(3)] public int? A { get; set; } }", InapplicableValidation),
        Case("[Range] on a map", "public partial class Broken { [Field(1), Range(0, 9)] public System.Collections.Generic.Dictionary<int, int>? A { get; set; } }", InapplicableValidation),
        Case("[Range] on an enum", "public enum Color { None, Red } public partial class Broken { [Field(1), Range(0, 1)] public Color A { get; set; } }", InapplicableValidation),
        Case("[Range] on a field of a nested message", "[Message(102)] public partial class Inner { [Field(1), Range(0, 1)] public bool B { get; set; } } public partial class Broken { [Field(1)] public Inner? A { get; set; } }", InapplicableValidation),
        Case("[MaxLength(0)]", "public partial class Broken { [Field(1), MaxLength(0)] public string A { get; set; } = \"\"; }", InvalidValidationArguments),
        Case("[MinLength] above [MaxLength]", "public partial class Broken { [Field(1), MinLength(9), MaxLength(8)] public string A { get; set; } = \"\"; }", InvalidValidationArguments),
        Case("[Range] minimum above maximum", "public partial class Broken { [Field(1), Range(10, 1)] public int A { get; set; } }", InvalidValidationArguments),
        Case("[Range] outside the field's type", "public partial class Broken { [Field(1), Range(300, 400)] public byte A { get; set; } }", InvalidValidationArguments),
        Case("generic message", "public partial class Broken<T> { [Field(1)] public int A { get; set; } }", UnsupportedShape),
        Case("nested in a generic type", "public partial class Outer<T> { [Message(101)] public partial class Broken { [Field(1)] public int A { get; set; } } }", UnsupportedShape, wrap: false),
        Case("abstract message", "public abstract partial class Broken { [Field(1)] public int A { get; set; } }", UnsupportedShape),
        Case("static message", "public static partial class Broken { }", UnsupportedShape),
        Case("ref struct message", "[Message(101)] public ref partial struct Broken { [Field(1)] public int A { get; set; } }", UnsupportedShape, wrap: false),
        Case("no parameterless constructor", "public partial class Broken { public Broken(int a) { A = a; } [Field(1)] public int A { get; set; } }", UnsupportedShape),
        Case("positional record", "[Message(101)] public partial record Broken(int B) { [Field(1)] public int A { get; set; } }", UnsupportedShape, wrap: false),
        Case("derived from a message", "public partial class Broken : Valid { [Field(2)] public int B { get; set; } }", UnsupportedShape),
        Case("file-local message", "[Message(101)] file partial class Broken { [Field(1)] public int A { get; set; } }", UnsupportedShape, wrap: false),
        Case("message nested in a file-local type", "file partial class Outer { [Message(101)] public partial class Broken { [Field(1)] public int A { get; set; } } }", UnsupportedShape, wrap: false),
        Case("required member", "public partial class Broken { [Field(1)] public required int A { get; set; } }", UnsupportedShape),
        Case("required member of a base class", "public class Base { public required string Name { get; set; } } public partial class Broken : Base { [Field(1)] public int A { get; set; } }", UnsupportedShape),
        Case("private nested message", "public partial class Outer { [Message(101)] private partial class Broken { [Field(1)] public int A { get; set; } } }", UnsupportedShape, wrap: false),
        Case("protected nested message", "public partial class Outer { [Message(101)] protected partial class Broken { [Field(1)] public int A { get; set; } } }", UnsupportedShape, wrap: false),
        Case("field named Opcode (a forwarding envelope)", "public partial class Broken { [Field(1)] public ushort Opcode { get; set; } }", MemberCollision),
        Case("nested type named Parse", "public partial class Broken { [Field(1)] public int A { get; set; } public class Parse { } }", MemberCollision),
        Case("WriteTo with the generated parameters", "public partial class Broken { [Field(1)] public int A { get; set; } public void WriteTo(System.Buffers.IBufferWriter<byte> output) { } }", MemberCollision),
        Case("static Parse with the generated parameters", "public partial class Broken { [Field(1)] public int A { get; set; } public static Broken Parse(System.ReadOnlySpan<byte> data) => new Broken(); }", MemberCollision),
        Case("OnValidate that is not the partial hook", "public partial class Broken { [Field(1)] public int A { get; set; } private void OnValidate(ref ValidationResult result) { } }", MemberCollision),
        Case("Validate inherited from a base class", "public class Base { public ValidationResult Validate() => ValidationResult.Success; } public partial class Broken : Base { [Field(1)] public int A { get; set; } }", MemberCollision),
    };

    [Theory]
    [MemberData(nameof(ReportedMisuse))]
    public async Task Misuse_is_reported_by_its_analyzer_and_the_message_is_skipped(string reason, string source, string expectedId)
    {
        Compilation output = AssertSkippedWithoutCompilerDiagnostics(reason, source);

        IReadOnlyList<Diagnostic> analyzerDiagnostics = await ProtocolAnalyzers.RunAsync(output);
        Diagnostic[] usage = analyzerDiagnostics.Where(diagnostic => UsageIds.Contains(diagnostic.Id)).ToArray();
        Assert.True(usage.Length > 0 && usage.All(diagnostic => diagnostic.Id == expectedId),
            reason + ": expected " + expectedId + ", got: " + GeneratorHarness.Format(usage));
        Assert.All(usage, diagnostic =>
        {
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.True(diagnostic.Location.IsInSource, reason + ": " + diagnostic.Id + " has no source location.");
        });
    }

    [Theory]
    [InlineData("not partial", "public class Broken", "[Field(1)] public int A { get; set; }")]
    [InlineData("unsupported field", "public partial class Broken", "[Field(1)] public object? A { get; set; }")]
    [InlineData("[Range] on a string", "public partial class Broken", "[Field(1), Range(1, 10), MaxLength(64)] public string A { get; set; } = \"\";")]
    [InlineData("no parameterless constructor", "public partial class Broken", "public Broken(int a) { A = a; } [Field(1)] public int A { get; set; }")]
    public void A_handler_of_a_skipped_message_leaves_it_out_of_registry_and_dispatcher(string reason, string declaration, string members)
    {
        string source = $$"""
            using System.Threading;
            using System.Threading.Tasks;
            using EtProtocolGen;

            namespace Game.Protocol
            {
                [Message(101), AllowAnonymous] {{declaration}} : IMessage { {{members}} }

                public sealed class Session : IProtocolSession
                {
                    public bool IsAuthenticated => true;
                    public MessageScope Scope => MessageScope.Outer;
                    public bool IsInRole(string role) => false;
                }

                public sealed class BrokenHandler : IMessageHandler<Session, Broken>
                {
                    public ValueTask HandleAsync(Session session, Broken message, CancellationToken cancellationToken) => default;
                }
            }
            """;

        Compilation output = AssertSkippedWithoutCompilerDiagnostics(reason, source);

        string generated = string.Join("\n", output.SyntaxTrees.Where(tree => tree.FilePath.Contains("DispatchGenerator")).Select(tree => tree.ToString()));
        Assert.Contains("Valid", generated);
        Assert.DoesNotContain("Broken", generated);
    }

    [Fact]
    public async Task Duplicate_opcodes_are_reported_and_both_messages_still_get_serializers()
    {
        const string source = """
            using EtProtocolGen;

            namespace Game.Protocol
            {
                [Message(100), AllowAnonymous] public partial class First { [Field(1)] public int A { get; set; } }
                [Message(100), AllowAnonymous] public partial class Second { [Field(1)] public int A { get; set; } }
            }
            """;

        (Compilation output, GeneratorDriverRunResult result) = GeneratorHarness.Run(source);

        Assert.Equal(new[] { "Game.Protocol.First.g.cs", "Game.Protocol.Second.g.cs" }, result.Results.Single().GeneratedSources.Select(generated => generated.HintName).OrderBy(name => name));
        IReadOnlyList<Diagnostic> diagnostics = GeneratorHarness.AllDiagnostics(output);
        Assert.True(diagnostics.Count == 0, GeneratorHarness.Format(diagnostics));

        IReadOnlyList<Diagnostic> analyzerDiagnostics = await ProtocolAnalyzers.RunAsync(output);
        Diagnostic[] usage = analyzerDiagnostics.Where(diagnostic => UsageIds.Contains(diagnostic.Id)).ToArray();
        Assert.NotEmpty(usage);
        Assert.All(usage, diagnostic => Assert.Equal(DuplicateOpcode, diagnostic.Id));
    }

    [Fact]
    public async Task A_valid_protocol_gets_no_usage_diagnostics()
    {
        (Compilation output, _) = GeneratorHarness.Run(Sources.Composite, Sources.Login, Sources.AllScalars);

        IReadOnlyList<Diagnostic> analyzerDiagnostics = await ProtocolAnalyzers.RunAsync(output);
        Assert.DoesNotContain(analyzerDiagnostics, diagnostic => UsageIds.Contains(diagnostic.Id));
    }

    [Fact]
    public void Type_without_message_attribute_gets_nothing()
    {
        (_, GeneratorDriverRunResult result) = GeneratorHarness.Run("""
            namespace Game.Protocol
            {
                public partial class NotAMessage { [EtProtocolGen.Field(1)] public int A { get; set; } }
            }
            """);

        Assert.Empty(result.GeneratedTrees);
    }

    /// <summary>Runs the generator: only Valid is emitted, and neither the user code nor the generated code has a compiler error or warning.</summary>
    private static Compilation AssertSkippedWithoutCompilerDiagnostics(string reason, string source)
    {
        // Both generators, as in the package: the registry must not name a message that got no serializer. C# 9, as in Unity,
        // unless the case needs a newer feature (file-local types and required members are C# 11).
        bool needsCSharp11 = source.Contains("file partial", System.StringComparison.Ordinal) || source.Contains(" required ", System.StringComparison.Ordinal);
        (Compilation output, GeneratorDriverRunResult result) = GeneratorHarness.RunWithDispatch(
            GeneratorHarness.CreateCompilation(new[] { source, ValidMessage }, parseOptions: needsCSharp11 ? LatestParseOptions : null));

        string[] hints = result.Results[0].GeneratedSources.Select(generated => generated.HintName).ToArray();
        Assert.True(hints.SequenceEqual(new[] { "Game.Protocol.Valid.g.cs" }), reason + ": generated " + string.Join(", ", hints));
        IReadOnlyList<Diagnostic> diagnostics = GeneratorHarness.AllDiagnostics(output);
        Assert.True(diagnostics.Count == 0, reason + ": " + GeneratorHarness.Format(diagnostics));
        return output;
    }

    private static object[] Case(string reason, string declarations, string expectedId, bool wrap = true, bool attributeOnSkipped = false) =>
        new object[] { reason, Source(declarations, wrap, attributeOnSkipped), expectedId };

    private static string Source(string declarations, bool wrap, bool attributeOnSkipped)
    {
        string body = declarations;
        if (wrap)
        {
            // Put [Message(101)] on the type named Broken (and [Message(102)] on Skipped when asked).
            body = body.Replace("public partial class Broken", "[Message(101)] public partial class Broken")
                .Replace("public class Broken", "[Message(101)] public class Broken")
                .Replace("public abstract partial class Broken", "[Message(101)] public abstract partial class Broken")
                .Replace("public static partial class Broken", "[Message(101)] public static partial class Broken");
            if (attributeOnSkipped)
            {
                body = body.Replace("public class Skipped", "[Message(102)] public class Skipped");
            }
        }

        return "using EtProtocolGen;\n\nnamespace Game.Protocol\n{\n    " + body + "\n}\n";
    }
}
