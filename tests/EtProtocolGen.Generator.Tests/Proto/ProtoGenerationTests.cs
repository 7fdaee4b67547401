using System;
using System.Collections.Generic;
using System.Linq;
using EtProtocolGen.Generator.Helpers;
using EtProtocolGen.Generator.Proto.Binding;
using EtProtocolGen.Generator.Proto.Parsing;
using EtProtocolGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EtProtocolGen.Generator.Tests.Proto;

/// <summary>
/// .proto files in, C# out: each message becomes the partial class a user would write, with the serializer of a
/// hand-written message; the generated code compiles at C# 9 with no warning; a broken file costs only its own messages.
/// </summary>
public sealed class ProtoGenerationTests
{
    private static readonly ProtoFile EtOuter = TestProtocolFiles.EtOuter;

    private static readonly string[] Engine = TestProtocolFiles.Engine;

    private const string Proto3 = """
        syntax = "proto3";
        package game.shop;
        option csharp_namespace = "Game.Shop";
        import "etprotocolgen.proto";

        enum Currency {
          CURRENCY_UNSPECIFIED = 0;
          CURRENCY_GOLD = 1;
          CURRENCY_GEM = 2;
        }

        message Price {
          Currency currency = 1;
          int64 amount = 2;
        }

        message BuyRequest {
          option (etp.opcode) = 3001;
          option (etp.response_type) = "BuyResponse";
          int32 rpc_id = 1;
          string item_code = 2 [(etp.max_length) = 32];
          repeated Price offers = 3 [(etp.max_length) = 4];
          map<string, int32> tags = 4 [(etp.max_length) = 8];
          reserved 5, 6;
          reserved "old_field";
        }

        message BuyResponse {
          option (etp.opcode) = 3002;
          int32 rpc_id = 1;
          int32 error = 2;
          string message = 3;
          Price paid = 4;
        }
        """;

    [Fact]
    public void An_ET_file_compiles_at_CSharp_9_with_the_opcodes_interfaces_and_constants_of_ETs_dialect()
    {
        (Compilation output, GeneratorDriverRunResult result) = GeneratorHarness.RunWithProto(GeneratorHarness.CreateCompilation(Engine), EtOuter);

        Assert.Empty(GeneratorHarness.AllDiagnostics(output));
        Assert.All(result.Results, generator => Assert.Null(generator.Exception));

        // The first message takes start + 1, every message in file order the next one; a value (UnitInfo, no interface)
        // keeps its number in the count but gets no opcode.
        AssertOpcode(output, "ET.C2G_Ping", 10002);
        AssertOpcode(output, "ET.G2C_Ping", 10003);
        AssertOpcode(output, "ET.C2R_Login", 10005);
        AssertOpcode(output, "ET.M2C_CreateUnits", 10010);
        AssertOpcode(output, "ET.M2C_Stop", 10015);
        Assert.Empty(output.GetTypeByMetadataName("ET.UnitInfo")!.GetMembers("Opcode"));

        // Engine types keep their C# type; the mapping writes them as their surrogate message.
        Assert.Equal("Unity.Mathematics.float3", output.GetTypeByMetadataName("ET.UnitInfo")!.GetMembers("Position").OfType<IPropertySymbol>().Single().Type.ToDisplayString());

        // ET's constants class, named after the file.
        INamedTypeSymbol constants = output.GetTypeByMetadataName("ET.OuterMessage")!;
        Assert.Equal((ushort)10005, Assert.IsAssignableFrom<IFieldSymbol>(constants.GetMembers("C2R_Login").Single()).ConstantValue);

        // '// ISessionRequest' is a request, '// ILocationMessage' ET's location marker, '// ResponseType X' the response type.
        INamedTypeSymbol login = output.GetTypeByMetadataName("ET.C2R_Login")!;
        Assert.Contains(login.AllInterfaces, type => type.ToDisplayString() == "EtProtocolGen.IRequest");
        Assert.Equal("ET.R2C_Login", ((ITypeSymbol)login.GetAttributes().Single(a => a.AttributeClass!.Name == "ResponseTypeAttribute").ConstructorArguments[0].Value!).ToDisplayString());
        Assert.Contains(output.GetTypeByMetadataName("ET.C2M_Stop")!.AllInterfaces, type => type.ToDisplayString() == "EtProtocolGen.ILocationMessage");
        Assert.Contains(output.GetTypeByMetadataName("ET.R2C_Login")!.AllInterfaces, type => type.ToDisplayString() == "EtProtocolGen.IResponse");

        // ET's int16, uint16 and long.
        INamedTypeSymbol stop = output.GetTypeByMetadataName("ET.M2C_Stop")!;
        Assert.Equal(SpecialType.System_Int16, PropertyType(stop, "Mode"));
        Assert.Equal(SpecialType.System_UInt16, PropertyType(stop, "Face"));
        Assert.Equal(SpecialType.System_Int64, PropertyType(stop, "Tick"));
    }

