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
    }
}
