namespace EtProtocolGen.Sample.Server.Cluster;

/// <summary>What one process of the scaled-out sample runs (ET's realm, gate and map processes).</summary>
public enum ServerRole
{
    /// <summary>Clients log in here (TCP); asks the gate's grain for a one-time key. The cluster's primary silo.</summary>
    Realm,

    /// <summary>Clients play here (TCP); hosts the gate's grain and forwards location messages to unit grains.</summary>
    Gate,

    /// <summary>Hosts the unit grains; no client connects to it. Run several: a unit comes back on another one when its silo dies.</summary>
    Map,
}
