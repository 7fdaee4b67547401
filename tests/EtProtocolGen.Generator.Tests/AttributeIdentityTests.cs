using EtProtocolGen.Generator.Tests.Infrastructure;

namespace EtProtocolGen.Generator.Tests;

/// <summary>
/// The generator reads an attribute only when it is the runtime's own (namespace <c>EtProtocolGen</c>), matched by name and
/// namespace rather than by display string. Attributes with the same simple name elsewhere, such as DataAnnotations'
/// <c>[MaxLength]</c>, <c>[Required]</c> and <c>[Range]</c> that game projects already use, or a project's own <c>FieldAttribute</c>
/// in a sub-namespace, must neither add nor remove limits and fields.
/// </summary>
public sealed class AttributeIdentityTests : IClassFixture<AttributeIdentityTests.LookalikeProtocol>
{
    private const string Messages = """
        using EtProtocolGen;
        using Annotations = System.ComponentModel.DataAnnotations;

        namespace EtProtocolGen.Extensions
        {
            [System.AttributeUsage(System.AttributeTargets.Property)]
            public sealed class FieldAttribute : System.Attribute
            {
                public FieldAttribute(int number) => Number = number;

                public int Number { get; }
            }
        }

        namespace Game.Protocol
        {
            [Message(5001)]
            public partial class Profile
            {
                // DataAnnotations look-alikes: not limits of this protocol.
                [Field(1), Annotations.MaxLength(3), Annotations.Required] public string Nickname { get; set; } = "";
                [Field(2), Annotations.Range(1, 5)] public int Level { get; set; }

                // The runtime's own: enforced.
                [Field(3), EtProtocolGen.MaxLength(3)] public string Title { get; set; } = "";
                [Field(4), EtProtocolGen.Range(1, 5)] public int Rank { get; set; }

                // A project's own FieldAttribute in a sub-namespace: not a protocol field.
                [EtProtocolGen.Extensions.Field(5)] public int LocalOnly { get; set; }
            }
        }
        """;

    private const string Probe = """
        using System;
        using EtProtocolGen;
        using Game.Protocol;

        public static class Probe
        {
            public static string RoundTrip(string nickname, int level, string title, int rank, int localOnly)
            {
                var message = new Profile { Nickname = nickname, Level = level, Title = title, Rank = rank, LocalOnly = localOnly };
                var output = new System.Buffers.ArrayBufferWriter<byte>();
                try
                {
                    message.WriteTo(output);
                }
                catch (ProtocolException exception)
                {
                    return "encode: " + exception.Error;
                }

                byte[] data = output.WrittenSpan.ToArray();
                if (!Profile.TryParse(data, out Profile decoded, out ProtocolError error))
                {
                    return error.ToString();
                }

                return decoded.Nickname + "|" + decoded.Level + "|" + decoded.Title + "|" + decoded.Rank + "|" + decoded.LocalOnly + "|"
                    + (decoded.Validate().IsValid ? "valid" : "invalid");
            }

            public static string Decode(byte[] data) => Profile.TryParse(data, out _, out ProtocolError error) ? "decoded" : error.ToString();
        }
        """;

    private readonly LookalikeProtocol _protocol;

    public AttributeIdentityTests(LookalikeProtocol protocol) => _protocol = protocol;

    [Fact]
    public void DataAnnotations_look_alikes_add_no_limits()
    {
        // Nickname is longer than the DataAnnotations [MaxLength(3)] and Level outside its [Range(1, 5)]: both decode and validate.
        Assert.Equal("abcdef|9|abc|3|0|valid", _protocol.Call<string>("RoundTrip", "abcdef", 9, "abc", 3, 0));

        // An empty Nickname despite the DataAnnotations [Required].
        Assert.Equal("|1|abc|3|0|valid", _protocol.Call<string>("RoundTrip", "", 1, "abc", 3, 0));
    }

    [Fact]
    public void The_runtime_max_length_is_enforced_on_encode_and_on_decode()
    {
        Assert.Equal("encode: " + nameof(ProtocolError.LimitExceeded), _protocol.Call<string>("RoundTrip", "a", 1, "abcdef", 3, 0));

        // Title = 3, "abcd": one character over [MaxLength(3)], as another encoder could send it.
        Assert.Equal(nameof(ProtocolError.LimitExceeded), _protocol.Call<string>("Decode", new byte[] { 0x1A, 0x04, (byte)'a', (byte)'b', (byte)'c', (byte)'d' }));
        Assert.Equal("decoded", _protocol.Call<string>("Decode", new byte[] { 0x1A, 0x03, (byte)'a', (byte)'b', (byte)'c' }));
    }

    [Fact]
    public void The_runtime_range_is_checked_by_validate()
    {
        Assert.Equal("a|1|abc|9|0|invalid", _protocol.Call<string>("RoundTrip", "a", 1, "abc", 9, 0));
    }

    [Fact]
    public void A_field_attribute_of_another_namespace_is_not_a_protocol_field()
    {
        Assert.Equal("a|1|abc|3|0|valid", _protocol.Call<string>("RoundTrip", "a", 1, "abc", 3, 42));
    }

    public sealed class LookalikeProtocol : CompiledProtocol
    {
        public LookalikeProtocol()
            : base(Messages, Probe)
        {
        }
    }
}
