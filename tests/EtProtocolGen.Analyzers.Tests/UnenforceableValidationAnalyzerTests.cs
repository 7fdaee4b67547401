using System.Threading.Tasks;
using EtProtocolGen.CodeFixes;
using Xunit;
using Verifier = EtProtocolGen.Analyzers.Tests.Infrastructure.Verify<EtProtocolGen.Analyzers.UnenforceableValidationAnalyzer>;

namespace EtProtocolGen.Analyzers.Tests
{
    public class UnenforceableValidationAnalyzerTests
    {
        [Fact]
        public Task Rules_on_types_they_do_not_apply_to_are_errors_at_the_attribute() =>
            Verifier.DiagnosticsAsync("""
                using System.Collections.Generic;
                using EtProtocolGen;

                public enum Color { None, Red }

                [Message(2)] public partial class Item : IMessage { [Field(1)] public int Id { get; set; } }
                [Message(3)] public partial struct Point : IMessage { [Field(1)] public int X { get; set; } }

                [Message(20001, Scope = MessageScope.Outer), Authorize]
                public partial class C2G_Name : IMessage
                {
                    [Field(1), {|ETP0016:Range(1, 10)|}, MaxLength(64)] public string Name { get; set; } = "";
                    [Field(2), Required] public int Level { get; set; }
                    [Field(3), {|ETP0016:MinLength(3)|}] public int Count { get; set; }
                    [Field(4), {|ETP0016:MaxLength(4)|}] public long Score { get; set; }
                    [Field(5), {|ETP0016:MaxLength(4)|}, {|ETP0016:MinLength(1)|}] public int? Slot { get; set; }
                    [Field(6), {|ETP0016:Range(0, 1)|}] public bool Flag { get; set; }
                    [Field(7), {|ETP0016:Range(0, 1)|}] public Color Color { get; set; }
                    [Field(8), {|ETP0016:Range(0, 9)|}] public Dictionary<int, int> Stats { get; set; } = new();
                    [Field(9), {|ETP0016:MaxLength(2)|}] public Item? Item { get; set; }
                    [Field(10), {|ETP0016:MinLength(2)|}] public Point Where { get; set; }
                    [Field(11), {|ETP0016:Range(0, 9)|}] public byte[] Blob { get; set; } = new byte[0];
                    [Field(12), {|ETP0016:Range(0, 9)|}] public List<string> Tags { get; set; } = new();
                }
                """);

        [Fact]
        public Task Rules_on_the_types_they_apply_to_are_not_reported() =>
            Verifier.DiagnosticsAsync("""
                using System;
                using System.Collections.Generic;
                using EtProtocolGen;

                public enum Color { None, Red }

                [Message(2)] public partial class Item : IMessage { [Field(1)] public int Id { get; set; } }
                [Message(3)] public partial struct Point : IMessage { [Field(1)] public int X { get; set; } }

                [Message(1), Authorize]
                public partial class C2M_All : IMessage
                {
                    [Field(1), Required, MinLength(1), MaxLength(16)] public string Name { get; set; } = "";
                    [Field(2), Required, MinLength(1), MaxLength(16)] public byte[] Blob { get; set; } = new byte[0];
                    [Field(3), Required, MinLength(1), MaxLength(16)] public ReadOnlyMemory<byte> Memory { get; set; }
                    [Field(4), Required, MinLength(1), MaxLength(16), Range(-5, 5)] public List<int> Numbers { get; set; } = new();
                    [Field(5), Required, MinLength(1), MaxLength(16), Range(0.5, 1.5)] public double[] Ratios { get; set; } = new double[0];
                    [Field(6), Required, MinLength(1), MaxLength(16)] public Dictionary<string, Item> Items { get; set; } = new();
                    [Field(7), Required, MinLength(1), MaxLength(16)] public List<string> Tags { get; set; } = new();
                    [Field(8), Required, Range(1, 100)] public int Level { get; set; }
                    [Field(9), Required, Range(0, 255)] public byte Small { get; set; }
                    [Field(10), Required, Range(1, 2)] public ulong Big { get; set; }
                    [Field(11), Required, Range(-1.5, 1.5)] public float Angle { get; set; }
                    [Field(12), Required, Range(1, 10)] public int? Slot { get; set; }
                    [Field(13), Required] public bool Flag { get; set; }
                    [Field(14), Required] public Color Color { get; set; }
                    [Field(15), Required] public Item? Item { get; set; }
                    [Field(16), Required] public Point Where { get; set; }
                    [Field(17), Range(0, 1000)] public byte Overlapping { get; set; }
                    [Field(18), Range(0.5, 2)] public int MixedBounds { get; set; }
                }
                """);

