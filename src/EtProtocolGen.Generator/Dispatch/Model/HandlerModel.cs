namespace EtProtocolGen.Generator.Dispatch.Model
{
    /// <summary>One handler interface implemented by one handler class: the unit a dispatcher routes an opcode to.</summary>
    /// <param name="HandlerTypeName">The handler class, fully qualified with <c>global::</c>.</param>
    /// <param name="HandlerName">The handler class's own name.</param>
    /// <param name="Kind">One-way or request.</param>
    /// <param name="InterfaceName">The implemented handler interface, fully qualified with its type arguments.</param>
    /// <param name="Session">The handler's TSession.</param>
    /// <param name="Message">The handled message, read from its attributes (it may live in a referenced assembly).</param>
    /// <param name="ResponseTypeName">The handler's TResponse, fully qualified, for request handlers; otherwise null.</param>
    /// <param name="Authorization">[Authorize] / [AllowAnonymous] on the handler class itself.</param>
    /// <param name="SkipReason">Why the generator cannot route to this handler (written as a comment in the dispatcher), or null.</param>
    /// <param name="IsPublic">The handler class is public, with every containing type: a public dispatcher's constructor may take it.</param>
    /// <param name="Limits">[RateLimit] and [MaxConcurrency] on the handler class itself: shared by every message it handles.</param>
    internal sealed record HandlerModel(
        string HandlerTypeName,
        string HandlerName,
        HandlerKind Kind,
        string InterfaceName,
        SessionModel Session,
        DispatchMessageModel Message,
        string? ResponseTypeName,
        AuthorizationModel Authorization,
        string? SkipReason,
        bool IsPublic,
        DeclaredLimitsModel Limits);
}
