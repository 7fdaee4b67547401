using System.Threading.Tasks;
using EtProtocolGen.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verifier = EtProtocolGen.Analyzers.Tests.Infrastructure.Verify<EtProtocolGen.Analyzers.GeneratedMemberCollisionAnalyzer>;

namespace EtProtocolGen.Analyzers.Tests
{
    public class GeneratedMemberCollisionAnalyzerTests
    {
        [Fact]
        public Task A_forwarding_envelope_field_named_Opcode_is_reported_with_the_generated_member_it_collides_with() =>
            Verifier.DiagnosticsAsync(
                """
                using EtProtocolGen;

                [Message(1), Authorize]
                public partial class A2M_Forward : IMessage
                {
                    [Field(1)] public ushort Opcode { get; set; }
                    [Field(2)] public byte[] Payload { get; set; } = System.Array.Empty<byte>();
                }
                """,
                Verifier.Diagnostic(DiagnosticDescriptors.GeneratedMemberCollision).WithSpan(6, 30, 6, 36)
                    .WithArguments("Opcode", "of message 'A2M_Forward'", "public const ushort Opcode", "A2M_Forward"));

        [Fact]
        public Task Members_named_like_generated_ones_are_reported_unless_they_are_overloads() =>
            Verifier.DiagnosticsAsync("""
                using System;
                using System.Buffers;
                using EtProtocolGen;

                [Message(1), Authorize]
                public partial class C2M_Move : IMessage
                {
                    [Field(1)] public int X { get; set; }

                    public void {|ETP0007:WriteTo|}(IBufferWriter<byte> target) { }
                    public void WriteTo(System.IO.Stream stream) { }
                    public static C2M_Move {|ETP0007:Parse|}(ReadOnlySpan<byte> bytes) => new C2M_Move();
                    public static C2M_Move Parse(string text) => new C2M_Move();
                    public bool TryParse(string text) => false;
                    public int {|ETP0007:Validate|} { get; set; }
                }

                [Message(2), Authorize]
                public partial class C2M_Stop : IMessage
                {
                    public class {|ETP0007:ReadFrom|} { }
                }
                """);

        [Fact]
        public Task The_partial_OnValidate_hook_is_expected_and_any_other_OnValidate_with_its_parameters_is_reported() =>
            Verifier.DiagnosticsAsync("""
                using EtProtocolGen;

                [Message(1), Authorize]
                public partial class C2M_Hooked : IMessage
                {
                    partial void {|CS0759:OnValidate|}(ref ValidationResult result) { }
                }

                [Message(2), Authorize]
                public partial class C2M_NotPartial : IMessage
                {
                    private void {|ETP0007:OnValidate|}(ref ValidationResult result) { }
                }

                [Message(3), Authorize]
                public partial class C2M_Overload : IMessage
                {
                    private void OnValidate(string reason) { }
                }
                """);

        [Fact]
        public Task An_inherited_member_the_generated_one_would_hide_is_reported_on_the_message() =>
            Verifier.DiagnosticsAsync(
                """
                using EtProtocolGen;

                public abstract class MessageObject
                {
                    public virtual int CalculateSize() => 0;
                    private int Opcode => 0;
                }

                [Message(1), Authorize]
                public partial class C2M_Move : MessageObject, IMessage
                {
                    [Field(1)] public int X { get; set; }
                }
                """,
                Verifier.Diagnostic(DiagnosticDescriptors.GeneratedMemberCollision).WithSpan(10, 22, 10, 30)
                    .WithArguments("CalculateSize", "inherited from 'MessageObject'", "public int CalculateSize()", "C2M_Move"));

        [Fact]
        public Task Types_that_are_not_messages_may_use_the_names() =>
            Verifier.DiagnosticsAsync("""
                using EtProtocolGen;

                public class Envelope
                {
                    public ushort Opcode { get; set; }
                    public static Envelope Parse(System.ReadOnlySpan<byte> data) => new Envelope();
                }
                """);

        [Fact]
        public Task The_generators_own_members_are_not_reported()
        {
            var test = new ProtocolTest<GeneratedMemberCollisionAnalyzer, EmptyCodeFixProvider>();
            test.TestState.Sources.Add(("/0/Protocol.cs", """
                using EtProtocolGen;

                [Message(1), Authorize]
                public partial class C2M_Move : IMessage
                {
                    [Field(1)] public int X { get; set; }
                }
                """));
            test.TestState.Sources.Add(("/0/EtProtocolGen.Generator/EtProtocolGen.Generator.MessageGenerator/C2M_Move.g.cs", """
                // <auto-generated/>
                public partial class C2M_Move
                {
                    public const ushort Opcode = 1;
                    public int CalculateSize() => 0;
                    public EtProtocolGen.ValidationResult Validate() => EtProtocolGen.ValidationResult.Success;
                    partial void OnValidate(ref EtProtocolGen.ValidationResult result);
                }
                """));
            return test.RunAsync();
        }
    }
}
