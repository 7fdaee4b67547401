using System;

namespace EtProtocolGen.Tool
{
    /// <summary>A problem with the command's input, reported as one line and exit code 2.</summary>
    internal sealed class ToolException : Exception
    {
        public ToolException(string message)
            : base(message)
        {
        }
    }
}
