namespace EtProtocolGen.Generator.Proto.Parsing
{
    /// <summary>
    /// The kinds of .proto problems, one per diagnostic (the .proto analyzer maps each to its ETP03xx descriptor; the
    /// arguments of each kind are listed with it). An error keeps what it concerns from being generated: a syntax error the
    /// whole file, any other error its message (and the messages that use it). A warning changes nothing that is generated.
    /// </summary>
    internal enum ProtoProblemKind
    {
        /// <summary>ETP0301, error: {0} what is wrong.</summary>
        Syntax,

        /// <summary>ETP0302, error: {0} the type as written, {1} why it names nothing that can be serialized.</summary>
        UnknownType,

        /// <summary>ETP0303, error: {0} what is declared twice, {1} where the first one is.</summary>
        Duplicate,

        /// <summary>ETP0304, error: {0} the option or annotation, {1} why it is not accepted.</summary>
        InvalidOption,

        /// <summary>ETP0305, error: {0} the construct, {1} what to write instead.</summary>
        Unsupported,

        /// <summary>ETP0306, error: {0} the file name, {1} what is wrong with it or the opcodes it gives.</summary>
        EtFileName,

        /// <summary>ETP0307, error: {0} the imported path.</summary>
        ImportNotFound,

        /// <summary>ETP0308, error: {0} the message, {1} what its kind (request, response) needs.</summary>
        MessageKind,

        /// <summary>ETP0309, error: {0} the field or value, {1} the reserved number or name it uses.</summary>
        ReservedUsed,

        /// <summary>ETP0310, warning: {0} the construct, {1} how it is read.</summary>
        Ignored,

        /// <summary>ETP0311, warning: {0} the ET interface in the comment, {1} how the message is generated.</summary>
        UnknownEtInterface,
    }

    /// <summary>What each <see cref="ProtoProblemKind"/> means for generation.</summary>
    internal static class ProtoProblems
    {
        /// <summary>False for the kinds that are only reported (<see cref="ProtoProblemKind.Ignored"/>, <see cref="ProtoProblemKind.UnknownEtInterface"/>).</summary>
        public static bool IsError(ProtoProblemKind kind) => kind is not (ProtoProblemKind.Ignored or ProtoProblemKind.UnknownEtInterface);
    }
}
