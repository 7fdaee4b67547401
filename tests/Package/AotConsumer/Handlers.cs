using EtProtocolGen;

namespace AotConsumer;

public sealed class AnonymousSession : IProtocolSession
{
    public bool IsAuthenticated => false;
    public MessageScope Scope => MessageScope.Outer;
    public bool IsInRole(string role) => false;
}

public sealed class EnterMapHandler : IRequestHandler<AnonymousSession, C2G_EnterMap, G2C_EnterMap>
{
    public ValueTask<G2C_EnterMap> HandleAsync(AnonymousSession session, C2G_EnterMap request, CancellationToken cancellationToken)
    {
        var response = new G2C_EnterMap { RpcId = request.RpcId };
        response.Units.Add(new Unit { Id = request.MapId, X = -3, Y = 4 });
        response.Stats[1] = long.MaxValue;
        return new ValueTask<G2C_EnterMap>(response);
    }
}

public sealed class KickHandler : IRequestHandler<AnonymousSession, C2G_Kick, G2C_Kick>
{
    public int Calls { get; private set; }

    public ValueTask<G2C_Kick> HandleAsync(AnonymousSession session, C2G_Kick request, CancellationToken cancellationToken)
    {
        Calls++;
        return new ValueTask<G2C_Kick>(new G2C_Kick { RpcId = request.RpcId });
    }
}
