using System;
using System.Buffers;

namespace EtProtocolGen.Dispatch.Tests
{
    /// <summary>
    /// Each descriptor of the generated registry carries its message type's generated decoder (what EtProtocolGen.Orleans'
    /// codec decodes with, no reflection): it decodes its own type, within the type's limits, and agrees with
    /// <c>ProtocolRegistry.TryParse(opcode, ...)</c>.
    /// </summary>
    public sealed class RegistryDecoderTests
    {
        [Fact]
        public void Every_descriptor_decodes_its_own_message_type()
        {
            Assert.NotEmpty(ProtocolRegistry.Messages);
            foreach (MessageDescriptor descriptor in ProtocolRegistry.Messages)
            {
                var message = (IWireMessage)Activator.CreateInstance(descriptor.MessageType)!;
                var encoded = new ArrayBufferWriter<byte>();
                message.WriteTo(encoded);

                Assert.True(descriptor.TryParse(encoded.WrittenSpan, out IWireMessage? decoded, out ProtocolError error), descriptor + ": " + error);
                Assert.IsType(descriptor.MessageType, decoded);
                Assert.Equal(descriptor.Opcode, decoded!.MessageOpcode);
            }
        }

        [Fact]
        public void A_descriptor_refuses_what_the_registry_refuses_and_says_why()
        {
            MessageDescriptor announce = ProtocolRegistry.Find(C2G_Announce.Opcode)!;

            // Field 1 (Text) claims 2^31 bytes: refused from the length, before anything is allocated.
            byte[] lengthBomb = { 0x0A, 0xFF, 0xFF, 0xFF, 0xFF, 0x07 };

            Assert.False(announce.TryParse(lengthBomb, out IWireMessage? message, out ProtocolError error));
            Assert.Null(message);
            Assert.False(ProtocolRegistry.TryParse(C2G_Announce.Opcode, lengthBomb, out _, out ProtocolError registryError));
            Assert.Equal(registryError, error);
            Assert.NotEqual(ProtocolError.None, error);
        }
    }
}
