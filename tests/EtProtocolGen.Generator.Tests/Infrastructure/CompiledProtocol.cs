using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Emit;

namespace EtProtocolGen.Generator.Tests.Infrastructure;

/// <summary>
/// Protocol sources compiled with the generator's output and loaded into a collectible context. The sources
/// include a static class <c>Probe</c> that drives the generated code (span-based APIs cannot be called by
/// reflection); tests call its methods by name.
/// </summary>
public abstract class CompiledProtocol : IDisposable
{
    private readonly AssemblyLoadContext _context = new("GeneratedProtocol", isCollectible: true);
    private readonly Type _probe;

    protected CompiledProtocol(params string[] sources)
    {
        (Compilation output, _) = GeneratorHarness.Run(GeneratorHarness.CreateCompilation(sources));
        using var image = new MemoryStream();
        EmitResult emitted = output.Emit(image);
        Assert.True(emitted.Success, GeneratorHarness.Format(emitted.Diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error)));
        image.Position = 0;
        Assembly assembly = _context.LoadFromStream(image);
        _probe = assembly.GetType("Probe", throwOnError: true)!;
    }

    public T Call<T>(string method, params object[] arguments)
    {
        MethodInfo target = _probe.GetMethod(method, BindingFlags.Public | BindingFlags.Static)
            ?? throw new MissingMethodException("Probe", method);
        return (T)target.Invoke(null, arguments)!;
    }

    public void Dispose()
    {
        _context.Unload();
        GC.SuppressFinalize(this);
    }
}
