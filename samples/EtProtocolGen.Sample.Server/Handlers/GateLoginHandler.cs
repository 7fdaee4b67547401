using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Sample.Protocol;
using EtProtocolGen.Sample.Server.Services;
using EtProtocolGen.Sample.Server.Sessions;

namespace EtProtocolGen.Sample.Server.Handlers;

/// <summary>
/// Gate: takes the one-time key the realm issued and authenticates the session as that account, with the roles the
/// server's account store grants. The only place a session becomes authenticated.
/// </summary>
public sealed class GateLoginHandler : IRequestHandler<GameSession, C2G_LoginGate, G2C_LoginGate>
{
    private readonly GateKeys _keys;
    private readonly AccountStore _accounts;

    /// <summary>Creates the handler.</summary>
    public GateLoginHandler(GateKeys keys, AccountStore accounts)
    {
        _keys = keys;
        _accounts = accounts;
    }

    /// <inheritdoc />
    public ValueTask<G2C_LoginGate> HandleAsync(GameSession session, C2G_LoginGate request, CancellationToken cancellationToken)
    {
        if (session.IsAuthenticated)
        {
            return new ValueTask<G2C_LoginGate>(new G2C_LoginGate { Error = GameErrors.AlreadyLoggedIn });
        }

        if (!_keys.TryConsume(request.GateKey, out string account) || _accounts.Find(account) is not { } player || !session.TrySignIn(player))
        {
            return new ValueTask<G2C_LoginGate>(new G2C_LoginGate { Error = GameErrors.GateKeyInvalid });
        }

        return new ValueTask<G2C_LoginGate>(new G2C_LoginGate { PlayerId = player.PlayerId });
    }
}
