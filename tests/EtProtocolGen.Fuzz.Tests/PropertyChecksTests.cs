using System;
using EtProtocolGen.Fuzz.Properties;
using EtProtocolGen.Fuzz.Protocol;
using EtProtocolGen.Fuzz.Targets;

namespace EtProtocolGen.Fuzz.Tests
{
    /// <summary>The property checks catch what they exist to catch: decoders broken on purpose, one property at a time.</summary>
    public sealed class PropertyChecksTests
    {
        private static readonly byte[] Input = { 0x08, 0x01 };

        [Fact]
        public void A_decoder_that_accepts_and_round_trips_passes()
        {
            Target(bytes => new FakeMessage(bytes)).Run(Input);
        }

        [Fact]
        public void TryParse_throwing_is_a_violation()
        {
            var target = new DecoderTarget<FakeMessage>(
                "fake",
                new MessageCodec<FakeMessage>(_ => throw new IndexOutOfRangeException(), Throws, (ReadOnlySpan<byte> _, out FakeMessage m, out ProtocolError e) => throw new IndexOutOfRangeException()),
                () => Array.Empty<System.Collections.Generic.KeyValuePair<string, byte[]>>());

            PropertyViolationException violation = Assert.Throws<PropertyViolationException>(() => target.Run(Input));
            Assert.Equal("try-parse-never-throws", violation.Property);
        }

        [Fact]
        public void Parse_throwing_anything_but_ProtocolException_is_a_violation()
        {
            var target = new DecoderTarget<FakeMessage>(
                "fake",
                new MessageCodec<FakeMessage>(_ => throw new ArgumentOutOfRangeException(), Throws, Refuses),
                () => Array.Empty<System.Collections.Generic.KeyValuePair<string, byte[]>>());

            PropertyViolationException violation = Assert.Throws<PropertyViolationException>(() => target.Run(Input));
            Assert.Equal("only-protocol-exception", violation.Property);
        }

        [Fact]
        public void Allocating_by_a_declared_length_is_a_violation()
        {
            // The "decoder" trusts a length of 16 MB that two input bytes claim.
            PropertyViolationException violation = Assert.Throws<PropertyViolationException>(
                () => Target(bytes => new FakeMessage(new byte[16 * 1024 * 1024].AsSpan(0, bytes.Length).ToArray())).Run(Input));
            Assert.Equal("bounded-allocation", violation.Property);
        }

        [Fact]
        public void An_encoding_that_changes_on_every_round_trip_is_a_violation()
        {
            // Each decode appends a byte: encode(decode(encode(decode(x)))) is one byte longer than encode(decode(x)).
            PropertyViolationException violation = Assert.Throws<PropertyViolationException>(
                () => Target(bytes => new FakeMessage(Append(bytes, 0x00))).Run(Input));
            Assert.Equal("round-trip", violation.Property);
        }

        [Fact]
        public void The_budget_is_linear_in_the_input_with_a_fixed_allowance()
        {
            Assert.Equal(AllocationBudget.FixedBytes, AllocationBudget.For(0));
            Assert.Equal(AllocationBudget.FixedBytes + (100 * AllocationBudget.BytesPerInputByte), AllocationBudget.For(100));
            AllocationBudget.Check("fake", "step", 100, AllocationBudget.For(100));
            Assert.Throws<PropertyViolationException>(() => AllocationBudget.Check("fake", "step", 100, AllocationBudget.For(100) + 1));
        }

        [Fact]
        public void The_authorization_oracle_reads_the_attributes()
        {
            Assert.Equal(AuthorizationRule.Anonymous, AuthorizationOracle.RuleFor(typeof(C2G_LoginGate)));
            Assert.Equal(AuthorizationRule.Authenticated, AuthorizationOracle.RuleFor(typeof(C2C_SendChatInfo)));
            Assert.Equal(AuthorizationRule.Authenticated, AuthorizationOracle.RuleFor(typeof(C2M_UseItem)));
            Assert.Equal(AuthorizationRule.DeniedByDefault, AuthorizationOracle.RuleFor(typeof(C2G_Emote)));
            Assert.Equal(MessageScope.Inner, AuthorizationOracle.ScopeOf(typeof(S2M_GrantItem)));
        }

        private static DecoderTarget<FakeMessage> Target(Func<byte[], FakeMessage> decode) =>
            new DecoderTarget<FakeMessage>(
                "fake",
                new MessageCodec<FakeMessage>(
                    data => decode(data.ToArray()),
                    (in System.Buffers.ReadOnlySequence<byte> data) => decode(System.Buffers.BuffersExtensions.ToArray(data)),
                    (ReadOnlySpan<byte> data, out FakeMessage message, out ProtocolError error) =>
                    {
                        message = decode(data.ToArray());
                        error = ProtocolError.None;
                        return true;
                    }),
                () => Array.Empty<System.Collections.Generic.KeyValuePair<string, byte[]>>());

        private static FakeMessage Throws(in System.Buffers.ReadOnlySequence<byte> data) => throw new ProtocolException(ProtocolError.Truncated);

        private static bool Refuses(ReadOnlySpan<byte> data, out FakeMessage message, out ProtocolError error)
        {
            message = null!;
            error = ProtocolError.Truncated;
            return false;
        }

        private static byte[] Append(byte[] bytes, byte value)
        {
            var result = new byte[bytes.Length + 1];
            bytes.CopyTo(result, 0);
            result[bytes.Length] = value;
            return result;
        }
    }
}
