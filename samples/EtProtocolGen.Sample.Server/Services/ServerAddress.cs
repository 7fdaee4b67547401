namespace EtProtocolGen.Sample.Server.Services;

/// <summary>Where clients reach the gate; the realm sends it in <c>R2C_Login</c>. Set once the server is bound.</summary>
public sealed class ServerAddress
{
    /// <summary>"host:port" of the gate.</summary>
    public string Gate { get; set; } = "";
}