    [Fact]
    public void A_proto3_file_gives_its_namespace_enums_values_and_limits_as_attributes()
    {
        (Compilation output, _) = GeneratorHarness.RunWithProto(GeneratorHarness.CreateCompilation(Array.Empty<string>()), new ProtoFile("/project/shop.proto", Proto3));

        Assert.Empty(GeneratorHarness.AllDiagnostics(output));
        AssertOpcode(output, "Game.Shop.BuyRequest", 3001);
        Assert.Equal(TypeKind.Enum, output.GetTypeByMetadataName("Game.Shop.Currency")!.TypeKind);

        // A message without an opcode is a value used inside others: a serializer, no opcode, not sendable on its own.
        INamedTypeSymbol price = output.GetTypeByMetadataName("Game.Shop.Price")!;
        Assert.Empty(price.GetMembers("Opcode"));
        Assert.DoesNotContain(price.AllInterfaces, type => type.Name == "IWireMessage");

        // snake_case becomes PascalCase; limits become the attributes a user would write.
        IPropertySymbol itemCode = output.GetTypeByMetadataName("Game.Shop.BuyRequest")!.GetMembers("ItemCode").OfType<IPropertySymbol>().Single();
        Assert.Equal(32, itemCode.GetAttributes().Single(a => a.AttributeClass!.Name == "MaxLengthAttribute").ConstructorArguments[0].Value);

        // reserved 5, 6; reserved "old_field"; as [Reserved(5, 6, Names = "OldField")], which the manifest reads.
        AttributeData reserved = output.GetTypeByMetadataName("Game.Shop.BuyRequest")!.GetAttributes().Single(a => a.AttributeClass!.Name == "ReservedAttribute");
        Assert.Equal(new object[] { 5, 6 }, reserved.ConstructorArguments[0].Values.Select(value => value.Value!));
        Assert.Equal("OldField", reserved.NamedArguments.Single(argument => argument.Key == "Names").Value.Value);
    }

    [Fact]
    public void A_declared_direction_becomes_the_Message_attributes_Direction_and_the_registrys()
    {
        // The file is named as its message: the constants class, which would be a static partial class of the same name,
        // is left out (ETP0310) and the message compiles.
        var file = new ProtoFile("/project/Proto/Notice_C_500.proto", """
            syntax = "proto3";
            package ET;

            message Notice // IMessage [etp: direction = SERVER_TO_CLIENT, authorize]
            {
            	string Text = 1; // [etp: max_length = 64]
            }
            """);
        (Compilation output, GeneratorDriverRunResult result) = GeneratorHarness.RunWithProto(GeneratorHarness.CreateCompilation(Array.Empty<string>()), file);

        Assert.Empty(GeneratorHarness.AllDiagnostics(output));
        AttributeData message = output.GetTypeByMetadataName("ET.Notice")!.GetAttributes().Single(a => a.AttributeClass!.Name == "MessageAttribute");
        Assert.Equal(2, message.NamedArguments.Single(argument => argument.Key == "Direction").Value.Value);
        string registry = result.GeneratedTrees.Single(tree => tree.FilePath.EndsWith(".ProtocolRegistry.g.cs", StringComparison.Ordinal)).ToString();
        Assert.Contains("typeof(global::ET.Notice), global::EtProtocolGen.MessageScope.Outer, global::EtProtocolGen.MessageDirection.ServerToClient", registry);
        Assert.False(output.GetTypeByMetadataName("ET.Notice")!.IsStatic);
    }

