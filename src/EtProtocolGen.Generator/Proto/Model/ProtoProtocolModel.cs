using EtProtocolGen.Generator.Helpers;
using EtProtocolGen.Generator.Proto.Parsing;

namespace EtProtocolGen.Generator.Proto.Model
{
    /// <summary>
    /// Every .proto file of the project, bound: what can be generated, and every problem (the generator ignores those; the
    /// .proto analyzer reports them). A message with an error, or that uses one, is absent from <see cref="Messages"/>.
    /// </summary>
    internal sealed record ProtoProtocolModel(
        EquatableArray<ProtoMessageModel> Messages,
        EquatableArray<ProtoEnumModel> Enums,
        EquatableArray<EtOpcodesModel> OpcodeClasses,
        EquatableArray<ProtoFileProblems> Problems)
    {
        public static ProtoProtocolModel Empty { get; } = new ProtoProtocolModel(
            EquatableArray<ProtoMessageModel>.Empty,
            EquatableArray<ProtoEnumModel>.Empty,
            EquatableArray<EtOpcodesModel>.Empty,
            EquatableArray<ProtoFileProblems>.Empty);
    }

    /// <summary>The problems of one file, in the order found.</summary>
    internal sealed record ProtoFileProblems(string Path, EquatableArray<ProtoProblem> Problems);
}
