using System.Threading.Tasks;
using EtProtocolGen.Analyzers.Tests.Infrastructure;
using EtProtocolGen.CodeFixes;
using Xunit;
using Verifier = EtProtocolGen.Analyzers.Tests.Infrastructure.Verify<EtProtocolGen.Analyzers.UnboundedFieldAnalyzer>;

namespace EtProtocolGen.Analyzers.Tests
{
    public class UnboundedFieldAnalyzerTests
    {
        [Fact]
        public Task String_bytes_and_collection_fields_of_an_outer_message_without_MaxLength_are_reported() =>
            Verifier.DiagnosticsAsync("""
                using System;
                using System.Collections.Generic;
                using EtProtocolGen;

                [Message(1)]
                public partial class C2M_Chat : IMessage
                {
                    [Field(1)] public string {|ETP0101:Text|} { get; set; } = "";
                    [Field(2)] public byte[] {|ETP0101:Attachment|} { get; set; } = new byte[0];
                    [Field(3)] public ReadOnlyMemory<byte> {|ETP0101:Blob|} { get; set; }
                    [Field(4)] public List<long> {|ETP0101:Targets|} { get; set; } = new();
                    [Field(5)] public int[] {|ETP0101:Slots|} { get; set; } = new int[0];
                    [Field(6)] public Dictionary<int, string> {|ETP0101:Notes|} { get; set; } = new();
                    [Field(7)] public int Channel { get; set; }
                }
                """);

        [Fact]
        public Task The_message_says_which_kind_of_field_is_unbounded() =>
            Verifier.DiagnosticsAsync(
                """
                using EtProtocolGen;

                [Message(1)]
                public partial class C2M_Chat : IMessage
                {
                    [Field(1)] public string Text { get; set; } = "";
                }
                """,
                Verifier.Diagnostic(DiagnosticDescriptors.UnboundedField).WithSpan(6, 30, 6, 34).WithArguments("Text", "C2M_Chat", "string"));

        [Fact]
        public Task Fields_with_MaxLength_are_not_reported() =>
            Verifier.DiagnosticsAsync("""
                using System.Collections.Generic;
                using EtProtocolGen;

                [Message(1, Scope = MessageScope.Outer)]
                public partial class C2M_Chat : IMessage
                {
                    [Field(1), MaxLength(200)] public string Text { get; set; } = "";
                    [Field(2), MaxLength(8)] public List<long> Targets { get; set; } = new();
                }
                """);

        [Fact]
        public Task Inner_messages_are_not_reported() =>
            Verifier.DiagnosticsAsync("""
                using EtProtocolGen;

                [Message(1, Scope = MessageScope.Inner)]
                public partial class M2M_Transfer : IMessage
                {
                    [Field(1)] public string Payload { get; set; } = "";
                }
                """);

        [Fact]
        public Task An_assembly_default_for_all_lengths_silences_every_kind() =>
            Verifier.DiagnosticsAsync("""
                using System.Collections.Generic;
                using EtProtocolGen;

                [assembly: ProtocolLimits(DefaultMaxLength = 512)]

                [Message(1)]
                public partial class C2M_Chat : IMessage
                {
                    [Field(1)] public string Text { get; set; } = "";
                    [Field(2)] public byte[] Blob { get; set; } = new byte[0];
                    [Field(3)] public List<int> Targets { get; set; } = new();
                }
                """);

        [Fact]
        public Task An_assembly_default_for_one_kind_silences_only_that_kind() =>
            Verifier.DiagnosticsAsync("""
                using System.Collections.Generic;
                using EtProtocolGen;

                [assembly: ProtocolLimits(DefaultMaxStringLength = 64, DefaultMaxCollectionLength = 16)]

                [Message(1)]
                public partial class C2M_Chat : IMessage
                {
                    [Field(1)] public string Text { get; set; } = "";
                    [Field(2)] public byte[] {|ETP0101:Blob|} { get; set; } = new byte[0];
                    [Field(3)] public List<int> Targets { get; set; } = new();
                }
                """);

        [Fact]
        public Task Members_without_Field_and_types_without_Message_are_ignored() =>
            Verifier.DiagnosticsAsync("""
                using EtProtocolGen;

                [Message(1)]
                public partial class C2M_Chat : IMessage
                {
                    public string NotSerialized { get; set; } = "";
                }

                public class NotAMessage
                {
                    [Field(1)] public string Text { get; set; } = "";
                }
                """);

        [Fact]
        public Task The_fix_adds_MaxLength_with_the_default_for_each_kind_next_to_Field() =>
            Verifier.FixAsync<AddMaxLengthCodeFix>(
                """
                using System.Collections.Generic;
                using EtProtocolGen;

                [Message(1)]
                public partial class C2M_Chat : IMessage
                {
                    [Field(1)] public string {|ETP0101:Text|} { get; set; } = "";
                    [Field(2)] public byte[] {|ETP0101:Blob|} { get; set; } = new byte[0];
                    [Field(3)] public List<int> {|ETP0101:Targets|} { get; set; } = new();
                    [Field(4)]
                    public string {|ETP0101:Motd|} = "";
                }
                """,
                """
                using System.Collections.Generic;
                using EtProtocolGen;

                [Message(1)]
                public partial class C2M_Chat : IMessage
                {
                    [Field(1), MaxLength(256)] public string Text { get; set; } = "";
                    [Field(2), MaxLength(4096)] public byte[] Blob { get; set; } = new byte[0];
                    [Field(3), MaxLength(1024)] public List<int> Targets { get; set; } = new();
                    [Field(4), MaxLength(256)]
                    public string Motd = "";
                }
                """);

