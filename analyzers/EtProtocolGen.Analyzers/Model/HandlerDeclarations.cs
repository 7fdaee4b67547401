using EtProtocolGen.Generator.Dispatch.Model;

namespace EtProtocolGen.Analyzers.Model
{
    /// <summary>The [Authorize]/[AllowAnonymous] and [RateLimit]/[MaxConcurrency] a handler class declares on itself.</summary>
    internal sealed record HandlerDeclarations(AuthorizationModel Authorization, DeclaredLimitsModel Limits);
}
