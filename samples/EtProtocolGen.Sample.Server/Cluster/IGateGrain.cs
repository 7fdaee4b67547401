using EtProtocolGen.Orleans.Grains;

namespace EtProtocolGen.Sample.Server.Cluster;

/// <summary>The gate as a grain, for the realm's inner calls (<c>R2G_GetLoginKey</c>). Hosted only by the gate's silo.</summary>
[Alias("EtProtocolGen.Sample.Server.IGateGrain")]
public interface IGateGrain : IProtocolGrain
{
}
