using System.IO;
using System.Net;

namespace EtProtocolGen.Sample.Server.Cluster;

/// <summary>One silo of the scaled-out sample on a development (localhost) cluster.</summary>
/// <param name="Role">What the process runs.</param>
/// <param name="SiloPort">This silo's port for the other silos.</param>
/// <param name="PrimarySiloPort">The realm's silo port: every silo finds the cluster through it (Orleans' localhost clustering).</param>
public sealed record SiloSettings(ServerRole Role, int SiloPort, int PrimarySiloPort)
{
    /// <summary>The default silo ports: realm 11111 (primary), gate 11112, map 11113 (and up for more map silos).</summary>
    public const int DefaultPrimarySiloPort = 11111;

    /// <summary>Where the primary silo listens.</summary>
    public IPEndPoint PrimarySilo => new(IPAddress.Loopback, PrimarySiloPort);

    /// <summary>Whether this silo is the primary: the one that starts the development cluster.</summary>
    public bool IsPrimary => SiloPort == PrimarySiloPort;

    /// <summary>
    /// Where the map silos of this machine keep their units (<see cref="UnitFileStore"/>); by default a directory of the
    /// system's temporary folder named after the primary silo's port, so two clusters on one machine keep apart.
    /// </summary>
    public string StateDirectory { get; init; } = Path.Combine(Path.GetTempPath(), "etprotocolgen-sample-units-" + PrimarySiloPort);
}
