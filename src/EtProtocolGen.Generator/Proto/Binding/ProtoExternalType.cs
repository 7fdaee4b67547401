using EtProtocolGen.Generator.Parsing;

namespace EtProtocolGen.Generator.Proto.Binding
{
    /// <summary>
    /// A C# type of the compilation that a .proto file names (by one of its candidate metadata names), reduced to what the
    /// binder needs: no symbol, so the pipeline can compare it.
    /// </summary>
    /// <param name="MetadataName">The name it was found by: <c>Unity.Mathematics.float3</c>.</param>
    /// <param name="Kind">What it is to the wire.</param>
    /// <param name="TypeName">The type, fully qualified with <c>global::</c>.</param>
    /// <param name="IsValueType">A struct (or enum).</param>
    /// <param name="SurrogateName">For <see cref="ProtoExternalKind.Surrogate"/>: the message that carries it, fully qualified.</param>
    /// <param name="EnumUnderlying">For enums: the underlying integer's kind.</param>
    /// <param name="IsRequest">For interfaces and messages: it derives from the runtime's <c>IRequest</c>.</param>
    /// <param name="IsResponse">For interfaces and messages: it derives from the runtime's <c>IResponse</c>.</param>
    /// <param name="Problem">For <see cref="ProtoExternalKind.Unusable"/>: why, and what to do.</param>
    internal sealed record ProtoExternalType(
        string MetadataName,
        ProtoExternalKind Kind,
        string TypeName,
        bool IsValueType,
        string? SurrogateName,
        FieldValueKind EnumUnderlying,
        bool IsRequest,
        bool IsResponse,
        string? Problem);
}
