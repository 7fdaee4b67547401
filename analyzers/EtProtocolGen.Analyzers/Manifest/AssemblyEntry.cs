using System.Collections.Generic;

namespace EtProtocolGen.Analyzers.Manifest
{
    /// <summary>The assembly-wide facts: effective [ProtocolLimits] and [ReservedOpcodes].</summary>
    internal sealed class AssemblyEntry
    {
        public AssemblyEntry(int maxMessageSize, int maxDepth, int defaultMaxStringLength, int defaultMaxBytesLength, int defaultMaxCollectionLength, IReadOnlyList<ushort> reservedOpcodes)
        {
            MaxMessageSize = maxMessageSize;
            MaxDepth = maxDepth;
            DefaultMaxStringLength = defaultMaxStringLength;
            DefaultMaxBytesLength = defaultMaxBytesLength;
            DefaultMaxCollectionLength = defaultMaxCollectionLength;
            ReservedOpcodes = reservedOpcodes;
        }

        /// <summary>The largest payload <c>Parse</c> accepts, in bytes.</summary>
        public int MaxMessageSize { get; }

        /// <summary>The deepest nesting the decoders accept.</summary>
        public int MaxDepth { get; }

        /// <summary>The bound of strings without [MaxLength]; 0 = the message size only.</summary>
        public int DefaultMaxStringLength { get; }

        /// <summary>The bound of bytes without [MaxLength]; 0 = the message size only.</summary>
        public int DefaultMaxBytesLength { get; }

        /// <summary>The bound of collections and maps without [MaxLength]; 0 = the message size only.</summary>
        public int DefaultMaxCollectionLength { get; }

        /// <summary>[assembly: ReservedOpcodes], ascending.</summary>
        public IReadOnlyList<ushort> ReservedOpcodes { get; }
    }
}
