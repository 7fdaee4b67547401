using System.Threading.Tasks;
using EtProtocolGen.Fuzz.Properties;
using EtProtocolGen.Fuzz.Protocol;
using EtProtocolGen.Fuzz.Protocol.Generated;

namespace EtProtocolGen.Fuzz.Tests
{
    /// <summary>The fuzz protocol's dispatcher treats an anonymous client as the dispatch target's oracle expects.</summary>
    public sealed class AnonymousDispatchTests
    {
        private readonly HandlerProbe _probe = new HandlerProbe();
        private readonly OuterDispatcher _outer;

        public AnonymousDispatchTests()
        {
            _outer = new OuterDispatcher(new DispatchLimiter(), new ChatHandler(_probe), new InventoryHandler(_probe), new LoginGateHandler(_probe), new PingHandler(_probe), new UnitHandler(_probe));
        }

        [Fact]
        public async Task Login_reaches_its_handler()
        {
            DispatchResult result = await Dispatch(new C2G_LoginGate { RpcId = 3, Account = "player", ClientVersion = 1 });

            Assert.Equal(DispatchStatus.Handled, result.Status);
            Assert.Equal(new ushort[] { C2G_LoginGate.Opcode }, _probe.Calls);
            Assert.Equal(3, ((G2C_LoginGate)result.Response!).RpcId);
        }

        [Fact]
        public async Task Authorized_messages_are_refused_before_any_handler()
        {
            Assert.Equal(DispatchStatus.Unauthorized, (await Dispatch(new C2C_SendChatInfo { Text = "hi" })).Status);
            Assert.Equal(DispatchStatus.Unauthorized, (await Dispatch(new C2M_UseItem { RpcId = 4, Count = 1 })).Status);
            Assert.Equal(DispatchStatus.Forbidden, (await Dispatch(new C2G_Emote { EmoteId = 1 })).Status);
            Assert.Equal(DispatchStatus.ScopeDenied, (await Dispatch(new S2M_GrantItem { PlayerId = 1 })).Status);
            Assert.Empty(_probe.Calls);
        }

        private ValueTask<DispatchResult> Dispatch(IWireMessage message) =>
            _outer.DispatchAsync(FuzzSession.AnonymousOuter, message.MessageOpcode, WireBytes.Encode(message));
    }
}
