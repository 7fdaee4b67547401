using EtProtocolGen.Generator.Helpers;
using EtProtocolGen.Generator.Model;

namespace EtProtocolGen.Generator.Dispatch.Model
{
    /// <summary>What dispatch needs to know about one [Message] type; no symbols, no syntax.</summary>
    /// <param name="Opcode">The [Message] opcode.</param>
    /// <param name="TypeName">The fully qualified name with <c>global::</c>.</param>
    /// <param name="Name">The type's own name, for comments and member names.</param>
    /// <param name="Scope">The [Message(Scope = ...)] value.</param>
    /// <param name="Direction">Which way it travels (<c>MessageDirections</c>); none for an inner message.</param>
    /// <param name="Authorization">The message's [Authorize] / [AllowAnonymous].</param>
    /// <param name="ResponseTypeName">The [ResponseType] type with <c>global::</c>, or null.</param>
    /// <param name="IsRequest">It implements <c>EtProtocolGen.IRequest</c>.</param>
    /// <param name="IsResponse">It implements <c>EtProtocolGen.IResponse</c>.</param>
    /// <param name="ResponseIsResponse">The [ResponseType] type implements <c>EtProtocolGen.IResponse</c>.</param>
    /// <param name="ValidatedMembers">The checks its generated <c>Validate()</c> makes, from <c>MessageParser.DescribeValidation</c> (<c>[Range(1, 10)] PlayerId</c>), for comments.</param>
    /// <param name="HasValidationHook">It implements the partial <c>OnValidate</c> hook.</param>
    /// <param name="IsPublic">The type is public, and so is every type that contains it: public generated members may name it.</param>
    /// <param name="ResponseIsPublic">The [ResponseType] type is public in the same sense.</param>
    /// <param name="Limits">The message's [RateLimit] and [MaxConcurrency].</param>
    /// <param name="RpcIdField">For a request, where its RpcId is on the wire (null when RpcId is no [Field]).</param>
    internal sealed record DispatchMessageModel(
        ushort Opcode,
        string TypeName,
        string Name,
        DispatchScope Scope,
        WireDirection Direction,
        AuthorizationModel Authorization,
        string? ResponseTypeName,
        bool IsRequest,
        bool IsResponse,
        bool ResponseIsResponse,
        EquatableArray<string> ValidatedMembers,
        bool HasValidationHook,
        bool IsPublic,
        bool ResponseIsPublic,
        DeclaredLimitsModel Limits,
        RpcIdFieldModel? RpcIdField);
}
