using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using EtProtocolGen.Generator.Proto.Parsing;
using EtProtocolGen.Generator.Tests.Infrastructure;

namespace EtProtocolGen.Generator.Tests.Proto;

/// <summary>
/// The .proto parser: proto3 statements, ET's comments kept next to what they describe, annotations in comments, and
/// syntax errors reported where they are without stopping at the first one.
/// </summary>
public sealed class ProtoParserTests
{
    private const string EtStyle = """
        syntax = "proto3";
        package ET;

        // ResponseType G2C_EnterRoom
        /// Asks the gate for a room.
        message C2G_EnterRoom // ISessionRequest
        {
        	int32 RpcId = 1;
        	string  Name = 2;  // the room's name [etp: max_length = 16]
        	// the seat wanted
        	int16 Seat = 3;
        	repeated Unity.Mathematics.float3 Path = 4;
        	map<int32, int64> Scores = 5;
        } // no dispose
        """;

    [Fact]
    public void An_ET_style_message_keeps_its_comments_next_to_what_they_describe()
    {
        ProtoFileSyntax file = ProtoParser.Parse("Proto/Room_C_100.proto", EtStyle, readAnnotations: true);

        Assert.Empty(file.Problems);
        Assert.Equal(ProtoSyntaxVersion.Proto3, file.Syntax);
        Assert.Equal("ET", file.Package);
        ProtoMessageSyntax message = Assert.Single(file.Messages);
        Assert.Equal("C2G_EnterRoom", message.Name);
        Assert.Equal(new[] { "ResponseType G2C_EnterRoom", "Asks the gate for a room." }, message.LeadingComments.Select(comment => comment.Text));
        Assert.True(message.LeadingComments[1].IsDocumentation);
        Assert.Equal("ISessionRequest", message.HeaderComment?.Text);
        Assert.Equal("no dispose", message.ClosingComment?.Text);

        Assert.Equal(new[] { "RpcId", "Name", "Seat", "Path", "Scores" }, message.Fields.Select(field => field.Name));
        ProtoFieldSyntax name = message.Fields[1];
        Assert.Equal("string", name.TypeName);
        Assert.Equal("the room's name [etp: max_length = 16]", name.TrailingComment?.Text);
        ProtoFieldSyntax seat = message.Fields[2];
        Assert.Equal("the seat wanted", Assert.Single(seat.LeadingComments).Text);
        Assert.Null(seat.TrailingComment);
        Assert.Equal("int16", seat.TypeName);
        Assert.Equal(ProtoFieldLabel.Repeated, message.Fields[3].Label);
        Assert.Equal("Unity.Mathematics.float3", message.Fields[3].TypeName);
        Assert.Equal(ProtoFieldLabel.Map, message.Fields[4].Label);
        Assert.Equal(("int32", "int64"), (message.Fields[4].KeyTypeName, message.Fields[4].TypeName));
    }

    [Fact]
    public void An_annotation_in_a_comment_reads_as_the_etp_option_at_its_place_in_the_file()
    {
        ProtoFileSyntax file = ProtoParser.Parse("Proto/Room_C_100.proto", EtStyle, readAnnotations: true);

        ProtoOptionSyntax option = Assert.Single(file.Messages[0].Fields[1].Options);
        Assert.Equal("etp.max_length", option.Name);
        Assert.True(option.IsExtension);
        Assert.Equal(ProtoValueKind.Integer, option.Value.Kind);
        Assert.Equal("16", option.Value.Text);
        Assert.Equal("max_length", EtStyle.Substring(option.NameSpan.Start, option.NameSpan.Length));
        Assert.Equal(8, option.NameSpan.StartLine);
        Assert.Equal("the room's name", ProtoAnnotations.StripFrom(file.Messages[0].Fields[1].TrailingComment!.Text));
    }

    [Fact]
    public void Annotations_are_read_only_when_asked_for()
    {
        ProtoFileSyntax file = ProtoParser.Parse("Proto/room.proto", EtStyle, readAnnotations: false);

        Assert.Empty(file.Messages[0].Fields[1].Options);
    }

    [Fact]
    public void A_flag_annotation_is_true_and_a_message_annotation_comes_from_the_comments_before_it()
    {
        const string text = """
            syntax = "proto3";
            // [etp: allow_anonymous, rate_limit = { permits: 5 per_seconds: 60 per: CONNECTION }]
            message C2R_Login // IRequest
            {
                string Password = 1; // [etp: sensitive, max_length = 64]
            }
            """;

        ProtoFileSyntax file = ProtoParser.Parse("Login_C_10.proto", text, readAnnotations: true);

        Assert.Empty(file.Problems);
        ProtoMessageSyntax message = file.Messages[0];
        Assert.Equal(new[] { "etp.allow_anonymous", "etp.rate_limit" }, message.Options.Select(option => option.Name));
        Assert.Equal("true", message.Options[0].Value.Text);
        ProtoValue limit = message.Options[1].Value;
        Assert.Equal(ProtoValueKind.Aggregate, limit.Kind);
        Assert.Equal(new[] { ("permits", "5"), ("per_seconds", "60"), ("per", "CONNECTION") }, limit.Entries.Select(entry => (entry.Name, entry.Value.Text)));
        Assert.Equal(new[] { "etp.sensitive", "etp.max_length" }, message.Fields[0].Options.Select(option => option.Name));
    }

