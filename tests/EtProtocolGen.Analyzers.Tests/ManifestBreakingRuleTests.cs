using System.Threading.Tasks;
using EtProtocolGen.Analyzers.Tests.Infrastructure;
using Xunit;

namespace EtProtocolGen.Analyzers.Tests
{
    /// <summary>
    /// ETP0210-ETP0219: changes against Protocol.Shipped.txt that break peers built against it (buf's WIRE rules), each shown
    /// where it happens and next to the compatible change it must not be confused with.
    /// </summary>
    public class ManifestBreakingRuleTests
    {
        private const string ShippedFields = """
            [Field(2)] public int X { get; set; }
                [Field(3), MaxLength(8)] public string Name { get; set; } = "";
                [Field(4), MaxLength(8)] public List<int> Path { get; set; } = new();
                [Field(5)] public long Stamp { get; set; }
                [Field(6)] public Kind Kind { get; set; }
            """;

        private const string Response = """
            using EtProtocolGen;

            public enum Kind { Walk, Run }

            [Message(10002), AllowAnonymous]
            public partial class M2C_Move : IResponse
            {
                [Field(1)] public int RpcId { get; set; }
                [Field(2)] public int Error { get; set; }
                [Field(3), MaxLength(64)] public string Message { get; set; } = "";
            }

            [Message(10003), AllowAnonymous]
            public partial class M2C_Teleport : IResponse
            {
                [Field(1)] public int RpcId { get; set; }
                [Field(2)] public int Error { get; set; }
                [Field(3), MaxLength(64)] public string Message { get; set; } = "";
            }
            """;

        private static readonly string Shipped = Move("Message(10001), Authorize, ResponseType(typeof(M2C_Move))", "IRequest", ShippedFields);

        [Fact]
        public Task An_unchanged_protocol_reports_nothing() => Verify(Shipped);

        [Fact]
        public Task A_changed_opcode_is_reported_at_the_opcode() =>
            Verify(Move("Message({|ETP0210:10005|}), Authorize, ResponseType(typeof(M2C_Move))", "IRequest", ShippedFields));

        [Fact]
        public Task Another_message_under_a_shipped_opcode_is_reported() =>
            ManifestScenario.VerifyAsync(new[] { Shipped, Response }, new[] { Response, """
                using EtProtocolGen;

                [Message({|ETP0211:10001|}), Authorize]
                public partial class C2M_Jump : IMessage
                {
                    [Field(1)] public int X { get; set; }
                }
                """ });

        [Fact]
        public Task A_message_under_an_opcode_the_shipped_protocol_reserves_is_reported() =>
            ManifestScenario.VerifyAsync(
                new[] { Shipped, Response, "[assembly: EtProtocolGen.ReservedOpcodes(10009)]" },
                new[] { Shipped, Response, """
                    using EtProtocolGen;

                    [Message({|ETP0211:10009|}), Authorize]
                    public partial class C2M_Jump : IMessage
                    {
                        [Field(1)] public int X { get; set; }
                    }
                    """ });

        [Fact]
        public Task A_new_message_under_a_new_opcode_is_not_reported() =>
            ManifestScenario.VerifyAsync(new[] { Shipped, Response }, new[] { Shipped, Response, """
                using EtProtocolGen;

                [Message(10004), Authorize]
                public partial class C2M_Jump : IMessage
                {
                    [Field(1)] public int X { get; set; }
                }
                """ });

        [Fact]
        public Task A_removed_message_is_reported_at_its_shipped_line() =>
            ManifestScenario.VerifyAsync(new[] { Shipped, Response }, new[] { Response }, ("ETP0212", "message C2M_Move opcode"));

        [Fact]
        public Task A_removed_message_whose_opcode_is_reserved_is_not_reported() =>
            ManifestScenario.VerifyAsync(new[] { Shipped, Response }, new[] { Response, "[assembly: EtProtocolGen.ReservedOpcodes(10001)]" });

