using System.Threading;
using System.Threading.Tasks;
using ET;
using EtProtocolGen.Tests.ProtoProtocol.Shop;

namespace EtProtocolGen.Tests.ProtoProtocol.Server
{
    // Handlers written in C# for requests defined only in .proto files (OuterMessage_C_10001.proto in ET's dialect, shop.proto
    // in proto3). The generated OuterDispatcher routes to them, with the authorization the files declare.

    /// <summary>Logs in with the password "secret"; the account "buyer" also gets the buyer role.</summary>
    public sealed class ProtoLoginHandler : IRequestHandler<ProtoPlayer, C2R_Login, R2C_Login>
    {
        public const string Password = "secret";
        public const int WrongPassword = 200001;

        public ValueTask<R2C_Login> HandleAsync(ProtoPlayer session, C2R_Login request, CancellationToken cancellationToken)
        {
            if (request.Password != Password)
            {
                return new ValueTask<R2C_Login>(new R2C_Login { Error = WrongPassword });
            }

            session.SignIn(request.Account, request.Account == "buyer" ? new[] { "buyer" } : System.Array.Empty<string>());
            return new ValueTask<R2C_Login>(new R2C_Login { Address = "gate", Key = 42 });
        }
    }

    /// <summary>Answers with the server time; [etp: authorize] in the .proto file keeps anonymous sessions out.</summary>
    public sealed class ProtoPingHandler : IRequestHandler<ProtoPlayer, C2G_Ping, G2C_Ping>
    {
        public const long Time = 1_700_000_000_000;

        public ValueTask<G2C_Ping> HandleAsync(ProtoPlayer session, C2G_Ping request, CancellationToken cancellationToken) =>
            new ValueTask<G2C_Ping>(new G2C_Ping { Time = Time });
    }

    /// <summary>Buys for players with the buyer role ((etp.roles) = "buyer"); the count's range is checked before it runs.</summary>
    public sealed class ProtoBuyHandler : IRequestHandler<ProtoPlayer, BuyRequest, BuyResponse>
    {
        public const long Price = 5;

        public ValueTask<BuyResponse> HandleAsync(ProtoPlayer session, BuyRequest request, CancellationToken cancellationToken) =>
            new ValueTask<BuyResponse>(new BuyResponse { Total = request.Count * Price });
    }

    /// <summary>A one-way location message: the unit stops, and the client is told where.</summary>
    public sealed class ProtoStopHandler : IMessageHandler<ProtoPlayer, C2M_Stop>
    {
        public ValueTask HandleAsync(ProtoPlayer session, C2M_Stop message, CancellationToken cancellationToken) =>
            session.Connection.SendAsync(new M2C_Stop { Id = 7, Mode = 2 }, cancellationToken);
    }
}