        [Fact]
        public Task The_fix_qualifies_the_attribute_when_EtProtocolGen_is_not_imported() =>
            Verifier.FixAsync<AddMaxLengthCodeFix>(
                """
                [EtProtocolGen.Message(1)]
                public partial class C2M_Chat : EtProtocolGen.IMessage
                {
                    [EtProtocolGen.Field(1)] public string {|ETP0101:Text|} { get; set; } = "";
                }
                """,
                """
                [EtProtocolGen.Message(1)]
                public partial class C2M_Chat : EtProtocolGen.IMessage
                {
                    [EtProtocolGen.Field(1), EtProtocolGen.MaxLength(256)] public string Text { get; set; } = "";
                }
                """);

        [Fact]
        public Task Fields_of_messages_only_clients_decode_are_ETP0111_not_ETP0101() =>
            Verifier.DiagnosticsAsync("""
                using System.Collections.Generic;
                using EtProtocolGen;

                [Message(1)]
                public partial class M2C_CreateUnits : IMessage
                {
                    [Field(1)] public List<long> {|ETP0111:UnitIds|} { get; set; } = new();
                }

                [Message(2)]
                public partial class LoginResult : IResponse
                {
                    [Field(1)] public int RpcId { get; set; }
                    [Field(2)] public int Error { get; set; }
                    [Field(3)] public string {|ETP0111:Message|} { get; set; } = "";
                }

                [Message(3, Direction = MessageDirection.ServerToClient)]
                public partial class Announcement : IMessage
                {
                    [Field(1)] public string {|ETP0111:Text|} { get; set; } = "";
                }
                """);

        [Fact]
        public Task The_message_of_ETP0111_says_the_client_decodes_it() =>
            Verifier.DiagnosticsAsync(
                """
                using EtProtocolGen;

                [Message(1)]
                public partial class G2C_Notice : IMessage
                {
                    [Field(1)] public string Text { get; set; } = "";
                }
                """,
                Verifier.Diagnostic(DiagnosticDescriptors.UnboundedServerField).WithSpan(6, 30, 6, 34).WithArguments("Text", "G2C_Notice", "string"));

        [Fact]
        public Task Messages_sent_both_ways_or_in_no_known_direction_are_ETP0101() =>
            Verifier.DiagnosticsAsync("""
                using EtProtocolGen;

                [Message(1, Direction = MessageDirection.Both)]
                public partial class Ping : IMessage
                {
                    [Field(1)] public string {|ETP0101:Note|} { get; set; } = "";
                }

                [Message(2)]
                public partial class Chat : IMessage
                {
                    [Field(1)] public string {|ETP0101:Text|} { get; set; } = "";
                }

                [Message(3)]
                public partial class C2G_LoginAck : IResponse
                {
                    [Field(1)] public int RpcId { get; set; }
                    [Field(2)] public int Error { get; set; }
                    [Field(3)] public string {|ETP0101:Message|} { get; set; } = "";
                }
                """);

        [Fact]
        public Task A_value_without_an_opcode_is_checked_by_the_directions_of_the_messages_that_carry_it() =>
            Verifier.DiagnosticsAsync("""
                using System.Collections.Generic;
                using EtProtocolGen;

                [Message] public partial class MoveInfo { [Field(1)] public List<float> {|ETP0101:Points|} { get; set; } = new(); }
                [Message] public partial class UnitInfo { [Field(1)] public string {|ETP0111:Name|} { get; set; } = ""; [Field(2)] public StatInfo Stats { get; set; } = new(); }
                [Message] public partial class StatInfo { [Field(1)] public List<int> {|ETP0111:Values|} { get; set; } = new(); }
                [Message] public partial class ShardInfo { [Field(1)] public string Host { get; set; } = ""; }
                [Message] public partial class Orphan { [Field(1)] public string {|ETP0101:Text|} { get; set; } = ""; }

                [Message(1), Authorize]
                public partial class C2M_Move : IMessage { [Field(1)] public MoveInfo Move { get; set; } = new(); }

                [Message(2)]
                public partial class M2C_CreateUnits : IMessage { [Field(1), MaxLength(64)] public List<UnitInfo> Units { get; set; } = new(); [Field(2)] public MoveInfo Move { get; set; } = new(); }

                [Message(3, Scope = MessageScope.Inner)]
                public partial class G2M_Shards : IMessage { [Field(1)] public ShardInfo Shard { get; set; } = new(); }
                """);

        [Fact]
        public Task An_assembly_default_silences_ETP0111_too() =>
            Verifier.DiagnosticsAsync("""
                using EtProtocolGen;

                [assembly: ProtocolLimits(DefaultMaxLength = 4096)]

                [Message(1)]
                public partial class M2C_Notice : IMessage
                {
                    [Field(1)] public string Text { get; set; } = "";
                }
                """);

        [Fact]
        public Task The_fix_bounds_a_server_to_client_field_under_its_own_equivalence_key() =>
            Verifier.FixAsync<AddMaxLengthCodeFix>(
                """
                using System.Collections.Generic;
                using EtProtocolGen;

                [Message(1)]
                public partial class M2C_CreateUnits : IMessage
                {
                    [Field(1)] public List<long> {|ETP0111:UnitIds|} { get; set; } = new();
                    [Field(2)]
                    public string {|ETP0111:Map|} = "";
                }
                """,
                """
                using System.Collections.Generic;
                using EtProtocolGen;

                [Message(1)]
                public partial class M2C_CreateUnits : IMessage
                {
                    [Field(1), MaxLength(1024)] public List<long> UnitIds { get; set; } = new();
                    [Field(2), MaxLength(256)]
                    public string Map = "";
                }
                """,
                AddMaxLengthCodeFix.ServerEquivalenceKey);
    }
}
