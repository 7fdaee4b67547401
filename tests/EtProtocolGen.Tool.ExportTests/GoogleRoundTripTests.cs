using System;
using System.Buffers;
using System.Linq;
using System.Reflection;
using CsCheck;
using EtProtocolGen.Tool.ExportTests.Infrastructure;
using Google.Protobuf;
using Xunit;

namespace EtProtocolGen.Tool.ExportTests
{
    /// <summary>
    /// The exported .proto files give a client in another language exactly our wire bytes: protoc compiled them to
    /// Google.Protobuf C# (this project's Protobuf items), and every message of the three exported protocols, filled with
    /// random values, goes Google.Protobuf -> bytes -> our generated Parse -> our WriteTo -> the same bytes -> Google.Protobuf
    /// -> the same message, and back. Where protobuf lets encoders choose (<see cref="GoogleMessages"/>), the bytes may differ
    /// but mean the same, and ours come back unchanged through Google.Protobuf. CsCheck prints the seed of a failing case.
    /// </summary>
    public sealed class GoogleRoundTripTests
    {
        public static TheoryData<string, string> Messages
        {
            get
            {
                var data = new TheoryData<string, string>();
                foreach (ExportedProtocol protocol in ExportedProtocol.All)
                {
                    foreach (Google.Protobuf.Reflection.MessageDescriptor message in protocol.Messages)
                    {
                        data.Add(protocol.Name, message.FullName);
                    }
                }

                return data;
            }
        }

        [Fact]
        public void Every_exported_message_is_one_of_ours_and_every_message_of_ours_is_exported()
        {
            foreach (ExportedProtocol protocol in ExportedProtocol.All)
            {
                var messages = new GoogleMessages(new Random(0), protocol.Ours, canonical: false);
                var exported = protocol.Messages.Select(descriptor => messages.OursType(descriptor)).ToList();
                Assert.DoesNotContain(null, exported);

                var declared = protocol.Ours.GetTypes().Where(type => type.GetCustomAttribute<MessageAttribute>() is not null);
                Assert.Empty(declared.Except(exported!));
            }
        }

        [Theory]
        [MemberData(nameof(Messages))]
        public void Google_Protobuf_and_EtProtocolGen_write_the_same_bytes_for_the_same_message(string protocolName, string messageName)
        {
            var trip = new RoundTrip(protocolName, messageName);
            Gen.Int.Sample(seed =>
            {
                Google.Protobuf.IMessage google = trip.Random(seed, canonical: true);
                byte[] googleBytes = google.ToByteArray();
                byte[] ourBytes = trip.ThroughOurs(googleBytes, google);

                Assert.True(googleBytes.AsSpan().SequenceEqual(ourBytes), "bytes differ for " + google + "\n google: " + Convert.ToHexString(googleBytes) + "\n ours:   " + Convert.ToHexString(ourBytes));
                Assert.Equal(google, trip.Descriptor.Parser.ParseFrom(ourBytes));
            }, iter: 200);
        }

        [Theory]
        [MemberData(nameof(Messages))]
        public void Where_encoders_may_choose_each_reads_the_others_bytes_as_the_same_message(string protocolName, string messageName)
        {
            var trip = new RoundTrip(protocolName, messageName);
            Gen.Int.Sample(seed =>
            {
                Google.Protobuf.IMessage google = trip.Random(seed, canonical: false);
                byte[] ourBytes = trip.ThroughOurs(google.ToByteArray(), google);
                Google.Protobuf.IMessage back = trip.Descriptor.Parser.ParseFrom(ourBytes);

                Assert.Equal(GoogleMessages.Normalized(google), GoogleMessages.Normalized(back));
                Assert.True(ourBytes.AsSpan().SequenceEqual(trip.ThroughOurs(back.ToByteArray(), back)), "our bytes changed on their way through Google.Protobuf: " + back);
            }, iter: 200);
        }

        /// <summary>One message of one protocol: its Google.Protobuf descriptor and our type's Parse and WriteTo.</summary>
        private sealed class RoundTrip
        {
            private readonly ExportedProtocol protocol;
            private readonly MethodInfo parse;
            private readonly MethodInfo write;

            public RoundTrip(string protocolName, string messageName)
            {
                protocol = ExportedProtocol.All.Single(candidate => candidate.Name == protocolName);
                Descriptor = protocol.Messages.Single(message => message.FullName == messageName);
                Type ours = new GoogleMessages(new Random(0), protocol.Ours, canonical: false).OursType(Descriptor)!;
                parse = ours.GetMethod("Parse", new[] { typeof(ReadOnlySequence<byte>).MakeByRefType() })!;
                write = ours.GetMethod("WriteTo", new[] { typeof(IBufferWriter<byte>) })!;
            }

            public Google.Protobuf.Reflection.MessageDescriptor Descriptor { get; }

            public Google.Protobuf.IMessage Random(int seed, bool canonical) =>
                new GoogleMessages(new Random(seed), protocol.Ours, canonical).Create(Descriptor);

            /// <summary>Our generated decoder reads <paramref name="bytes"/>, our encoder writes what it read.</summary>
            public byte[] ThroughOurs(byte[] bytes, Google.Protobuf.IMessage what)
            {
                object decoded;
                try
                {
                    decoded = parse.Invoke(null, new object[] { new ReadOnlySequence<byte>(bytes) })!;
                }
                catch (TargetInvocationException refused)
                {
                    throw new Xunit.Sdk.XunitException("our decoder refused " + what + ": " + refused.InnerException!.Message);
                }

                var output = new ArrayBufferWriter<byte>();
                write.Invoke(decoded, new object[] { output });
                return output.WrittenSpan.ToArray();
            }
        }
    }
}
