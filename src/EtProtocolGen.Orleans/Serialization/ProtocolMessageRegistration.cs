using System;
using System.Collections.Generic;

namespace EtProtocolGen.Orleans.Serialization;

/// <summary>One generated registry's messages (<c>ProtocolRegistry.Messages</c>), as registered with the serializer builder.</summary>
public sealed class ProtocolMessageRegistration
{
    /// <summary>Wraps the descriptors of one registry.</summary>
    public ProtocolMessageRegistration(IReadOnlyList<MessageDescriptor> messages) =>
        Messages = messages ?? throw new ArgumentNullException(nameof(messages));

    /// <summary>The registry's messages.</summary>
    public IReadOnlyList<MessageDescriptor> Messages { get; }
}
