namespace EtProtocolGen.Benchmarks.Serialization
{
    /// <summary>A benchmark class that can tell how many bytes each library encodes its message to.</summary>
    public interface IEncodedSizes
    {
        void Setup();

        /// <summary>The encoded length for one of the <see cref="Libraries"/>, or -1 if it has none.</summary>
        int EncodedBytes(string library);
    }
}
