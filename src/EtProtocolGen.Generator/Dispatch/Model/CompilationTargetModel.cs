namespace EtProtocolGen.Generator.Dispatch.Model
{
    /// <summary>The facts about the compilation that the emitted code depends on.</summary>
    /// <param name="GeneratedNamespace">The namespace of the generated registry and dispatchers: the assembly name, sanitized, plus <c>.Generated</c>.</param>
    /// <param name="AssemblyIdentifier">The assembly name as one identifier (for the DI extension method's name).</param>
    /// <param name="HasDependencyInjection">The compilation references <c>Microsoft.Extensions.DependencyInjection.IServiceCollection</c>.</param>
    /// <param name="HasDispatchLimiter">The compilation references the runtime's <c>EtProtocolGen.DispatchLimiter</c> (its net8.0 build), which the DI extension registers as the default limiter.</param>
    internal sealed record CompilationTargetModel(string GeneratedNamespace, string AssemblyIdentifier, bool HasDependencyInjection, bool HasDispatchLimiter);
}
