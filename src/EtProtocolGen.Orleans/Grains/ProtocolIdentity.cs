using System;
using System.Collections.Generic;
using Orleans;

namespace EtProtocolGen.Orleans.Grains;

/// <summary>
/// Who sent a message, as the forwarding server established it: the client's authenticated account and roles (set by the
/// gate at login from its own account store, never from anything the client sent), or a server's. It travels with every
/// forwarded message, and the target grain dispatches with a <see cref="ForwardedSession"/> built from it, so the target's
/// generated dispatch checks scope, authorization and validation again.
/// </summary>
/// <remarks>
/// The target trusts it as it trusts the silo that sent it: silos of one cluster are one trust domain (keep the cluster
/// on a private network, with TLS between silos where the network is shared).
/// </remarks>
[GenerateSerializer]
[Immutable]
[Alias("EtProtocolGen.Orleans.ProtocolIdentity")]
public sealed class ProtocolIdentity
{
    /// <summary>An anonymous client: only <c>[AllowAnonymous]</c> messages pass.</summary>
    public static readonly ProtocolIdentity Anonymous = new(MessageScope.Outer, false, null, Array.Empty<string>());

    [Id(0)]
    private readonly MessageScope _scope;

    [Id(1)]
    private readonly bool _isAuthenticated;

    [Id(2)]
    private readonly string? _account;

    [Id(3)]
    private readonly string[] _roles;

    private ProtocolIdentity(MessageScope scope, bool isAuthenticated, string? account, string[] roles)
    {
        _scope = scope;
        _isAuthenticated = isAuthenticated;
        _account = account;
        _roles = roles;
    }

    /// <summary><see cref="MessageScope.Outer"/> for a client's message, <see cref="MessageScope.Inner"/> for a server's.</summary>
    public MessageScope Scope => _scope;

    /// <summary>True when the forwarding server authenticated the sender.</summary>
    public bool IsAuthenticated => _isAuthenticated;

    /// <summary>The sender's account (a client's account name, a server's name), or null when anonymous. For logs and per-account limits.</summary>
    public string? Account => _account;

    /// <summary>The roles the forwarding server granted.</summary>
    public IReadOnlyList<string> Roles => _roles;

    /// <summary>An authenticated client (Outer scope) with the roles the server's account store granted.</summary>
    public static ProtocolIdentity Client(string account, IEnumerable<string> roles) =>
        new(MessageScope.Outer, true, account ?? throw new ArgumentNullException(nameof(account)), ToArray(roles));

    /// <summary>A trusted server (Inner scope), for server-to-server calls.</summary>
    public static ProtocolIdentity Server(string name, params string[] roles) =>
        new(MessageScope.Inner, true, name ?? throw new ArgumentNullException(nameof(name)), ToArray(roles));

    /// <summary>True when the sender holds <paramref name="role"/> (ordinal comparison).</summary>
    public bool IsInRole(string role) => _isAuthenticated && Array.IndexOf(_roles, role) >= 0;

    /// <inheritdoc />
    public override string ToString() => (_account ?? "anonymous") + " (" + _scope + ")";

    private static string[] ToArray(IEnumerable<string> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var copy = new List<string>();
        foreach (string role in roles)
        {
            copy.Add(role ?? throw new ArgumentException("A role is null.", nameof(roles)));
        }

        return copy.ToArray();
    }
}
