namespace EtProtocolGen.Generator.Dispatch.Model
{
    /// <summary>
    /// A handler interface whose message (or response) is not a [Message] the compilation shows, so probably a .proto message:
    /// what <see cref="HandlerModel"/> holds, with references instead of the message model, until the .proto messages are bound.
    /// </summary>
    /// <param name="HandlerTypeName">The handler class, fully qualified with <c>global::</c>.</param>
    /// <param name="HandlerName">The handler class's own name.</param>
    /// <param name="Kind">One-way or request.</param>
    /// <param name="Session">The handler's TSession.</param>
    /// <param name="Message">The handled message.</param>
    /// <param name="Response">The handler's TResponse for request handlers; otherwise null.</param>
    /// <param name="Authorization">[Authorize] / [AllowAnonymous] on the handler class itself.</param>
    /// <param name="SkipReason">Why the generator cannot route to this handler, or null (the response's checks come at resolution).</param>
    /// <param name="IsPublic">The handler class is public, with every containing type.</param>
    /// <param name="Limits">[RateLimit] and [MaxConcurrency] on the handler class itself.</param>
    internal sealed record PendingHandlerModel(
        string HandlerTypeName,
        string HandlerName,
        HandlerKind Kind,
        SessionModel Session,
        TypeReferenceModel Message,
        TypeReferenceModel? Response,
        AuthorizationModel Authorization,
        string? SkipReason,
        bool IsPublic,
        DeclaredLimitsModel Limits);
}