    [Fact]
    public void A_reserved_range_too_long_for_Reserved_stays_in_the_proto_file()
    {
        const string text = "syntax = \"proto3\";\nmessage A {\n  reserved 2, 7 to 9, 100 to max;\n  int32 a = 1;\n}\n";
        (Compilation output, _) = GeneratorHarness.RunWithProto(GeneratorHarness.CreateCompilation(Array.Empty<string>()), new ProtoFile("/project/a.proto", text));

        Assert.Empty(GeneratorHarness.AllDiagnostics(output));
        AttributeData reserved = output.GetTypeByMetadataName("A")!.GetAttributes().Single(a => a.AttributeClass!.Name == "ReservedAttribute");
        Assert.Equal(new object[] { 2, 7, 8, 9 }, reserved.ConstructorArguments[0].Values.Select(value => value.Value!));
    }

    [Fact]
    public void Annotations_in_the_comments_of_an_ET_file_become_the_attributes_a_user_would_write()
    {
        var file = new ProtoFile("/project/Proto/LoginMessage_C_20000.proto", """
            syntax = "proto3";
            package ET;

            // ResponseType R2C_Login
            message C2R_Login // ISessionRequest [etp: allow_anonymous, rate_limit = { permits: 5 per_seconds: 60 per: REMOTE_ADDRESS }]
            {
            	int32 RpcId = 1;
            	string Account = 2;  // account [etp: max_length = 32]
            	string Password = 3; // password [etp: max_length = 64, sensitive]
            }

            message R2C_Login // ISessionResponse
            {
            	int32 RpcId = 1;
            	int32 Error = 2;
            	string Message = 3;
            }
            """);
        (Compilation output, _) = GeneratorHarness.RunWithProto(GeneratorHarness.CreateCompilation(Array.Empty<string>()), file);

        Assert.Empty(GeneratorHarness.AllDiagnostics(output));
        INamedTypeSymbol login = output.GetTypeByMetadataName("ET.C2R_Login")!;
        Assert.Contains(login.GetAttributes(), a => a.AttributeClass!.Name == "AllowAnonymousAttribute");
        AttributeData rateLimit = login.GetAttributes().Single(a => a.AttributeClass!.Name == "RateLimitAttribute");
        Assert.Equal((5, 60), ((int)rateLimit.ConstructorArguments[0].Value!, (int)rateLimit.ConstructorArguments[1].Value!));
        IPropertySymbol password = login.GetMembers("Password").OfType<IPropertySymbol>().Single();
        Assert.Equal(64, password.GetAttributes().Single(a => a.AttributeClass!.Name == "MaxLengthAttribute").ConstructorArguments[0].Value);
        Assert.Contains(password.GetAttributes(), a => a.AttributeClass!.Name == "SensitiveAttribute");
    }

