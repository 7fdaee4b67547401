using System;
using System.Collections.Generic;

namespace EtProtocolGen.Orleans.Serialization;

/// <summary>
/// The generated message types the codec serializes: every <see cref="MessageDescriptor"/> of the registries registered with
/// <see cref="SerializerBuilderExtensions.AddEtProtocolGen"/>, by type and by opcode. An opcode on the wire is looked up here,
/// so a peer can name only a registered message type, never an arbitrary .NET type.
/// </summary>
public sealed class ProtocolMessageTypes
{
    private readonly Dictionary<Type, MessageDescriptor> _byType = new();
    private readonly Dictionary<ushort, MessageDescriptor> _byOpcode = new();

    /// <summary>Indexes the descriptors of every registration.</summary>
    /// <exception cref="InvalidOperationException">Two registered message types share an opcode.</exception>
    public ProtocolMessageTypes(IEnumerable<ProtocolMessageRegistration> registrations)
    {
        ArgumentNullException.ThrowIfNull(registrations);
        foreach (ProtocolMessageRegistration registration in registrations)
        {
            foreach (MessageDescriptor descriptor in registration.Messages)
            {
                if (_byOpcode.TryGetValue(descriptor.Opcode, out MessageDescriptor? existing))
                {
                    if (existing.MessageType != descriptor.MessageType)
                    {
                        throw new InvalidOperationException(
                            "Opcode " + descriptor.Opcode + " is registered for both " + existing.MessageType.FullName + " and " + descriptor.MessageType.FullName + ".");
                    }

                    continue;
                }

                _byOpcode.Add(descriptor.Opcode, descriptor);
                _byType.Add(descriptor.MessageType, descriptor);
            }
        }
    }

    /// <summary>How many message types are registered.</summary>
    public int Count => _byOpcode.Count;

    /// <summary>The descriptor of <paramref name="messageType"/>, or null when it is not a registered message type.</summary>
    public MessageDescriptor? Find(Type messageType) => _byType.GetValueOrDefault(messageType);

    /// <summary>The descriptor of the message with <paramref name="opcode"/>, or null.</summary>
    public MessageDescriptor? Find(ushort opcode) => _byOpcode.GetValueOrDefault(opcode);
}