        [Fact]
        public Task A_removed_field_is_reported_on_its_message() =>
            Verify(Move("Message(10001), Authorize, ResponseType(typeof(M2C_Move))", "IRequest", """
                [Field(2)] public int X { get; set; }
                    [Field(3), MaxLength(8)] public string Name { get; set; } = "";
                    [Field(4), MaxLength(8)] public List<int> Path { get; set; } = new();
                    [Field(6)] public Kind Kind { get; set; }
                """, "{|ETP0213:C2M_Move|}"));

        [Fact]
        public Task A_removed_field_whose_number_is_reserved_is_not_reported() =>
            Verify(Move("Message(10001), Authorize, ResponseType(typeof(M2C_Move)), Reserved(5, Names = \"Stamp\")", "IRequest", """
                [Field(2)] public int X { get; set; }
                    [Field(3), MaxLength(8)] public string Name { get; set; } = "";
                    [Field(4), MaxLength(8)] public List<int> Path { get; set; } = new();
                    [Field(6)] public Kind Kind { get; set; }
                """));

        [Fact]
        public Task A_shipped_number_given_to_another_field_is_reported() =>
            Verify(Move("Message(10001), Authorize, ResponseType(typeof(M2C_Move))", "IRequest", """
                [Field(2)] public int X { get; set; }
                    [Field(3), MaxLength(8)] public string Name { get; set; } = "";
                    [Field(4), MaxLength(8)] public List<int> Path { get; set; } = new();
                    [Field(5)] public long {|ETP0214:Time|} { get; set; }
                    [Field(6)] public Kind Kind { get; set; }
                """));

        [Fact]
        public Task A_number_the_shipped_protocol_reserves_is_reported_when_used() =>
            ManifestScenario.VerifyAsync(
                new[] { Move("Message(10001), Authorize, ResponseType(typeof(M2C_Move)), Reserved(7)", "IRequest", ShippedFields), Response },
                new[] { Move("Message(10001), Authorize, ResponseType(typeof(M2C_Move))", "IRequest", ShippedFields + "\n    [Field(7)] public int {|ETP0214:Speed|} { get; set; }"), Response });

        [Fact]
        public Task A_new_field_under_a_new_number_is_not_reported() =>
            Verify(Move("Message(10001), Authorize, ResponseType(typeof(M2C_Move))", "IRequest", ShippedFields + "\n    [Field(7)] public int Speed { get; set; }"));

        [Theory]
        [InlineData("public string {|ETP0215:X|} { get; set; } = \"\";", "int32 -> string: another wire type")]
        [InlineData("[Field(2, Encoding = FieldEncoding.ZigZag)] public int {|ETP0215:X|} { get; set; }", "int32 -> sint32: zigzag reads varints differently")]
        [InlineData("public byte {|ETP0215:X|} { get; set; }", "int32 -> byte: the decoder refuses values over 255")]
        public Task An_incompatible_type_change_is_reported(string field, string because)
        {
            Assert.NotEmpty(because);
            return Verify(Move("Message(10001), Authorize, ResponseType(typeof(M2C_Move))", "IRequest", ShippedFields.Replace("[Field(2)] public int X { get; set; }", field.StartsWith("[") ? field : "[Field(2)] " + field)));
        }

        [Theory]
        [InlineData("[Field(2)] public long X { get; set; }", "int32 -> int64")]
        [InlineData("[Field(2)] public Kind X { get; set; }", "int32 -> enum")]
        [InlineData("[Field(2)] public uint X { get; set; }", "int32 -> uint32")]
        public Task A_compatible_type_change_is_not_reported(string field, string because)
        {
            Assert.NotEmpty(because);
            return Verify(Move("Message(10001), Authorize, ResponseType(typeof(M2C_Move))", "IRequest", ShippedFields.Replace("[Field(2)] public int X { get; set; }", field)));
        }

