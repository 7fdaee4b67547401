using System.Threading.Tasks;
using EtProtocolGen.Analyzers.Proto;
using EtProtocolGen.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace EtProtocolGen.Analyzers.Tests.Proto
{
    /// <summary>ETP0301-ETP0311: problems of .proto files, reported at their place in the file, each file on its own.</summary>
    public class ProtoFileAnalyzerTests
    {
        private const string Code = "namespace Game { }";

        [Fact]
        public Task A_syntax_error_is_reported_at_its_token_and_the_other_files_are_still_checked() =>
            RunAsync(
                ("/0/broken.proto", "syntax = \"proto3\";\nmessage A {\n  int32 a = {|ETP0301:;|}\n}\n"),
                ("/0/other.proto", "syntax = \"proto3\";\nmessage B {\n  {|ETP0302:Missing|} b = 1;\n}\n"));

        [Fact]
        public Task A_type_of_a_file_with_syntax_errors_is_not_generated_and_a_user_says_so() =>
            RunAsync(
                ("/0/a.proto", "syntax = \"proto3\";\nmessage A { int32 a = {|ETP0301:x|}; }\n"),
                ("/0/b.proto", "syntax = \"proto3\";\nimport \"a.proto\";\nmessage B { {|ETP0302:A|} a = 1; }\n"));

        [Fact]
        public Task Duplicate_numbers_properties_and_types_are_reported() =>
            RunAsync(
                ("/0/a.proto", """
                    syntax = "proto3";
                    message A {
                      int32 player_id = 1;
                      int32 other = {|ETP0303:1|};
                      string {|ETP0303:PlayerId|} = 2;
                    }
                    message {|ETP0303:A|} { }
                    """));

        [Fact]
        public Task Options_are_checked_against_the_field_and_level_they_are_on() =>
            RunAsync(
                ("/0/a.proto", """
                    syntax = "proto3";
                    message A {
                      option (etp.opcode) = 10;
                      option {|ETP0304:(etp.max_length) = 3|};
                      int32 count = 1 [{|ETP0304:(etp.max_length) = 3|}];
                      string name = 2 [{|ETP0304:(etp.max_lenght) = 3|}];
                      string code = 3 [{|ETP0304:(etp.min_length) = 9|}, (etp.max_length) = 4];
                      int32 level = 4 [{|ETP0304:(etp.range) = { min: 10 max: 1 }|}];
                      string note = 5 [(validate.rules).string.max_len = 3, (etp.max_length) = 3];
                    }
                    """));

        [Fact]
        public Task A_malformed_annotation_in_an_ET_file_is_an_option_error() =>
            RunAsync(
                ("/0/Outer_C_100.proto", "syntax = \"proto3\";\nmessage C2G_A // IMessage\n{\n  string Name = 1; // name {|ETP0304:[etp: max_length = ]|}\n}\n"));

        [Fact]
        public Task Oneof_groups_proto2_and_required_are_unsupported() =>
            RunAsync(
                ("/0/a.proto", "syntax = \"proto3\";\nmessage A {\n  oneof choice { {|ETP0305:int32 a = 1;|} }\n  {|ETP0305:required int32 b = 2;|}\n}\n"),
                ("/0/b.proto", "{|ETP0305:syntax = \"proto2\"|};\nmessage B { }\n"));

        [Fact]
        public Task An_ET_file_whose_opcodes_pass_65535_is_reported_at_the_message() =>
            RunAsync(
                ("/0/Outer_C_65534.proto", "syntax = \"proto3\";\nmessage C2G_A // IMessage\n{\n}\nmessage {|ETP0306:C2G_B|} // IMessage\n{\n}\n"));

        [Fact]
        public Task An_import_of_a_file_the_project_does_not_have_is_reported() =>
            RunAsync(("/0/a.proto", "syntax = \"proto3\";\n{|ETP0307:import \"missing.proto\"|};\nimport \"etprotocolgen.proto\";\nmessage A { }\n"));

        [Fact]
        public Task A_request_without_RpcId_and_a_response_type_on_a_one_way_message_are_reported() =>
            RunAsync(
                ("/0/Outer_C_100.proto", """
                    syntax = "proto3";
                    // ResponseType G2C_A
                    message {|ETP0308:C2G_A|} // IRequest
                    {
                      string Name = 1;
                    }
                    message G2C_A // IResponse
                    {
                      int32 RpcId = 1;
                      int32 Error = 2;
                      string Message = 3;
                    }
                    {|ETP0308:// ResponseType G2C_A|}
                    message C2G_B // IMessage
                    {
                    }
                    """));

        [Fact]
        public Task A_reserved_number_or_name_used_by_a_field_is_reported() =>
            RunAsync(
                ("/0/a.proto", """
                    syntax = "proto3";
                    message A {
                      reserved 2, 5 to 9;
                      reserved "old";
                      int32 a = {|ETP0309:6|};
                      int32 {|ETP0309:old|} = 1;
                      int32 b = {|ETP0309:19001|};
                    }
                    """));

        [Fact]
        public Task A_direction_on_an_inner_message_is_an_option_error() =>
            RunAsync(
                ("/0/a.proto", """
                    syntax = "proto3";
                    message A {
                      option (etp.opcode) = 10;
                      option (etp.scope) = INNER;
                      option {|ETP0304:(etp.direction) = SERVER_TO_CLIENT|};
                    }
                    """));

        [Fact]
        public Task An_ET_file_named_as_one_of_its_messages_gets_no_constants_class() =>
            RunAsync(("/0/Notice_C_500.proto", "syntax = \"proto3\";\npackage ET;\nmessage {|ETP0310:Notice|} // IMessage [etp: authorize]\n{\n}\n"));

        [Fact]
        public Task A_reserved_range_too_long_for_the_generated_Reserved_attribute_is_a_warning() =>
            RunAsync(
                ("/0/a.proto", """
                    syntax = "proto3";
                    message A {
                      reserved 2, 5 to 1004;
                      {|ETP0310:reserved 3, 2000 to max;|}
                      int32 a = 1;
                    }
                    """));

        [Fact]
        public Task Services_and_a_missing_syntax_statement_are_warnings() =>
            RunAsync(("/0/a.proto", "{|ETP0310:package|} a;\n{|ETP0310:service S|} { rpc Get (A) returns (A); }\nmessage A { }\n"));

        [Fact]
        public Task An_interface_ET_does_not_define_is_a_warning_and_the_message_is_one_way() =>
            RunAsync(("/0/Outer_C_100.proto", "syntax = \"proto3\";\nmessage C2G_A {|ETP0311:// IActorMessage|}\n{\n}\n"));

        [Fact]
        public Task Clean_files_in_both_dialects_report_nothing() =>
            RunAsync(
                ("/0/Outer_C_100.proto", """
                    syntax = "proto3";
                    package ET;
                    // ResponseType G2C_Login
                    message C2G_Login // ISessionRequest
                    {
                    	int32 RpcId = 1;
                    	string Account = 2; // [etp: max_length = 32]
                    }
                    message G2C_Login // ISessionResponse
                    {
                    	int32 RpcId = 1;
                    	int32 Error = 2;
                    	string Message = 3;
                    	repeated UnitInfo Units = 4;
                    }
                    message UnitInfo
                    {
                    	int64 UnitId = 1;
                    	map<int32, int64> KV = 2;
                    }
                    """),
                ("/0/game.proto", """
                    syntax = "proto3";
                    package game;
                    import "etprotocolgen.proto";
                    enum Color { COLOR_UNSPECIFIED = 0; COLOR_RED = 1; }
                    message Paint {
                      option (etp.opcode) = 2001;
                      option (etp.authorize) = true;
                      Color color = 1;
                      optional uint32 layer = 2 [(etp.range) = { min: 1 max: 9 }];
                    }
                    """));

        private static Task RunAsync(params (string Path, string Text)[] files)
        {
            var test = new ProtocolTest<ProtoFileAnalyzer, EmptyCodeFixProvider>();
            test.TestState.Sources.Add(("/0/Code.cs", Code));
            foreach ((string path, string text) in files)
            {
                test.TestState.AdditionalFiles.Add((path, text));
            }

            return test.RunAsync();
        }
    }
}
