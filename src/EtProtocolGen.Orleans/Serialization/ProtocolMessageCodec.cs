using System;
using System.Buffers;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Serialization;
using Orleans.Serialization.Buffers;
using Orleans.Serialization.Cloning;
using Orleans.Serialization.Codecs;
using Orleans.Serialization.Serializers;
using Orleans.Serialization.WireProtocol;

namespace EtProtocolGen.Orleans.Serialization;

/// <summary>
/// The Orleans codec and copier for generated messages: a message crosses silos as its opcode and its protobuf bytes (the
/// generated <c>WriteTo</c>), and is decoded on arrival by the generated decoder of the type the opcode names, within the
/// message's declared limits. The opcode, not a .NET type name, says what the bytes are, so a peer can only ever make this
/// codec build a registered message type. Messages are copied (for calls inside one silo) the same way: encoded and decoded.
/// </summary>
/// <remarks>Registered by <see cref="SerializerBuilderExtensions.AddEtProtocolGen"/>, the generalized-codec pattern of Orleans' own JSON integration.</remarks>
[Alias(WellKnownAlias)]
public sealed class ProtocolMessageCodec : IGeneralizedCodec, IGeneralizedCopier, ITypeFilter
{
    /// <summary>The codec's well-known type alias, written in the field header instead of a type name.</summary>
    public const string WellKnownAlias = "etprotocolgen";

    private const uint OpcodeField = 0;
    private const uint PayloadField = 1;

    private static readonly Type SelfType = typeof(ProtocolMessageCodec);

    private readonly ProtocolMessageTypes _types;
    private readonly int _maxMessageSize;

    /// <summary>Creates the codec over the registered message types.</summary>
    public ProtocolMessageCodec(ProtocolMessageTypes types, IOptions<ProtocolCodecOptions> options)
    {
        _types = types ?? throw new ArgumentNullException(nameof(types));
        _maxMessageSize = (options ?? throw new ArgumentNullException(nameof(options))).Value.MaxMessageSize;
    }

    /// <inheritdoc />
    void IFieldCodec.WriteField<TBufferWriter>(ref Writer<TBufferWriter> writer, uint fieldIdDelta, Type? expectedType, object? value)
    {
        if (ReferenceCodec.TryWriteReferenceField(ref writer, fieldIdDelta, expectedType, value))
        {
            return;
        }

        var message = (IWireMessage)value!;
        writer.WriteFieldHeader(fieldIdDelta, expectedType, SelfType, WireType.TagDelimited);

        ReferenceCodec.MarkValueField(writer.Session);
        writer.WriteFieldHeaderExpected(OpcodeField, WireType.VarInt);
        writer.WriteVarUInt32(message.MessageOpcode);

        // The generated encoder writes straight into Orleans' buffer: no intermediate copy.
        int size = message.CalculateSize();
        ReferenceCodec.MarkValueField(writer.Session);
        writer.WriteFieldHeaderExpected(PayloadField, WireType.LengthPrefixed);
        writer.WriteVarUInt32((uint)size);
        writer.EnsureContiguous(size);
        if (!message.TryWriteTo(writer.WritableSpan, out int written) || written != size)
        {
            throw new InvalidOperationException("Message " + message.GetType().Name + " encoded to a size other than its CalculateSize().");
        }

        writer.AdvanceSpan(written);
        writer.WriteEndObject();
    }

    /// <inheritdoc />
    object? IFieldCodec.ReadValue<TInput>(ref Reader<TInput> reader, Field field)
    {
        if (field.IsReference)
        {
            return ReferenceCodec.ReadReference(ref reader, field.FieldType);
        }

