using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using EtProtocolGen.Tests.Infrastructure;
using EtProtocolGen.Tests.Protocol;
using EtProtocolGen.Wire;
using Xunit;

namespace EtProtocolGen.Tests.Encode;

/// <summary>
/// The generated encoder refuses exactly what the generated decoder refuses: a string, bytes, collection or map over its
/// [MaxLength] or [ProtocolLimits] default, and a message over the message size limit. At the limit both accept the same
/// bytes; one over it, <c>CalculateSize</c>, <c>CalculateSizeBound</c>, <c>WriteTo</c> and <c>TryWriteTo</c> throw
/// <see cref="ProtocolException"/> (<see cref="ProtocolError.LimitExceeded"/>, the field's number) and the decoder refuses
/// the same values sent by another encoder (here: the generated <c>WriteFields</c> alone, which checks nothing) with the same
/// error and field.
/// </summary>
public sealed class EncodeLimitTests
{
    /// <summary>Each bounded field of <see cref="Bounded"/>: its value at the limit, one over, and its number.</summary>
    public static TheoryData<string, Func<object>, Func<object>, int> BoundedFields => new()
    {
        { nameof(Bounded.Name), () => new string('n', 8), () => new string('n', 9), 1 },
        { nameof(Bounded.Name) + " (characters, not bytes)", () => new string('é', 8), () => new string('é', 9), 1 },
        { nameof(Bounded.Data), () => new byte[4], () => new byte[5], 2 },
        { nameof(Bounded.Memory), () => new ReadOnlyMemory<byte>(new byte[4]), () => new ReadOnlyMemory<byte>(new byte[5]), 3 },
        { nameof(Bounded.Numbers), () => Enumerable.Range(1, 3).ToList(), () => Enumerable.Range(1, 4).ToList(), 4 },
        { nameof(Bounded.Names), () => new List<string> { "a", "b", "c" }, () => new List<string> { "a", "b", "c", "d" }, 5 },
        { nameof(Bounded.Map), () => new Dictionary<int, int> { [1] = 1, [2] = 2 }, () => new Dictionary<int, int> { [1] = 1, [2] = 2, [3] = 3 }, 6 },
        { nameof(Bounded.IntArray), () => new[] { 1, 2, 3 }, () => new[] { 1, 2, 3, 4 }, 7 },
        { nameof(Bounded.Children), () => Children(3), () => Children(4), 8 },
        { nameof(Bounded.Doubles), () => new List<double> { 1, 2, 3 }, () => new List<double> { 1, 2, 3, 4 }, 9 },
    };

    /// <summary>
    /// Each field of <see cref="LimitsProtocol.Defaulted"/>, bounded only by the assembly's [ProtocolLimits] defaults, and the
    /// field number the decoder names: a map key or value over its bound is found inside the entry (key = 1, value = 2).
    /// </summary>
    public static TheoryData<string, Func<object>, Func<object>, int, int> DefaultedFields => new()
    {
        { nameof(LimitsProtocol.Defaulted.Text) + " (DefaultMaxStringLength 16)", () => new string('t', 16), () => new string('t', 17), 1, 1 },
        { nameof(LimitsProtocol.Defaulted.Data) + " (DefaultMaxLength 10)", () => new byte[10], () => new byte[11], 2, 2 },
        { nameof(LimitsProtocol.Defaulted.Memory) + " (DefaultMaxLength 10)", () => new ReadOnlyMemory<byte>(new byte[10]), () => new ReadOnlyMemory<byte>(new byte[11]), 3, 3 },
        { nameof(LimitsProtocol.Defaulted.Numbers) + " (DefaultMaxCollectionLength 4)", () => Enumerable.Range(1, 4).ToList(), () => Enumerable.Range(1, 5).ToList(), 4, 4 },
        { nameof(LimitsProtocol.Defaulted.Names) + " (element over DefaultMaxStringLength)", () => new List<string> { new('x', 16) }, () => new List<string> { new('x', 17) }, 5, 5 },
        { nameof(LimitsProtocol.Defaulted.Map) + " (key over DefaultMaxStringLength)", () => new Dictionary<string, string> { [new string('k', 16)] = "" }, () => new Dictionary<string, string> { [new string('k', 17)] = "" }, 6, 1 },
        { nameof(LimitsProtocol.Defaulted.Map) + " (value over DefaultMaxStringLength)", () => new Dictionary<string, string> { ["k"] = new string('v', 16) }, () => new Dictionary<string, string> { ["k"] = new string('v', 17) }, 6, 2 },
        { nameof(LimitsProtocol.Defaulted.Map) + " (entries over DefaultMaxCollectionLength)", () => Map(4), () => Map(5), 6, 6 },
        { nameof(LimitsProtocol.Defaulted.Blobs) + " (element over DefaultMaxLength)", () => new List<byte[]> { new byte[10] }, () => new List<byte[]> { new byte[11] }, 8, 8 },
        { nameof(LimitsProtocol.Defaulted.Values) + " (DefaultMaxCollectionLength 4)", () => new[] { 1, 2, 3, 4 }, () => new[] { 1, 2, 3, 4, 5 }, 9, 9 },
    };

    [Theory]
    [MemberData(nameof(BoundedFields))]
    public void A_declared_MaxLength_is_refused_by_the_encoder_exactly_where_the_decoder_refuses_it(string field, Func<object> atLimit, Func<object> overLimit, int number) =>
        AssertSameRule(Messages.Bounded, Property(field), atLimit, overLimit, number, number);

