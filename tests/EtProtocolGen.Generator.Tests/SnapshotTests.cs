using System.Collections.Generic;
using EtProtocolGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EtProtocolGen.Generator.Tests;

/// <summary>
/// The generated files of representative messages, compared with the reviewed snapshots in Snapshots/.
/// Each run also proves the output compiles without errors or warnings at C# 9.
/// </summary>
public sealed class SnapshotTests
{
    [Fact]
    public void Login_request_with_max_length_and_sensitive_fields() => VerifySnapshot(nameof(Login_request_with_max_length_and_sensitive_fields), Sources.Login);

    [Fact]
    public void Every_scalar_type_and_encoding() => VerifySnapshot(nameof(Every_scalar_type_and_encoding), Sources.AllScalars);

    [Fact]
    public void Nested_messages_lists_maps_and_nullables_under_assembly_limits() => VerifySnapshot(nameof(Nested_messages_lists_maps_and_nullables_under_assembly_limits), Sources.Composite);

    [Fact]
    public void Fixed_size_messages_add_constants_to_the_size_bound() => VerifySnapshot(nameof(Fixed_size_messages_add_constants_to_the_size_bound), Sources.FixedSize);

    [Fact]
    public void Recursive_message_with_max_depth() => VerifySnapshot(nameof(Recursive_message_with_max_depth), Sources.Recursive);

    [Fact]
    public void Struct_message() => VerifySnapshot(nameof(Struct_message), Sources.Struct);

    [Fact]
    public void Records_get_print_members_instead_of_to_string() => VerifySnapshot(nameof(Records_get_print_members_instead_of_to_string), Sources.Records);

    [Fact]
    public void Nested_types_in_a_file_scoped_namespace() =>
        VerifySnapshot(nameof(Nested_types_in_a_file_scoped_namespace), Sources.FileScopedNested, GeneratorHarness.UserParseOptions);

    [Fact]
    public void Message_in_the_global_namespace() => VerifySnapshot(nameof(Message_in_the_global_namespace), Sources.GlobalNamespace);

    private static void VerifySnapshot(string testName, string source, CSharpParseOptions? userParseOptions = null)
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation(new[] { source }, parseOptions: userParseOptions);
        IReadOnlyList<Diagnostic> inputDiagnostics = GeneratorHarness.AllDiagnostics(compilation);
        Assert.True(inputDiagnostics.Count == 0, "The test source itself does not compile: " + GeneratorHarness.Format(inputDiagnostics));

        (Compilation output, GeneratorDriverRunResult result) = GeneratorHarness.Run(compilation);

        Assert.NotEmpty(result.GeneratedTrees);
        LanguageVersion expected = (userParseOptions ?? GeneratorHarness.ParseOptions).LanguageVersion;
        Assert.All(result.GeneratedTrees, tree => Assert.Equal(expected, ((CSharpParseOptions)tree.Options).LanguageVersion));
        IReadOnlyList<Diagnostic> diagnostics = GeneratorHarness.AllDiagnostics(output);
        Assert.True(diagnostics.Count == 0, GeneratorHarness.Format(diagnostics));
        Snapshot.Verify(testName, result);
    }
}
