using EtProtocolGen.Generator.Helpers;

namespace EtProtocolGen.Generator.Proto.Model
{
    /// <summary>A .proto enum as a C# enum.</summary>
    internal sealed record ProtoEnumModel(
        string? Namespace,
        EquatableArray<ProtoContainerModel> Containers,
        string Name,
        EquatableArray<ProtoEnumValueModel> Values,
        EquatableArray<string> Documentation,
        ProtoLocation Location,
        string HintName);

    /// <summary>One enum member.</summary>
    internal sealed record ProtoEnumValueModel(string Identifier, long Number, EquatableArray<string> Documentation, ProtoLocation Location);
}
