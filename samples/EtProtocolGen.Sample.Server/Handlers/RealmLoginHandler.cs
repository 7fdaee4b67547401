using System.Net;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Sample.Protocol;
using EtProtocolGen.Sample.Protocol.Generated;
using EtProtocolGen.Sample.Server.Services;
using EtProtocolGen.Sample.Server.Sessions;

namespace EtProtocolGen.Sample.Server.Handlers;

/// <summary>
/// Realm: checks the password, asks the gate for a one-time key (<see cref="R2G_GetLoginKey"/>, an inner call: in process, or
/// to the gate's grain when the gate is another silo) and tells the client where the gate is. Does not authenticate the realm connection: only the gate's key does that. An account or
/// an address with too many recent failures is refused before the password is hashed (<see cref="LoginThrottle"/>).
/// </summary>
public sealed class RealmLoginHandler : IRequestHandler<GameSession, C2R_Login, R2C_Login>
{
    private readonly AccountStore _accounts;
    private readonly LoginThrottle _throttle;
    private readonly IServerDirectory _servers;
    private readonly ServerAddress _address;

    /// <summary>Creates the handler.</summary>
    public RealmLoginHandler(AccountStore accounts, LoginThrottle throttle, IServerDirectory servers, ServerAddress address)
    {
        _accounts = accounts;
        _throttle = throttle;
        _servers = servers;
        _address = address;
    }

    /// <inheritdoc />
    public async ValueTask<R2C_Login> HandleAsync(GameSession session, C2R_Login request, CancellationToken cancellationToken)
    {
        IPAddress? from = (session.Connection.RemoteEndPoint as IPEndPoint)?.Address;
        if (!_throttle.TryBegin(request.Account, from))
        {
            return new R2C_Login { Error = GameErrors.LoginThrottled };
        }

        PlayerIdentity? player = null;
        try
        {
            player = _accounts.Verify(request.Account, request.Password);
        }
        finally
        {
            _throttle.End(request.Account, from, failed: player is null);
        }

        if (player is null)
        {
            return new R2C_Login { Error = GameErrors.AccountOrPasswordWrong };
        }

        G2R_GetLoginKey key = await _servers.Gate.CallAsync(new R2G_GetLoginKey { Account = player.Account }, cancellationToken);
        if (key.Error != ErrorCodes.Success)
        {
            return new R2C_Login { Error = key.Error };
        }

        return new R2C_Login { GateAddress = _address.Gate, GateKey = key.Key };
    }
}
