using EtProtocolGen;

// Tighter than the library defaults, as a game server would set them: 64 KiB messages, 16 levels, 64 elements, 256 characters.
[assembly: ProtocolLimits(
    MaxMessageSize = 65536,
    MaxDepth = 16,
    DefaultMaxStringLength = 256,
    DefaultMaxBytesLength = 1024,
    DefaultMaxCollectionLength = 64)]
