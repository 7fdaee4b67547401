namespace EtProtocolGen.Generator.Dispatch.Model
{
    /// <summary>The facts about the compilation that the emitted code depends on.</summary>
    /// <param name="GeneratedNamespace">The namespace of the generated registry and dispatchers: the assembly name, sanitized, plus <c>.Generated</c>.</param>
    /// <param name="AssemblyIdentifier">The assembly name as one identifier (for the DI extension method's name).</param>
    /// <param name="HasDependencyInjection">The compilation references <c>Microsoft.Extensions.DependencyInjection.IServiceCollection</c>.</param>
    internal sealed record CompilationTargetModel(string GeneratedNamespace, string AssemblyIdentifier, bool HasDependencyInjection);
}
