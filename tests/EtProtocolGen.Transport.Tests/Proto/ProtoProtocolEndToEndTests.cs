using System.Collections.Concurrent;
using System.Net;
using System.Threading.Tasks;
using ET;
using EtProtocolGen.Client;
using EtProtocolGen.Tests.ProtoProtocol.Generated;
using ProtoOuterDispatcher = EtProtocolGen.Tests.ProtoProtocol.Generated.OuterDispatcher;
using EtProtocolGen.Tests.ProtoProtocol.Server;
using EtProtocolGen.Tests.ProtoProtocol.Shop;
using EtProtocolGen.Transport.Server;
using EtProtocolGen.Transport.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using ProtoRegistry = EtProtocolGen.Tests.ProtoProtocol.Generated.ProtocolRegistry;

namespace EtProtocolGen.Transport.Tests.Proto
{
    /// <summary>
    /// A server and a client over loopback speaking a protocol defined only in .proto files (OuterMessage_C_10001.proto in
    /// ET's dialect, shop.proto in proto3), with handlers written in C#: the generated registry decodes its messages, the
    /// generated dispatcher routes them and enforces the authorization the files declare, the typed CallAsync calls them.
    /// </summary>
    public sealed class ProtoProtocolEndToEndTests
    {
        [Fact(Timeout = 20_000)]
        public async Task Requests_of_ET_and_proto3_files_reach_their_CSharp_handlers_with_the_declared_authorization()
        {
            await using ProtocolServer server = await StartAsync();
            var pushes = new BlockingCollection<IWireMessage>();
            await using ProtocolClient client = await ProtocolClient.ConnectAsync(
                server.EndPoint,
                ProtoRegistry.TryParse,
                new ProtocolClientOptions { RequestTimeout = TestServer.Patience, MessageReceived = pushes.Add });

            // Before login: [etp: authorize] and (etp.roles) refuse, [etp: allow_anonymous] lets the login through.
            Assert.Equal(ErrorCodes.Unauthorized, (await client.Rpc.CallAsync(new ET.C2G_Ping())).Error);
            Assert.Equal(ErrorCodes.Unauthorized, (await client.Rpc.CallAsync(new BuyRequest { ItemCode = "sword", Count = 1 })).Error);
            Assert.Equal(ProtoLoginHandler.WrongPassword, (await client.Rpc.CallAsync(new C2R_Login { Account = "buyer", Password = "guess" })).Error);

            R2C_Login login = await client.Rpc.CallAsync(new C2R_Login { Account = "buyer", Password = ProtoLoginHandler.Password });
            Assert.Equal(ErrorCodes.Success, login.Error);
            Assert.Equal(("gate", 42L), (login.Address, login.Key));

            ET.G2C_Ping pong = await client.Rpc.CallAsync(new ET.C2G_Ping());
            Assert.Equal(ErrorCodes.Success, pong.Error);
            Assert.Equal(ProtoPingHandler.Time, pong.Time);

            BuyResponse bought = await client.Rpc.CallAsync(new BuyRequest { ItemCode = "sword", Count = 3 });
            Assert.Equal(ErrorCodes.Success, bought.Error);
            Assert.Equal(3 * ProtoBuyHandler.Price, bought.Total);

            // (etp.range) = { min: 1 max: 99 } is checked by dispatch before the handler runs.
            Assert.Equal(ErrorCodes.ValidationFailed, (await client.Rpc.CallAsync(new BuyRequest { ItemCode = "sword", Count = 100 })).Error);

            // A one-way location message: the handler pushes an ET message back.
            await client.SendAsync(new C2M_Stop());
            Assert.True(pushes.TryTake(out IWireMessage? push, TestServer.Patience));
            M2C_Stop stop = Assert.IsType<M2C_Stop>(push);
            Assert.Equal((7L, (short)2), (stop.Id, stop.Mode));
            Assert.True(client.IsConnected);
        }

        [Fact(Timeout = 20_000)]
        public async Task A_logged_in_player_without_the_role_is_refused_and_an_inner_proto_message_is_out_of_scope()
        {
            await using ProtocolServer server = await StartAsync();
            await using ProtocolClient client = await ProtocolClient.ConnectAsync(server.EndPoint, ProtoRegistry.TryParse, new ProtocolClientOptions { RequestTimeout = TestServer.Patience });

            Assert.Equal(ErrorCodes.Success, (await client.Rpc.CallAsync(new C2R_Login { Account = "walker", Password = ProtoLoginHandler.Password })).Error);
            Assert.Equal(ErrorCodes.Success, (await client.Rpc.CallAsync(new ET.C2G_Ping())).Error);
            Assert.Equal(ErrorCodes.Forbidden, (await client.Rpc.CallAsync(new BuyRequest { ItemCode = "sword", Count = 1 })).Error);

            // (etp.scope) = INNER in shop.proto, an S file in ET's dialect: known to the outer dispatcher, and refused by scope.
            Assert.Equal(MessageScope.Inner, ProtoRegistry.Find(Restock.Opcode)!.Scope);
            Assert.Equal(MessageScope.Inner, ProtoRegistry.Find(Gate2Map_Transfer.Opcode)!.Scope);
            var session = new ProtoPlayer(new NoSender());
            DispatchResult refused = await new ProtoOuterDispatcher(new DispatchLimiter(), new ProtoBuyHandler(), new ProtoLoginHandler(), new ProtoPingHandler(), new ProtoStopHandler())
                .DispatchAsync(session, Restock.Opcode, default, default);
            Assert.Equal(DispatchStatus.ScopeDenied, refused.Status);
        }

        private static Task<ProtocolServer> StartAsync() =>
            ProtocolServer.StartAsync<ProtoPlayer, ProtoProtocolApplication>(
                new IPEndPoint(IPAddress.Loopback, 0),
                TestServer.Relax,
                services =>
                {
                    services.AddSingleton<ProtoLoginHandler>();
                    services.AddSingleton<ProtoPingHandler>();
                    services.AddSingleton<ProtoBuyHandler>();
                    services.AddSingleton<ProtoStopHandler>();
                    services.AddSingleton<IDispatchLimiter, DispatchLimiter>();
                    services.AddSingleton<ProtoOuterDispatcher>();
                });

        private sealed class NoSender : IMessageSender
        {
            public ValueTask SendAsync(IWireMessage message, System.Threading.CancellationToken cancellationToken) => default;
        }
    }
}
