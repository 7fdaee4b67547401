using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using EtProtocolGen.Orleans.Grains;
using EtProtocolGen.Orleans.Serialization;
using EtProtocolGen.Orleans.Tests.Generated;
using EtProtocolGen.Orleans.Tests.Infrastructure;
using EtProtocolGen.Orleans.Tests.Protocol;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace EtProtocolGen.Orleans.Tests;

/// <summary>The codec on Orleans' own serializer and copier, without a cluster.</summary>
public sealed class CodecTests
{
    [Fact]
    public void A_message_travels_as_its_own_protobuf_bytes_and_comes_back_equal()
    {
        Serializer serializer = CreateSerializer();
        var unit = new M2C_Unit { RpcId = 7, X = -12, Steps = 3, Name = "ann's unit", Silo = "silo-1", Caller = "ann" };

        byte[] wire = serializer.SerializeToArray<IWireMessage>(unit);
        var decoded = Assert.IsType<M2C_Unit>(serializer.Deserialize<IWireMessage>(wire));

        Assert.True(Contains(wire, Encode(unit)), "the generated encoding travels unchanged inside Orleans' field");
        Assert.DoesNotContain(typeof(M2C_Unit).FullName!, System.Text.Encoding.UTF8.GetString(wire), StringComparison.Ordinal);
        Assert.Equal(unit.ToString(), decoded.ToString());
    }

    [Fact]
    public void Struct_messages_and_messages_inside_Orleans_types_round_trip()
    {
        Serializer serializer = CreateSerializer();
        var reply = new ProtocolReply(DispatchStatus.Handled, ErrorCodes.Success, new M2C_Unit { RpcId = 1, X = 2 }, new IWireMessage[] { new M2C_Walked { X = 5, Steps = 1 }, new C2C_Note { Text = "hi" } });

        ProtocolReply copy = serializer.Deserialize<ProtocolReply>(serializer.SerializeToArray(reply))!;

        Assert.Equal(DispatchStatus.Handled, copy.Status);
        Assert.Equal(2, Assert.IsType<M2C_Unit>(copy.Response).X);
        Assert.Equal(5, Assert.IsType<M2C_Walked>(copy.Pushes[0]).X);
        Assert.Equal("hi", Assert.IsType<C2C_Note>(copy.Pushes[1]).Text);
    }

    [Fact]
    public void A_message_is_decoded_within_its_declared_limits_on_arrival()
    {
        // A sender that does not check (another build, a hostile silo) writes C2C_Note's opcode with a 17-character Text;
        // [MaxLength(8)] on Text: the receiver's generated decoder refuses it.
        Serializer sender = CreateSerializer(messages: new[] { RawMessage.Descriptor(C2C_Note.Opcode) });
        byte[] text = System.Text.Encoding.UTF8.GetBytes("longer than eight");
        byte[] wire = sender.SerializeToArray<IWireMessage>(new RawMessage(C2C_Note.Opcode, new byte[] { 0x0A, (byte)text.Length }.Concat(text).ToArray()));

        var refused = Assert.IsType<ProtocolException>(Record(() => CreateSerializer().Deserialize<IWireMessage>(wire)));
        Assert.Equal(ProtocolError.LimitExceeded, refused.Error);
    }

    [Fact]
    public void A_length_past_the_codec_limit_is_refused_before_anything_is_rented()
    {
        byte[] wire = CreateSerializer().SerializeToArray<IWireMessage>(new M2C_Unit { Name = "0123456789" });
        Serializer strict = CreateSerializer(options => options.MaxMessageSize = 8);

        var refused = Assert.IsType<ProtocolException>(Record(() => strict.Deserialize<IWireMessage>(wire)));
        Assert.Equal(ProtocolError.LimitExceeded, refused.Error);
    }

    [Fact]
    public void An_opcode_the_receiver_has_not_registered_is_refused()
    {
        byte[] wire = CreateSerializer().SerializeToArray<IWireMessage>(new M2C_Walked { X = 1 });
        Serializer withoutWalked = CreateSerializer(messages: ProtocolRegistry.Messages.Where(message => message.Opcode != M2C_Walked.Opcode).ToList());

        var refused = Assert.IsType<ProtocolException>(Record(() => withoutWalked.Deserialize<IWireMessage>(wire)));
        Assert.Equal(ProtocolError.ValueOutOfRange, refused.Error);
    }

    [Fact]
    public void Copies_are_new_instances_with_equal_content()
    {
        ServiceProvider services = CreateServices();
        DeepCopier copier = services.GetRequiredService<DeepCopier>();
        var unit = new M2C_Unit { RpcId = 9, X = 4, Name = "copy me" };

        M2C_Unit copy = copier.Copy(unit);

        Assert.NotSame(unit, copy);
        Assert.Equal(unit.ToString(), copy.ToString());
    }

    [Fact]
    public void Two_registries_that_give_one_opcode_to_different_types_are_refused()
    {
        MessageDescriptor walk = ProtocolRegistry.Find(C2M_Walk.Opcode)!;
        var impostor = new MessageDescriptor(walk.Opcode, typeof(M2C_Walked), MessageScope.Outer, MessageDirection.ServerToClient, null, false, false, ProtocolRegistry.Find(M2C_Walked.Opcode)!.TryParse);

        Assert.Throws<InvalidOperationException>(() => new ProtocolMessageTypes(new[]
        {
            new ProtocolMessageRegistration(ProtocolRegistry.Messages),
            new ProtocolMessageRegistration(new[] { impostor }),
        }));
    }

    [Fact]
    public void The_codec_claims_registered_message_types_only()
    {
        var types = new ProtocolMessageTypes(new[] { new ProtocolMessageRegistration(ProtocolRegistry.Messages) });

        Assert.Equal(ProtocolRegistry.Messages.Count, types.Count);
        Assert.NotNull(types.Find(typeof(C2M_Walk)));
        Assert.Null(types.Find(typeof(string)));
        Assert.Null(types.Find(typeof(ProtocolReply)));
    }

    private static Serializer CreateSerializer(Action<ProtocolCodecOptions>? configure = null, IReadOnlyList<MessageDescriptor>? messages = null) =>
        CreateServices(configure, messages).GetRequiredService<Serializer>();

    private static ServiceProvider CreateServices(Action<ProtocolCodecOptions>? configure = null, IReadOnlyList<MessageDescriptor>? messages = null)
    {
        var services = new ServiceCollection();
        services.AddSerializer(serializer => serializer.AddEtProtocolGen(messages ?? ProtocolRegistry.Messages, configure));
        return services.BuildServiceProvider();
    }

    private static byte[] Encode(IWireMessage message)
    {
        var output = new ArrayBufferWriter<byte>();
        message.WriteTo(output);
        return output.WrittenSpan.ToArray();
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;

    // Orleans may wrap a codec's exception; the test wants the codec's own.
    private static Exception? Record(Action action)
    {
        Exception? thrown = global::Xunit.Record.Exception(action);
        while (thrown is not null and not ProtocolException && thrown.InnerException is not null)
        {
            thrown = thrown.InnerException;
        }

        return thrown;
    }
}
