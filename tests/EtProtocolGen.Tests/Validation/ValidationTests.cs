using System;
using System.Buffers;
using System.Collections.Generic;
using EtProtocolGen.Tests.Protocol;
using EtProtocolGen.Wire;
using Xunit;

namespace EtProtocolGen.Tests.Validation;

/// <summary>
/// The generated <c>Validate()</c> of every rule on every field shape it applies to, at both sides of each bound.
/// [Required] is checked against the encoder: it fails exactly for the values <c>WriteTo</c> does not write.
/// </summary>
public sealed class ValidationTests
{
    /// <summary>Each [Required] field of <see cref="RequiredFields"/> and a change that makes it absent.</summary>
    public static TheoryData<string, int> RequiredFieldNumbers => new()
    {
        { nameof(RequiredFields.Int32Value), 1 },
        { nameof(RequiredFields.UInt64Value), 2 },
        { nameof(RequiredFields.BoolValue), 3 },
        { nameof(RequiredFields.FloatValue), 4 },
        { nameof(RequiredFields.DoubleValue), 5 },
        { nameof(RequiredFields.Color), 6 },
        { nameof(RequiredFields.Text), 7 },
        { nameof(RequiredFields.Bytes), 8 },
        { nameof(RequiredFields.Memory), 9 },
        { nameof(RequiredFields.Child), 10 },
        { nameof(RequiredFields.Point), 11 },
        { nameof(RequiredFields.Optional), 12 },
        { nameof(RequiredFields.List), 13 },
        { nameof(RequiredFields.Array), 14 },
        { nameof(RequiredFields.Map), 15 },
    };

    private static readonly Dictionary<string, Action<RequiredFields>[]> MakeAbsent = new()
    {
        [nameof(RequiredFields.Int32Value)] = new Action<RequiredFields>[] { m => m.Int32Value = 0 },
        [nameof(RequiredFields.UInt64Value)] = new Action<RequiredFields>[] { m => m.UInt64Value = 0 },
        [nameof(RequiredFields.BoolValue)] = new Action<RequiredFields>[] { m => m.BoolValue = false },
        [nameof(RequiredFields.FloatValue)] = new Action<RequiredFields>[] { m => m.FloatValue = 0F, m => m.FloatValue = -0F },
        [nameof(RequiredFields.DoubleValue)] = new Action<RequiredFields>[] { m => m.DoubleValue = 0D, m => m.DoubleValue = -0D },
        [nameof(RequiredFields.Color)] = new Action<RequiredFields>[] { m => m.Color = Color.Red },
        [nameof(RequiredFields.Text)] = new Action<RequiredFields>[] { m => m.Text = "", m => m.Text = null! },
        [nameof(RequiredFields.Bytes)] = new Action<RequiredFields>[] { m => m.Bytes = Array.Empty<byte>(), m => m.Bytes = null! },
        [nameof(RequiredFields.Memory)] = new Action<RequiredFields>[] { m => m.Memory = ReadOnlyMemory<byte>.Empty },
        [nameof(RequiredFields.Child)] = new Action<RequiredFields>[] { m => m.Child = null },
        [nameof(RequiredFields.Point)] = new Action<RequiredFields>[] { m => m.Point = default },
        [nameof(RequiredFields.Optional)] = new Action<RequiredFields>[] { m => m.Optional = null },
        [nameof(RequiredFields.List)] = new Action<RequiredFields>[] { m => m.List = new List<int>(), m => m.List = null! },
        [nameof(RequiredFields.Array)] = new Action<RequiredFields>[] { m => m.Array = Array.Empty<string>(), m => m.Array = null! },
        [nameof(RequiredFields.Map)] = new Action<RequiredFields>[] { m => m.Map = new Dictionary<int, string>(), m => m.Map = null! },
    };

    private static RequiredFields AllPresent() => new()
    {
        Int32Value = -1,
        UInt64Value = ulong.MaxValue,
        BoolValue = true,
        FloatValue = float.Epsilon,
        DoubleValue = -2.5,
        Color = Color.Infrared,
        Text = "a",
        Bytes = new byte[] { 0 },
        Memory = new byte[] { 0 },
        Child = new Child(),
        Point = new Point { Y = 1 },
        Optional = 0,
        List = new List<int> { 0 },
        Array = new[] { "" },
        Map = new Dictionary<int, string> { [0] = "" },
    };

