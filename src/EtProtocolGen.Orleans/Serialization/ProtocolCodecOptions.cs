using System;

namespace EtProtocolGen.Orleans.Serialization;

/// <summary>Limits of the Orleans codec for generated messages.</summary>
public sealed class ProtocolCodecOptions
{
    private int _maxMessageSize = ProtocolLimitsAttribute.DefaultMaxMessageSize;

    /// <summary>
    /// The largest encoded message the codec reads, checked against the length on the wire before any buffer is rented
    /// (default <see cref="ProtocolLimitsAttribute.DefaultMaxMessageSize"/>, 1 MiB). Each message's own declared limits
    /// apply on top of it when it is decoded.
    /// </summary>
    public int MaxMessageSize
    {
        get => _maxMessageSize;
        set => _maxMessageSize = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), "The limit must be positive.");
    }
}
