using System;
using System.Linq;
using System.Net;
using System.Net.Sockets;

namespace EtProtocolGen.Demo.Load;

/// <summary>Ports for silos started in one process: Orleans' localhost clustering needs them before anything listens.</summary>
public static class LoopbackPorts
{
    /// <summary><paramref name="count"/> distinct loopback ports that were free a moment ago.</summary>
    public static int[] Free(int count)
    {
        TcpListener[] listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToArray();
        Array.ForEach(listeners, listener => listener.Start());
        int[] ports = listeners.Select(listener => ((IPEndPoint)listener.LocalEndpoint).Port).ToArray();
        Array.ForEach(listeners, listener => listener.Stop());
        return ports;
    }
}
