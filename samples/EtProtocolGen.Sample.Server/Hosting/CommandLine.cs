using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;
using EtProtocolGen.Sample.Server.Cluster;

namespace EtProtocolGen.Sample.Server.Hosting;

/// <summary>The server's arguments: one process, or one role of the scaled-out sample.</summary>
/// <param name="Listen">Where clients connect (null for a map silo).</param>
/// <param name="Silo">The silo of a scaled-out role, or null for the one-process server.</param>
/// <param name="GateAddress">The gate's address the realm sends clients to (realm only).</param>
public sealed record CommandLine(IPEndPoint? Listen, SiloSettings? Silo, string? GateAddress)
{
    /// <summary>How to call the server.</summary>
    public const string Usage =
        "usage: EtProtocolGen.Sample.Server [host:port]                       realm, gate and map in one process (default 127.0.0.1:10002)\n"
        + "       EtProtocolGen.Sample.Server --role realm [--listen 127.0.0.1:10002] [--gate 127.0.0.1:10003] [--silo-port 11111]\n"
        + "       EtProtocolGen.Sample.Server --role gate [--listen 127.0.0.1:10003] [--silo-port 11112] [--primary-port 11111]\n"
        + "       EtProtocolGen.Sample.Server --role map [--silo-port 11113] [--primary-port 11111]";

    /// <summary>Reads <paramref name="args"/>; null (with <paramref name="error"/>) when they make no sense.</summary>
    public static CommandLine? Parse(IReadOnlyList<string> args, out string? error)
    {
        error = null;
        if (args.Count == 0 || !args[0].StartsWith("--", StringComparison.Ordinal))
        {
            return args.Count <= 1 && TryEndPoint(args.Count == 0 ? "127.0.0.1:10002" : args[0], out IPEndPoint? single)
                ? new CommandLine(single, null, null)
                : Fail("expected one host:port", out error);
        }

        var named = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < args.Count; i += 2)
        {
            if (i + 1 >= args.Count || !args[i].StartsWith("--", StringComparison.Ordinal) || !named.TryAdd(args[i], args[i + 1]))
            {
                return Fail("expected --name value pairs", out error);
            }
        }

        if (!named.TryGetValue("--role", out string? roleName) || !Enum.TryParse(roleName, ignoreCase: true, out ServerRole role))
        {
            return Fail("--role must be realm, gate or map", out error);
        }

        int defaultSiloPort = SiloSettings.DefaultPrimarySiloPort + (int)role;
        if (!TryPort(named, "--silo-port", defaultSiloPort, out int siloPort) || !TryPort(named, "--primary-port", SiloSettings.DefaultPrimarySiloPort, out int primaryPort))
        {
            return Fail("a port must be a number from 1 to 65535", out error);
        }

        foreach (string name in named.Keys)
        {
            if (Array.IndexOf(OptionsOf(role), name) < 0)
            {
                return Fail("the " + roleName + " role takes no " + name, out error);
            }
        }

        // The realm is the primary silo: the others find the cluster through it.
        var silo = new SiloSettings(role, siloPort, role == ServerRole.Realm ? siloPort : primaryPort);
        if (role == ServerRole.Map)
        {
            return new CommandLine(null, silo, null);
        }

        string listen = named.GetValueOrDefault("--listen", role == ServerRole.Realm ? "127.0.0.1:10002" : "127.0.0.1:10003");
        string? gate = role == ServerRole.Realm ? named.GetValueOrDefault("--gate", "127.0.0.1:10003") : null;
        return TryEndPoint(listen, out IPEndPoint? endPoint) && (gate is null || TryEndPoint(gate, out _))
            ? new CommandLine(endPoint, silo, gate)
            : Fail("--listen and --gate take host:port", out error);
    }

    private static string[] OptionsOf(ServerRole role) => role switch
    {
        ServerRole.Realm => new[] { "--role", "--listen", "--gate", "--silo-port" },
        ServerRole.Gate => new[] { "--role", "--listen", "--silo-port", "--primary-port" },
        _ => new[] { "--role", "--silo-port", "--primary-port" },
    };

    private static bool TryEndPoint(string text, out IPEndPoint? endPoint) => IPEndPoint.TryParse(text, out endPoint) && endPoint.Port != 0;

    private static bool TryPort(Dictionary<string, string> named, string name, int fallback, out int port)
    {
        port = fallback;
        return !named.TryGetValue(name, out string? text)
            || (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out port) && port is > 0 and <= 65535);
    }

    private static CommandLine? Fail(string reason, out string? error)
    {
        error = reason;
        return null;
    }
}