    [Fact]
    public void Two_packages_with_one_csharp_namespace_do_not_declare_one_class_twice()
    {
        // A file copied into another package keeps its csharp_namespace: both would become Game.C2R_Login, whose
        // generated members then clashed (CS0102/CS0229 in generated code). The copy's message is ETP0303 and left out.
        const string Text = "syntax = \"proto3\";\npackage {0};\noption csharp_namespace = \"Game\";\nmessage C2R_Login {{\n  int32 rpc_id = 1;\n  string account = 2;\n}}\n";
        var first = new ProtoFile("/project/login.proto", string.Format(System.Globalization.CultureInfo.InvariantCulture, Text, "game"));
        var copy = new ProtoFile("/project/copy/login.proto", string.Format(System.Globalization.CultureInfo.InvariantCulture, Text, "game.copy"));
        (Compilation output, GeneratorDriverRunResult result) = GeneratorHarness.RunWithProto(GeneratorHarness.CreateCompilation(Array.Empty<string>()), first, copy);

        Assert.Empty(GeneratorHarness.AllDiagnostics(output));
        Assert.NotNull(output.GetTypeByMetadataName("Game.C2R_Login"));
        Assert.Single(result.GeneratedTrees, tree => tree.FilePath.Contains("C2R_Login", StringComparison.Ordinal));
        ProtoProblem duplicate = Assert.Single(ProtoCatalogProblems(first, copy), problem => problem.Kind == ProtoProblemKind.Duplicate);
        Assert.Contains("Game.C2R_Login", duplicate.Arguments[0], StringComparison.Ordinal);
    }

    private static IEnumerable<ProtoProblem> ProtoCatalogProblems(params ProtoFile[] files)
    {
        ProtoCatalog catalog = ProtoCatalog.Build(new EquatableArray<ProtoFileSyntax>(
            files.Select(file => ProtoParser.Parse(file.Path, file.GetText().ToString(), readAnnotations: false)).ToArray()));
        return Enumerable.Range(0, catalog.Files.Count).SelectMany(catalog.ProblemsOf).ToList();
    }

    [Fact]
    public void A_file_with_a_syntax_error_is_left_out_and_the_others_are_generated()
    {
        var broken = new ProtoFile("/project/Proto/broken.proto", "syntax = \"proto3\";\nmessage Broken {\n  int32 a = ;\n}\n");
        (Compilation output, GeneratorDriverRunResult result) = GeneratorHarness.RunWithProto(GeneratorHarness.CreateCompilation(Engine), broken, EtOuter);

        Assert.Empty(GeneratorHarness.AllDiagnostics(output));
        Assert.Null(output.GetTypeByMetadataName("Broken"));
        Assert.NotNull(output.GetTypeByMetadataName("ET.C2R_Login"));
        Assert.All(result.Results, generator => Assert.Null(generator.Exception));
    }

    [Fact]
    public void A_generated_declaration_maps_back_to_its_line_in_the_proto_file()
    {
        (Compilation output, GeneratorDriverRunResult result) = GeneratorHarness.RunWithProto(GeneratorHarness.CreateCompilation(Engine), EtOuter);

        IPropertySymbol account = output.GetTypeByMetadataName("ET.C2R_Login")!.GetMembers("Account").OfType<IPropertySymbol>().Single();
        FileLinePositionSpan mapped = account.Locations.Single().GetMappedLineSpan();
        Assert.Equal(EtOuter.Path, mapped.Path);
        int line = EtOuter.GetText()!.Lines.Single(l => l.ToString().Contains("string Account = 2;", StringComparison.Ordinal)).LineNumber;
        Assert.Equal(line, mapped.StartLinePosition.Line);
        Assert.NotEmpty(result.GeneratedTrees);
    }

    private static void AssertOpcode(Compilation output, string metadataName, int opcode)
    {
        INamedTypeSymbol type = output.GetTypeByMetadataName(metadataName) ?? throw new InvalidOperationException(metadataName + " was not generated");
        IFieldSymbol constant = type.GetMembers("Opcode").OfType<IFieldSymbol>().Single();
        Assert.Equal((ushort)opcode, constant.ConstantValue);
    }

    private static SpecialType PropertyType(INamedTypeSymbol type, string name) =>
        type.GetMembers(name).OfType<IPropertySymbol>().Single().Type.SpecialType;
}