    [Theory]
    [MemberData(nameof(DefaultedFields))]
    public void An_assembly_default_is_refused_by_the_encoder_exactly_where_the_decoder_refuses_it(string field, Func<object> atLimit, Func<object> overLimit, int number, int decodedNumber) =>
        AssertSameRule(LimitsMessages.Defaulted, Property(field), atLimit, overLimit, number, decodedNumber);

    [Fact]
    public void A_nested_message_over_its_limits_makes_the_enclosing_message_refused()
    {
        var outer = new LimitsProtocol.Defaulted { Next = new LimitsProtocol.Defaulted { Text = new string('t', 17) } };

        AssertEncodeRefused(outer, fieldNumber: 1);
    }

    /// <summary>The message size limit (1 MiB by default): Parse refuses a larger message, so the encoder refuses to produce one.</summary>
    [Fact]
    public void The_message_size_limit_is_refused_by_the_encoder_exactly_where_Parse_refuses_it()
    {
        // Tag (1 byte) and length prefix (3 bytes for these lengths) around the bytes.
        var atLimit = new Blobs { Data = new byte[ProtocolLimitsAttribute.DefaultMaxMessageSize - 4] };
        var overLimit = new Blobs { Data = new byte[ProtocolLimitsAttribute.DefaultMaxMessageSize - 3] };

        Assert.Equal(ProtocolLimitsAttribute.DefaultMaxMessageSize, atLimit.CalculateSize());
        Messages.Blobs.Accepts(Encode(atLimit));
        Assert.True(atLimit.TryWriteTo(new byte[ProtocolLimitsAttribute.DefaultMaxMessageSize], out int written));
        Assert.Equal(ProtocolLimitsAttribute.DefaultMaxMessageSize, written);

        AssertEncodeRefused(overLimit, fieldNumber: 0);
        Assert.True(overLimit.CalculateSizeBound() > ProtocolLimitsAttribute.DefaultMaxMessageSize);
        byte[] larger = new byte[ProtocolLimitsAttribute.DefaultMaxMessageSize + 1];
        Messages.Blobs.Refuses(larger, ProtocolError.LimitExceeded, 0);
    }

    private static void AssertSameRule<T>(MessageApi<T> api, string property, Func<object> atLimit, Func<object> overLimit, int number, int decodedNumber)
        where T : IWireMessage, new()
    {
        // At the limit: the encoder writes what WriteFields alone writes, and the decoder accepts it.
        T bounded = With<T>(property, atLimit());
        byte[] bytes = Encode(bounded);
        Assert.Equal(Unchecked(bounded), bytes);
        api.Accepts(bytes);

        // One over: the encoder refuses, and the decoder refuses the same values from an encoder that checks nothing.
        T over = With<T>(property, overLimit());
        AssertEncodeRefused(over, number);
        api.Refuses(Unchecked(over), ProtocolError.LimitExceeded, decodedNumber);
    }

    /// <summary>What another encoder could send: the fields as <c>WriteFields</c> writes them, without the size passes' checks.</summary>
    private static byte[] Unchecked(IWireMessage message)
    {
        byte[] buffer = new byte[64 * 1024];
        var writer = new ProtoWriter(buffer);
        message.WriteFields(ref writer);
        return buffer.AsSpan(0, writer.Position).ToArray();
    }

    private static void AssertEncodeRefused(IWireMessage message, int fieldNumber)
    {
        AssertLimitExceeded(() => message.CalculateSize(), fieldNumber);
        AssertLimitExceeded(() => message.WriteTo(new ArrayBufferWriter<byte>()), fieldNumber);
        AssertLimitExceeded(() => message.TryWriteTo(new byte[2 * ProtocolLimitsAttribute.DefaultMaxMessageSize], out _), fieldNumber);
        if (fieldNumber != 0)
        {
            // The bound makes the field checks too, so WriteTo's path without a size pass refuses as well.
            MethodInfo bound = message.GetType().GetMethod("CalculateSizeBound")!;
            var refused = Assert.IsType<ProtocolException>(Assert.Throws<TargetInvocationException>(() => bound.Invoke(message, null)).InnerException);
            Assert.Equal(ProtocolError.LimitExceeded, refused.Error);
            Assert.Equal(fieldNumber, refused.FieldNumber);
        }
    }

    private static void AssertLimitExceeded(Action encode, int fieldNumber)
    {
        ProtocolException refused = Assert.Throws<ProtocolException>(encode);
        Assert.Equal(ProtocolError.LimitExceeded, refused.Error);
        Assert.Equal(fieldNumber, refused.FieldNumber);
    }

    private static T With<T>(string property, object value)
        where T : new()
    {
        var message = new T();
        typeof(T).GetProperty(property)!.SetValue(message, value);
        return message;
    }

    private static string Property(string field) => field.Split(' ')[0];

    private static byte[] Encode(IWireMessage message)
    {
        var output = new ArrayBufferWriter<byte>();
        message.WriteTo(output);
        return output.WrittenSpan.ToArray();
    }

    private static List<Child> Children(int count) => Enumerable.Range(1, count).Select(i => new Child { Id = i }).ToList();

    private static Dictionary<string, string> Map(int count) => Enumerable.Range(1, count).ToDictionary(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture), _ => "");
}