        [Fact]
        public Task Arguments_that_check_nothing_or_refuse_everything_are_errors() =>
            Verifier.DiagnosticsAsync("""
                using EtProtocolGen;

                [Message(1), Authorize]
                public partial class C2M_Bad : IMessage
                {
                    [Field(1), {|ETP0017:MaxLength(0)|}] public string A { get; set; } = "";
                    [Field(2), {|ETP0017:MaxLength(-1)|}] public byte[] B { get; set; } = new byte[0];
                    [Field(3), {|ETP0017:MinLength(0)|}, MaxLength(8)] public string C { get; set; } = "";
                    [Field(4), {|ETP0017:MinLength(10)|}, MaxLength(5)] public string D { get; set; } = "";
                    [Field(5), {|ETP0017:Range(10, 1)|}] public int E { get; set; }
                    [Field(6), {|ETP0017:Range(double.NaN, 1.0)|}] public double F { get; set; }
                    [Field(7), {|ETP0017:Range(300, 400)|}] public byte G { get; set; }
                    [Field(8), {|ETP0017:Range(-5, -1)|}] public uint H { get; set; }
                    [Field(9), {|ETP0017:Range(2.5, 1.5)|}] public float I { get; set; }
                }
                """);

        [Fact]
        public Task The_messages_name_the_attribute_the_field_the_type_and_the_reason() =>
            Verifier.DiagnosticsAsync(
                """
                using EtProtocolGen;

                [Message(1), Authorize]
                public partial class C2M_Name : IMessage
                {
                    [Field(1), Range(1, 10)] public string Name { get; set; } = "";
                    [Field(2), MinLength(10), MaxLength(5)] public string Title { get; set; } = "";
                }
                """,
                Verifier.Diagnostic(DiagnosticDescriptors.InapplicableValidation).WithSpan(6, 16, 6, 28)
                    .WithArguments("[Range]", "Name", "C2M_Name", "string", "it applies to numbers, nullable numbers, and lists and arrays of numbers"),
                Verifier.Diagnostic(DiagnosticDescriptors.InvalidValidationArguments).WithSpan(7, 16, 7, 29)
                    .WithArguments("[MinLength(10)]", "Title", "C2M_Name", "it is above the field's [MaxLength(5)], so no value passes"));

        [Fact]
        public Task Only_the_runtime_attributes_count_and_fields_of_unsupported_types_are_left_to_ETP0004() =>
            Verifier.DiagnosticsAsync("""
                using System;
                using EtProtocolGen;

                namespace Other
                {
                    [AttributeUsage(AttributeTargets.Property)] public sealed class RangeAttribute : Attribute { public RangeAttribute(int a, int b) { } }
                }

                [Message(1), Authorize]
                public partial class C2M_Name : IMessage
                {
                    [Field(1), Other.Range(1, 10)] public string Name { get; set; } = "";
                    [Field(2), MaxLength(3)] public object? Unsupported { get; set; }
                    public int NotAField { get; set; }
                }
                """);

        [Fact]
        public Task The_fix_removes_the_attribute_from_its_list_or_the_list_with_its_line() =>
            Verifier.FixAsync<RemoveInapplicableValidationCodeFix>(
                """
                using EtProtocolGen;

                [Message(1), Authorize]
                public partial class C2M_Name : IMessage
                {
                    [Field(1),  {|ETP0016:Range(1, 10)|} , MaxLength(64)] public string Name { get; set; } = "";

                    /// <summary>The player's level.</summary>
                    [{|ETP0016:MaxLength(3)|}]
                    [Field(2)]
                    public int Level { get; set; }

                    [Field(3)]
                        [{|ETP0016:MinLength(1)|}]   // ignored
                    public bool Ready;
                }
                """,
                """
                using EtProtocolGen;

                [Message(1), Authorize]
                public partial class C2M_Name : IMessage
                {
                    [Field(1),  MaxLength(64)] public string Name { get; set; } = "";

                    /// <summary>The player's level.</summary>
                    [Field(2)]
                    public int Level { get; set; }

                    [Field(3)]
                    public bool Ready;
                }
                """,
                RemoveInapplicableValidationCodeFix.EquivalenceKey);

        [Fact]
        public Task Fix_All_removes_two_attributes_of_one_list() =>
            Verifier.FixAsync<RemoveInapplicableValidationCodeFix>(
                """
                using EtProtocolGen;

                [Message(1), Authorize]
                public partial class C2M_Flag : IMessage
                {
                    [Field(1), {|ETP0016:MinLength(1)|}, Required, {|ETP0016:Range(0, 1)|}] public bool Flag { get; set; }
                }
                """,
                """
                using EtProtocolGen;

                [Message(1), Authorize]
                public partial class C2M_Flag : IMessage
                {
                    [Field(1), Required] public bool Flag { get; set; }
                }
                """,
                RemoveInapplicableValidationCodeFix.EquivalenceKey);
    }
}