    [Fact]
    public void A_malformed_annotation_is_an_option_error_not_a_silently_dropped_limit()
    {
        const string text = "syntax = \"proto3\";\nmessage A // IMessage\n{\n    string Name = 1; // [etp: max_length = ]\n}\n";

        ProtoFileSyntax file = ProtoParser.Parse("A_C_1.proto", text, readAnnotations: true);

        ProtoProblem problem = Assert.Single(file.Problems);
        Assert.Equal(ProtoProblemKind.InvalidOption, problem.Kind);
        Assert.Equal(3, problem.Span.StartLine);
        Assert.True(file.HasErrors);
    }

    [Fact]
    public void Proto3_statements_nested_types_enums_options_and_reserved_are_read()
    {
        const string text = """
            syntax = "proto3";
            package game.protocol;
            import "common/types.proto";
            option csharp_namespace = "Game.Protocol";

            message Inventory {
              option (etp.opcode) = 3001;
              reserved 4, 9 to 11, 20 to max;
              reserved "old_name";
              enum Slot { SLOT_UNSPECIFIED = 0; SLOT_HEAD = 1; SLOT_FEET = -2; }
              message Item {
                int64 id = 1;
                optional uint32 count = 2 [(etp.range) = { min: 1, max: 99 }];
              }
              repeated Item items = 1 [(etp.max_length) = 100];
              map<string, Item> by_name = 2;
              .game.protocol.Inventory.Slot slot = 3 [deprecated = true];
            }
            """;

        ProtoFileSyntax file = ProtoParser.Parse("inventory.proto", text, readAnnotations: false);

        Assert.Empty(file.Problems);
        Assert.Equal("game.protocol", file.Package);
        Assert.Equal("common/types.proto", Assert.Single(file.Imports).Path);
        ProtoOptionSyntax ns = Assert.Single(file.Options);
        Assert.Equal(("csharp_namespace", false, "Game.Protocol"), (ns.Name, ns.IsExtension, ns.Value.Text));

        ProtoMessageSyntax inventory = Assert.Single(file.Messages);
        Assert.Equal(("etp.opcode", true, "3001"), (inventory.Options[0].Name, inventory.Options[0].IsExtension, inventory.Options[0].Value.Text));
        Assert.Equal(new[] { new ProtoRange(4, 4), new ProtoRange(9, 11), new ProtoRange(20, (1 << 29) - 1) }, inventory.Reserved[0].Ranges.ToArray());
        Assert.Equal("old_name", Assert.Single(inventory.Reserved[1].Names));
        ProtoEnumSyntax slot = Assert.Single(inventory.Enums);
        Assert.Equal(new[] { ("SLOT_UNSPECIFIED", 0L), ("SLOT_HEAD", 1L), ("SLOT_FEET", -2L) }, slot.Values.Select(value => (value.Name, value.Number)));
        ProtoMessageSyntax item = Assert.Single(inventory.Messages);
        Assert.Equal(ProtoFieldLabel.Optional, item.Fields[1].Label);
        ProtoValue range = item.Fields[1].Options[0].Value;
        Assert.Equal(new[] { ("min", "1"), ("max", "99") }, range.Entries.Select(entry => (entry.Name, entry.Value.Text)));
        Assert.Equal(".game.protocol.Inventory.Slot", inventory.Fields[2].TypeName);
        Assert.Equal(("deprecated", false), (inventory.Fields[2].Options[0].Name, inventory.Fields[2].Options[0].IsExtension));
    }

    [Fact]
    public void Oneof_members_are_fields_that_name_their_oneof()
    {
        ProtoFileSyntax file = ProtoParser.Parse("a.proto", "syntax = \"proto3\";\nmessage A { oneof choice { int32 a = 1; string b = 2; } int32 c = 3; }", readAnnotations: false);

        Assert.Empty(file.Problems);
        Assert.Equal(new[] { ("a", "choice"), ("b", "choice"), ("c", null) }, file.Messages[0].Fields.Select(field => (field.Name, field.Oneof)));
    }

    [Fact]
    public void Every_syntax_error_is_reported_at_its_line_and_the_parser_goes_on()
    {
        const string text = """
            syntax = "proto3";
            message A {
              int32 a = ;
              string b = 2
            }
            message B {
              int32 c = 1;
            }
            message {
            """;

        ProtoFileSyntax file = ProtoParser.Parse("broken.proto", text, readAnnotations: false);

        Assert.True(file.HasErrors);
        Assert.All(file.Problems, problem => Assert.Equal(ProtoProblemKind.Syntax, problem.Kind));
        Assert.Equal(new[] { 2, 4, 8 }, file.Problems.Select(problem => problem.Span.StartLine));
        Assert.Contains("expected the field number", file.Problems[0].Arguments[0]);
        Assert.Contains(file.Messages, message => message.Name == "B");
    }