        [Fact]
        public Task A_string_that_becomes_bytes_is_not_reported_but_bytes_that_become_a_string_are() =>
            ManifestScenario.VerifyAsync(
                new[] { Move("Message(10001), Authorize, ResponseType(typeof(M2C_Move))", "IRequest", ShippedFields + "\n    [Field(7), MaxLength(8)] public byte[] Blob { get; set; } = new byte[0];"), Response },
                new[] { Move("Message(10001), Authorize, ResponseType(typeof(M2C_Move))", "IRequest", ShippedFields.Replace("public string Name", "public byte[] Name").Replace("= \"\";", "= new byte[0];") + "\n    [Field(7), MaxLength(8)] public string {|ETP0215:Blob|} { get; set; } = \"\";"), Response });

        [Fact]
        public Task A_single_value_that_becomes_repeated_is_reported() =>
            Verify(Move("Message(10001), Authorize, ResponseType(typeof(M2C_Move))", "IRequest", ShippedFields.Replace("[Field(2)] public int X { get; set; }", "[Field(2), MaxLength(4)] public int[] {|ETP0216:X|} { get; set; } = new int[0];")));

        [Fact]
        public Task A_repeated_field_that_becomes_single_is_reported() =>
            Verify(Move("Message(10001), Authorize, ResponseType(typeof(M2C_Move))", "IRequest", ShippedFields.Replace("[Field(4), MaxLength(8)] public List<int> Path { get; set; } = new();", "[Field(4)] public int {|ETP0216:Path|} { get; set; }")));

        [Fact]
        public Task A_value_that_becomes_nullable_is_not_reported() =>
            Verify(Move("Message(10001), Authorize, ResponseType(typeof(M2C_Move))", "IRequest", ShippedFields.Replace("public long Stamp", "public long? Stamp")));

        [Fact]
        public Task An_outer_message_moved_to_inner_scope_is_reported() =>
            Verify(Move("Message(10001, Scope = MessageScope.Inner), Authorize, ResponseType(typeof(M2C_Move))", "IRequest", ShippedFields, "{|ETP0217:C2M_Move|}"));

        [Fact]
        public Task Dropped_reservations_are_reported_and_kept_ones_are_not() =>
            ManifestScenario.VerifyAsync(
                new[] { Move("Message(10001), Authorize, ResponseType(typeof(M2C_Move)), Reserved(7, 8, Names = \"Old\")", "IRequest", ShippedFields), Response, "[assembly: EtProtocolGen.ReservedOpcodes(10009)]" },
                new[] { Move("Message(10001), Authorize, ResponseType(typeof(M2C_Move)), Reserved(8)", "IRequest", ShippedFields, "{|ETP0218:{|ETP0218:C2M_Move|}|}"), Response },
                ("ETP0218", "assembly limits"));

        [Fact]
        public Task Another_response_type_is_reported() =>
            Verify(Move("Message(10001), Authorize, ResponseType(typeof(M2C_Teleport))", "IRequest", ShippedFields, "{|ETP0219:C2M_Move|}"));

        [Fact]
        public Task A_request_that_becomes_one_way_is_reported() =>
            Verify(Move("Message(10001), Authorize", "IMessage", ShippedFields, "{|ETP0219:C2M_Move|}"));

        private static string Move(string attributes, string contract, string fields, string name = "C2M_Move") => """
            using System.Collections.Generic;
            using EtProtocolGen;

            [ATTRIBUTES]
            public partial class NAME : CONTRACT
            {
                [Field(1)] public int RpcId { get; set; }
                FIELDS
            }
            """.Replace("ATTRIBUTES", attributes).Replace("CONTRACT", contract).Replace("FIELDS", fields).Replace("NAME", name);

        private static Task Verify(string current) =>
            ManifestScenario.VerifyAsync(new[] { Shipped, Response }, new[] { current, Response });
    }
}
