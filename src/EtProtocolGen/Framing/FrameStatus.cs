namespace EtProtocolGen.Framing
{
    /// <summary>What <see cref="FrameReader.TryRead"/> found at the start of the buffer.</summary>
    public enum FrameStatus
    {
        /// <summary>A whole frame was read and consumed from the buffer.</summary>
        Complete = 0,

        /// <summary>Not enough bytes yet; nothing was consumed. Read more and try again.</summary>
        Incomplete = 1,

        /// <summary>The declared length exceeds the maximum frame size. Decided from the 4-byte length alone, before the body is buffered.</summary>
        TooLarge = 2,

        /// <summary>The declared length is smaller than the opcode; no such frame exists.</summary>
        TooShort = 3,
    }
}