    [Fact]
    public void Services_and_extensions_are_ignored_with_a_warning_and_a_missing_syntax_reads_as_proto3()
    {
        const string text = """
            package a;
            service Game { rpc Login (A) returns (A); }
            extend google.protobuf.FieldOptions { int32 x = 50000; }
            message A { }
            """;

        ProtoFileSyntax file = ProtoParser.Parse("a.proto", text, readAnnotations: false);

        Assert.False(file.HasErrors);
        Assert.Equal(3, file.Problems.Count(problem => problem.Kind == ProtoProblemKind.Ignored));
        Assert.Equal("A", Assert.Single(file.Messages).Name);
    }

    [Fact]
    public void Proto2_and_groups_are_unsupported()
    {
        ProtoFileSyntax file = ProtoParser.Parse("a.proto", "syntax = \"proto2\";\nmessage A { repeated group Result = 1 { } }", readAnnotations: false);

        Assert.Equal(new[] { ProtoProblemKind.Unsupported, ProtoProblemKind.Unsupported }, file.Problems.Select(problem => problem.Kind));
        Assert.True(file.HasErrors);
    }

    [Theory]
    [InlineData("int32 a = 0;", "a field number is from 1")]
    [InlineData("int32 a = 536870912;", "a field number is from 1")]
    [InlineData("int32 a = 12ab;", "expected the field number")]
    [InlineData("string s = 1 [(etp.max_length) = 3", "expected ']'")]
    [InlineData("string s = 'unterminated;", "the string is not closed")]
    [InlineData("int32 a = 1; /* open", "the comment is not closed")]
    public void Malformed_fields_are_syntax_errors(string field, string expected)
    {
        ProtoFileSyntax file = ProtoParser.Parse("a.proto", "syntax = \"proto3\";\nmessage A {\n" + field + "\n}\n", readAnnotations: false);

        Assert.True(file.HasErrors);
        Assert.Contains(file.Problems, problem => problem.Arguments[0].Contains(expected, System.StringComparison.Ordinal));
    }

    [Fact]
    public void Positions_count_lines_across_crlf_and_a_byte_order_mark()
    {
        ProtoFileSyntax file = ProtoParser.Parse("a.proto", "\uFEFFsyntax = \"proto3\";\r\nmessage A {\r\n\tint32 Value = 1;\r\n}\r\n", readAnnotations: false);

        SourceSpan name = file.Messages[0].Fields[0].NameSpan;
        Assert.Equal((2, 7), (name.StartLine, name.StartColumn));
        Assert.Equal(3, name.Line);
    }

    [Theory]
    [InlineData("syntax = \"proto3\";\nmessage A \n  int32 x = 1;\n}\nmessage B {\n  int32 y = 1;\n}\n")]
    [InlineData("syntax = \"proto3\";\n}\n}\nmessage B {\n  int32 y = 1;\n}\n")]
    [InlineData("syntax = \"proto3\";\nenum E \n  E_NONE = 0;\n}\nmessage B {\n  int32 y = 1;\n}\n")]
    public void A_block_that_lost_its_opening_brace_is_an_error_and_the_file_is_read_to_its_end(string text)
    {
        // These once stalled the parser for good (a stray '}' at file level was never consumed): the IDE's generator hung.
        ProtoFileSyntax file = ParseWithin(TimeSpan.FromSeconds(10), text);

        Assert.True(file.HasErrors);
        Assert.Contains(file.Messages, message => message.Name == "B");
    }

    [Fact]
    public void Deleting_any_one_token_of_a_real_proto_file_leaves_a_file_the_parser_reads_to_its_end()
    {
        string[] files = { "tests/EtProtocolGen.Tests.ProtoProtocol/OuterMessage_C_10001.proto", "tests/EtProtocolGen.Tests.ProtoProtocol/shop.proto" };
        foreach (string path in files)
        {
            string text = File.ReadAllText(Path.Combine(RepositoryProtocols.RepositoryRoot(), path));
            foreach (EditToken token in EditedLanguage.Proto.Tokens(text))
            {
                string edited = text.Remove(token.Start, token.Text.Length);
                ParseWithin(TimeSpan.FromSeconds(10), edited, path + " without '" + token.Text + "' at " + token.Start);
            }
        }
    }

    private static ProtoFileSyntax ParseWithin(TimeSpan bound, string text, string? what = null)
    {
        Task<ProtoFileSyntax> parse = Task.Run(() => ProtoParser.Parse("a.proto", text, readAnnotations: true));
        Assert.True(parse.Wait(bound), "the parser did not finish within " + bound + ": " + (what ?? text));
        return parse.Result;
    }
}
