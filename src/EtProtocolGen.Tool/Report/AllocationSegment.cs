namespace EtProtocolGen.Tool.Report
{
    /// <summary>
    /// Up to <see cref="Capacity"/> bytes of a frame that each make the decoder allocate at most <see cref="BytesPerWireByte"/>
    /// bytes. Allocations caused by the same wire bytes are always in one segment: two segments never share bytes.
    /// </summary>
    internal readonly struct AllocationSegment
    {
        public AllocationSegment(double bytesPerWireByte, double capacity)
        {
            BytesPerWireByte = bytesPerWireByte;
            Capacity = capacity;
        }

        public double BytesPerWireByte { get; }

        /// <summary>Wire bytes; <see cref="double.PositiveInfinity"/> when only the frame size bounds them.</summary>
        public double Capacity { get; }

        /// <summary>The same allocation for <paramref name="times"/> as many occurrences.</summary>
        public AllocationSegment Times(double times) => new AllocationSegment(BytesPerWireByte, Capacity * times);
    }
}
