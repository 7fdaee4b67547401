using System.Linq;
using System.Reflection;
using System.Runtime.Versioning;
using EtProtocolGen.Wire;
using Xunit;

namespace EtProtocolGen.Tests.NetStandardRuntime;

/// <summary>What makes this project worth running: the runtime loaded here is the netstandard2.0 build.</summary>
public class RuntimeBuildTests
{
    [Fact]
    public void The_loaded_runtime_is_the_netstandard2_0_build()
    {
        Assembly runtime = typeof(ProtoReader).Assembly;
        string? framework = runtime.GetCustomAttributes<TargetFrameworkAttribute>().SingleOrDefault()?.FrameworkName;
        Assert.Equal(".NETStandard,Version=v2.0", framework);
    }
}