        field.EnsureWireTypeTagDelimited();
        uint placeholder = ReferenceCodec.CreateRecordPlaceholder(reader.Session);
        MessageDescriptor? descriptor = null;
        IWireMessage? message = null;
        uint fieldId = 0;
        while (true)
        {
            Field header = reader.ReadFieldHeader();
            if (header.IsEndBaseOrEndObject)
            {
                break;
            }

            fieldId += header.FieldIdDelta;
            switch (fieldId)
            {
                case OpcodeField:
                    ReferenceCodec.MarkValueField(reader.Session);
                    uint opcode = reader.ReadVarUInt32();
                    descriptor = opcode <= ushort.MaxValue ? _types.Find((ushort)opcode) : null;
                    if (descriptor is null)
                    {
                        throw UnknownOpcode();
                    }

                    break;
                case PayloadField:
                    if (descriptor is null)
                    {
                        throw UnknownOpcode();
                    }

                    ReferenceCodec.MarkValueField(reader.Session);
                    message = Decode(ref reader, descriptor);
                    break;
                default:
                    reader.ConsumeUnknownField(header);
                    break;
            }
        }

        if (message is null)
        {
            throw new ProtocolException(ProtocolError.Truncated);
        }

        ReferenceCodec.RecordObject(reader.Session, message, placeholder);
        return message;
    }

    /// <inheritdoc />
    bool IGeneralizedCodec.IsSupportedType(Type type) => type == SelfType || _types.Find(type) is not null;

    /// <inheritdoc />
    [return: NotNullIfNotNull(nameof(input))]
    object? IDeepCopier.DeepCopy(object? input, CopyContext context)
    {
        if (input is null)
        {
            return null;
        }

        if (context.TryGetCopy(input, out object? existing) && existing is not null)
        {
            return existing;
        }

        var message = (IWireMessage)input;
        MessageDescriptor descriptor = _types.Find(input.GetType())
            ?? throw new InvalidOperationException(input.GetType().FullName + " is not a registered message type.");
        int size = message.CalculateSize();
        byte[] buffer = ArrayPool<byte>.Shared.Rent(size);
        try
        {
            if (!message.TryWriteTo(buffer, out int written) || !descriptor.TryParse(buffer.AsSpan(0, written), out IWireMessage? copy, out ProtocolError error))
            {
                throw new InvalidOperationException("Message " + descriptor.MessageType.Name + " did not survive its own encoding.");
            }

            context.RecordCopy(input, copy!);
            return copy!;
        }
        finally
        {
            buffer.AsSpan(0, size).Clear();
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <inheritdoc />
    bool IGeneralizedCopier.IsSupportedType(Type type) => _types.Find(type) is not null;

    /// <inheritdoc />
    bool? ITypeFilter.IsTypeAllowed(Type type) => _types.Find(type) is not null ? true : null;

    // An opcode no registered message type has: the value is out of the range this codec accepts.
    private static ProtocolException UnknownOpcode() => new(ProtocolError.ValueOutOfRange);

    private IWireMessage Decode<TInput>(ref Reader<TInput> reader, MessageDescriptor descriptor)
    {
        uint length = reader.ReadVarUInt32();

        // Checked against the codec's limit and the bytes actually left before any buffer is rented.
        if (length > (uint)_maxMessageSize || length > reader.Remaining)
        {
            throw new ProtocolException(ProtocolError.LimitExceeded);
        }

        IWireMessage? message;
        ProtocolError error;
        if (reader.TryReadBytes((int)length, out ReadOnlySpan<byte> contiguous))
        {
            if (!descriptor.TryParse(contiguous, out message, out error))
            {
                throw new ProtocolException(error);
            }

            return message!;
        }

        // The bytes span Orleans' buffer segments: a pooled copy, cleared before it goes back (it may hold secrets).
        byte[] buffer = ArrayPool<byte>.Shared.Rent((int)length);
        try
        {
            Span<byte> copy = buffer.AsSpan(0, (int)length);
            reader.ReadBytes(copy);
            if (!descriptor.TryParse(copy, out message, out error))
            {
                throw new ProtocolException(error);
            }

            return message!;
        }
        finally
        {
            buffer.AsSpan(0, (int)length).Clear();
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