    [Fact]
    public void Every_required_field_present_is_valid_and_written()
    {
        RequiredFields message = AllPresent();

        Assert.True(message.Validate().IsValid);
        Assert.Equal(new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 }, WrittenFieldNumbers(message));
    }

    [Theory]
    [MemberData(nameof(RequiredFieldNumbers))]
    public void Required_fails_exactly_when_the_encoder_leaves_the_field_out(string field, int number)
    {
        foreach (Action<RequiredFields> makeAbsent in MakeAbsent[field])
        {
            RequiredFields message = AllPresent();
            makeAbsent(message);

            ValidationResult result = message.Validate();

            Assert.False(result.IsValid);
            Assert.Equal(field, result.MemberName);
            Assert.Equal("Required", result.Rule);
            Assert.DoesNotContain(number, WrittenFieldNumbers(message));
        }
    }

    [Theory]
    [InlineData(nameof(MinLengthFields.Text))]
    [InlineData(nameof(MinLengthFields.Bytes))]
    [InlineData(nameof(MinLengthFields.Memory))]
    [InlineData(nameof(MinLengthFields.List))]
    [InlineData(nameof(MinLengthFields.Array))]
    [InlineData(nameof(MinLengthFields.Map))]
    public void MinLength_passes_at_the_bound_and_fails_one_below_it_and_on_null(string field)
    {
        Assert.True(new MinLengthFields().Validate().IsValid);

        MinLengthFields shorter = new();
        switch (field)
        {
            case nameof(MinLengthFields.Text): shorter.Text = "a"; break;
            case nameof(MinLengthFields.Bytes): shorter.Bytes = new byte[] { 1 }; break;
            case nameof(MinLengthFields.Memory): shorter.Memory = new byte[] { 1 }; break;
            case nameof(MinLengthFields.List): shorter.List = new List<int> { 1 }; break;
            case nameof(MinLengthFields.Array): shorter.Array = new[] { 1 }; break;
            case nameof(MinLengthFields.Map): shorter.Map = new Dictionary<string, int> { ["a"] = 1 }; break;
        }

        Assert.Equal("Validation failed: " + field + " (MinLength)", shorter.Validate().ToString());

        MinLengthFields missing = new();
        switch (field)
        {
            case nameof(MinLengthFields.Text): missing.Text = null!; break;
            case nameof(MinLengthFields.Bytes): missing.Bytes = null!; break;
            case nameof(MinLengthFields.Memory): missing.Memory = default; break;
            case nameof(MinLengthFields.List): missing.List = null!; break;
            case nameof(MinLengthFields.Array): missing.Array = null!; break;
            case nameof(MinLengthFields.Map): missing.Map = null!; break;
        }

        Assert.Equal("Validation failed: " + field + " (MinLength)", missing.Validate().ToString());
    }

    [Fact]
    public void MinLength_counts_characters_not_bytes()
    {
        Assert.True(new MinLengthFields { Text = "地图" }.Validate().IsValid);
        Assert.False(new MinLengthFields { Text = "\u00e9" }.Validate().IsValid);
    }

    public static TheoryData<string, Action<RangeFields>, bool> RangeCases => new()
    {
        { "int at minimum", m => m.Int32Value = -10, true },
        { "int at maximum", m => m.Int32Value = 10, true },
        { "int below minimum", m => m.Int32Value = -11, false },
        { "int above maximum", m => m.Int32Value = 11, false },
        { "byte at minimum", m => m.ByteValue = 1, true },
        { "byte below minimum", m => m.ByteValue = 0, false },
        { "byte above maximum", m => m.ByteValue = 201, false },
        { "ulong at minimum", m => m.UInt64Value = 5, true },
        { "ulong at maximum", m => m.UInt64Value = long.MaxValue, true },
        { "ulong above long", m => m.UInt64Value = (ulong)long.MaxValue + 1, false },
        { "float at maximum", m => m.FloatValue = 1.5F, true },
        { "float above maximum", m => m.FloatValue = 1.5001F, false },
        { "float NaN", m => m.FloatValue = float.NaN, false },
        { "float infinity", m => m.FloatValue = float.NegativeInfinity, false },
        { "double at minimum", m => m.DoubleValue = 0.25, true },
        { "double below minimum", m => m.DoubleValue = 0.2499999, false },
        { "double NaN", m => m.DoubleValue = double.NaN, false },
        { "optional unset", m => m.Optional = null, true },
        { "optional at maximum", m => m.Optional = 3, true },
        { "optional above maximum", m => m.Optional = 4, false },
        { "list elements within", m => m.List = new List<long> { 0, 9, 5 }, true },
        { "list element above", m => m.List = new List<long> { 0, 10 }, false },
        { "list element below", m => m.List = new List<long> { -1 }, false },
        { "list null", m => m.List = null!, true },
        { "array elements within", m => m.Array = new[] { -0.5, 0.5 }, true },
        { "array element NaN", m => m.Array = new[] { 0, double.NaN }, false },
    };

    [Theory]
    [MemberData(nameof(RangeCases))]
    public void Range_includes_both_bounds_and_refuses_NaN(string reason, Action<RangeFields> change, bool valid)
    {
        Assert.True(new RangeFields().Validate().IsValid);
        var message = new RangeFields();
        change(message);

        ValidationResult result = message.Validate();

        Assert.True(valid == result.IsValid, reason + ": " + result);
        Assert.True(valid || result.Rule == "Range", reason + ": " + result);
    }

    private static List<int> WrittenFieldNumbers<T>(T message)
        where T : IWireMessage
    {
        var buffer = new ArrayBufferWriter<byte>();
        message.WriteTo(buffer);
        var numbers = new List<int>();
        var reader = new ProtoReader(buffer.WrittenSpan);
        uint tag;
        while ((tag = reader.ReadTag()) != 0)
        {
            numbers.Add((int)(tag >> 3));
            reader.SkipField(tag);
        }

        return numbers;
    }
}
