using System.Buffers;
using System.Collections.Generic;
using ET;
using Xunit;

namespace EtProtocolGen.Tests.Proto;

/// <summary>
/// Proto/OuterMessage_C_10001.proto, an ET-style protocol file, built by this project through the package's
/// &lt;EtProtocol&gt; item (build/EtProtocolGen.targets): its messages are ordinary generated messages, with ET's opcodes
/// and constants class, and every one of them survives a round trip with every field set.
/// </summary>
public sealed class EtProtoRoundTripTests
{
    [Fact]
    public void Opcodes_follow_the_file_name_and_the_order_of_the_messages()
    {
        Assert.Equal(10002, C2G_Ping.Opcode);
        Assert.Equal(10005, C2R_Login.Opcode);
        Assert.Equal(10015, M2C_Stop.Opcode);
        Assert.Equal(C2R_Login.Opcode, OuterMessage.C2R_Login);
        Assert.Equal(M2C_CreateUnits.Opcode, OuterMessage.M2C_CreateUnits);
    }

    [Fact]
    public void Every_message_of_the_file_round_trips()
    {
        AssertRoundTrip(new C2G_Ping { RpcId = 1 }, C2G_Ping.Parse, m => m.RpcId);
        AssertRoundTrip(new G2C_Ping { RpcId = 1, Error = 2, Message = "m", Time = 1_700_000_000_000 }, G2C_Ping.Parse, m => (m.RpcId, m.Error, m.Message, m.Time));
        AssertRoundTrip(new G2C_Test(), G2C_Test.Parse, _ => 0);
        AssertRoundTrip(new C2R_Login { RpcId = 3, Account = "ann", Password = "pw" }, C2R_Login.Parse, m => (m.RpcId, m.Account, m.Password));
        AssertRoundTrip(
            new R2C_Login { RpcId = 3, Error = 0, Message = "", Address = "127.0.0.1:3000", Key = -5, GateId = long.MaxValue },
            R2C_Login.Parse,
            m => (m.RpcId, m.Error, m.Message, m.Address, m.Key, m.GateId));
        AssertRoundTrip(new C2G_LoginGate { RpcId = 4, Key = 99, GateId = 7 }, C2G_LoginGate.Parse, m => (m.RpcId, m.Key, m.GateId));
        AssertRoundTrip(new G2C_LoginGate { RpcId = 4, Error = 200002, Message = "no", PlayerId = 11 }, G2C_LoginGate.Parse, m => (m.RpcId, m.Error, m.Message, m.PlayerId));
        AssertRoundTrip(
            new M2C_CreateUnits { Units = { NewUnit(1), NewUnit(2) } },
            M2C_CreateUnits.Parse,
            m => string.Join(";", m.Units.ConvertAll(Describe)));
        AssertRoundTrip(new M2C_RemoveUnits { Units = { 1, -2, long.MinValue } }, M2C_RemoveUnits.Parse, m => string.Join(",", m.Units));
        AssertRoundTrip(new C2M_TestRequest { RpcId = 5, request = "ping" }, C2M_TestRequest.Parse, m => (m.RpcId, m.request));
        AssertRoundTrip(new M2C_TestResponse { RpcId = 5, Error = 0, Message = "", response = "pong" }, M2C_TestResponse.Parse, m => (m.RpcId, m.response));
        AssertRoundTrip(new C2M_Stop { RpcId = 6 }, C2M_Stop.Parse, m => m.RpcId);
        AssertRoundTrip(
            new M2C_Stop { Error = 1, Id = 2, Mode = short.MinValue, Face = ushort.MaxValue, Tick = -1 },
            M2C_Stop.Parse,
            m => (m.Error, m.Id, m.Mode, m.Face, m.Tick));
    }

    [Fact]
    public void ETs_interfaces_give_the_kind_of_each_message()
    {
        Assert.IsAssignableFrom<IRequest>(new C2R_Login());
        Assert.IsAssignableFrom<IResponse>(new R2C_Login());
        Assert.IsAssignableFrom<IMessage>(new M2C_CreateUnits());
        Assert.IsAssignableFrom<ILocationRequest>(new C2M_TestRequest());
        Assert.IsAssignableFrom<ILocationMessage>(new C2M_Stop());

        // A message without an interface is a value used inside others: it keeps its place in ET's numbering (10009 is
        // skipped) but has no opcode, so it can never be sent or dispatched on its own.
        Assert.False(typeof(IWireMessage).IsAssignableFrom(typeof(UnitInfo)));
        Assert.Equal(10010, OuterMessage.M2C_CreateUnits);
    }

    private static UnitInfo NewUnit(long id) => new()
    {
        UnitId = id,
        ConfigId = 1001,
        Type = 2,
        KV = { [1] = 10, [-3] = long.MaxValue },
        Buffs = { 4, 5 },
    };

    private static string Describe(UnitInfo unit)
    {
        var kv = new List<string>();
        foreach (KeyValuePair<int, long> pair in unit.KV)
        {
            kv.Add(pair.Key + "=" + pair.Value);
        }

        kv.Sort(System.StringComparer.Ordinal);
        return unit.UnitId + "/" + unit.ConfigId + "/" + unit.Type + "/" + string.Join(",", kv) + "/" + string.Join(",", unit.Buffs);
    }

    private static void AssertRoundTrip<T, TView>(T message, WireRoundTrip.Parser<T> parse, System.Func<T, TView> view)
        where T : IWireMessage
    {
        var buffer = new ArrayBufferWriter<byte>();
        message.WriteTo(buffer);
        Assert.Equal(message.CalculateSize(), buffer.WrittenCount);
        Assert.Equal(view(message), view(parse(buffer.WrittenSpan)));
    }
}
