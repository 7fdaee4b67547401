namespace EtProtocolGen.Generator.Proto.Parsing
{
    /// <summary>What a token of a .proto file is.</summary>
    internal enum ProtoTokenKind
    {
        /// <summary>A letter or underscore followed by letters, digits and underscores (keywords included).</summary>
        Identifier,

        /// <summary>A decimal, octal or hexadecimal integer without sign.</summary>
        Integer,

        /// <summary>A floating-point literal without sign.</summary>
        Float,

        /// <summary>A single- or double-quoted string; <see cref="ProtoToken.Value"/> holds it unescaped.</summary>
        String,

        /// <summary>One punctuation character: <c>= ; { } [ ] ( ) &lt; &gt; , . : - +</c>.</summary>
        Symbol,

        /// <summary>A character that starts no token; the parser reports it.</summary>
        Invalid,

        /// <summary>The end of the file.</summary>
        EndOfFile,
    }
}
