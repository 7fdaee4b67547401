using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using EtProtocolGen.Sample.Client;
using EtProtocolGen.Sample.Protocol;
using EtProtocolGen.Sample.Protocol.Generated;
using EtProtocolGen.Client;

namespace EtProtocolGen.Samples.Tests;

/// <summary>The sample game's own rules over loopback: login through realm and gate, one-time keys, roles from the server.</summary>
public sealed class GameRulesTests : IClassFixture<SampleServerFixture>
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);
    private readonly SampleServerFixture _fixture;

    public GameRulesTests(SampleServerFixture fixture) => _fixture = fixture;

    [Fact]
    public async Task A_normal_session_completes()
    {
        var output = new StringWriter();

        bool served = await NormalSession.RunAsync(_fixture.Server.EndPoint, "ann", "hunter2", output).WaitAsync(Bound);

        Assert.True(served, output.ToString());
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_the_same_code_as_an_unknown_account()
    {
        GameRequestException wrongPassword = await Assert.ThrowsAsync<GameRequestException>(
            () => GameClient.LoginAsync(_fixture.Server.EndPoint, "ann", "wrong").WaitAsync(Bound));
        GameRequestException unknownAccount = await Assert.ThrowsAsync<GameRequestException>(
            () => GameClient.LoginAsync(_fixture.Server.EndPoint, "nobody", "hunter2").WaitAsync(Bound));

        Assert.Equal(GameErrors.AccountOrPasswordWrong, wrongPassword.ErrorCode);
        Assert.Equal(GameErrors.AccountOrPasswordWrong, unknownAccount.ErrorCode);
    }

    [Fact]
    public async Task A_gate_key_works_once()
    {
        R2C_Login ticket;
        await using (ProtocolClient realm = await ProtocolClient.ConnectAsync(_fixture.Server.EndPoint, ProtocolRegistry.TryParse).WaitAsync(Bound))
        {
            ticket = await realm.Rpc.CallAsync(new C2R_Login { Account = "ann", Password = "hunter2" }).WaitAsync(Bound);
        }

        Assert.Equal(ErrorCodes.Success, ticket.Error);
        G2C_LoginGate first = await LoginGateAsync(ticket.GateKey);
        G2C_LoginGate second = await LoginGateAsync(ticket.GateKey);

        Assert.Equal(ErrorCodes.Success, first.Error);
        Assert.Equal(GameErrors.GateKeyInvalid, second.Error);
        Assert.Equal(0, second.PlayerId);
    }

    [Fact]
    public async Task A_game_master_may_give_items_and_a_player_may_not()
    {
        await using GameClient gm = await GameClient.LoginAsync(_fixture.Server.EndPoint, "gm", "letmein").WaitAsync(Bound);
        await using GameClient player = await GameClient.LoginAsync(_fixture.Server.EndPoint, "ann", "hunter2").WaitAsync(Bound);
        await gm.EnterMapAsync(1).WaitAsync(Bound);
        await player.EnterMapAsync(1).WaitAsync(Bound);

        M2C_GmCommand given = await gm.GmAddItemAsync(4001, 3).WaitAsync(Bound);
        GameRequestException refused = await Assert.ThrowsAsync<GameRequestException>(() => player.GmAddItemAsync(4001, 3).WaitAsync(Bound));
        M2C_Inventory gmBag = await gm.GetInventoryAsync(0).WaitAsync(Bound);
        M2C_Inventory playerBag = await player.GetInventoryAsync(0).WaitAsync(Bound);

        Assert.NotEqual(0, given.ItemId);
        Assert.Contains(gmBag.Items, item => item.ItemId == given.ItemId && item.ConfigId == 4001 && item.Count == 3);
        Assert.Equal(ErrorCodes.Forbidden, refused.ErrorCode);
        Assert.DoesNotContain(playerBag.Items, item => item.ConfigId == 4001);
    }

    [Fact]
    public async Task A_chat_line_reaches_other_players_with_the_senders_server_side_identity()
    {
        await using GameClient ann = await GameClient.LoginAsync(_fixture.Server.EndPoint, "ann", "hunter2").WaitAsync(Bound);
        await using GameClient mallory = await GameClient.LoginAsync(_fixture.Server.EndPoint, "mallory", "trustno1").WaitAsync(Bound);
        string text = "hi from ann " + Guid.NewGuid().ToString("N");

        Task<G2C_ChatBroadcast> heard = mallory.Pushes.WaitAsync<G2C_ChatBroadcast>(line => line.Text == text, Bound);
        await ann.ChatAsync(1, text).WaitAsync(Bound);
        G2C_ChatBroadcast line = await heard;

        Assert.Equal(ann.PlayerId, line.FromPlayerId);
        Assert.Equal("ann", line.FromAccount);
        Assert.Equal(1, line.Channel);
    }

    [Fact]
    public async Task A_path_ends_at_the_clicked_point_within_the_path_limit()
    {
        await using GameClient ann = await GameClient.LoginAsync(_fixture.Server.EndPoint, "ann", "hunter2").WaitAsync(Bound);
        await ann.EnterMapAsync(2).WaitAsync(Bound);

        M2C_PathfindingResult path = await ann.MoveToAsync(300, 0, -40).WaitAsync(Bound);

        Assert.Equal(ann.UnitId, path.UnitId);
        Assert.InRange(path.Points.Count, 1, Sample.Map.Units.MapRules.MaxPathPoints);
        Vector3Info last = path.Points.Last();
        Assert.Equal((300f, 0f, -40f), (last.X, last.Y, last.Z));
    }

    private async Task<G2C_LoginGate> LoginGateAsync(long key)
    {
        await using ProtocolClient gate = await ProtocolClient.ConnectAsync(_fixture.Server.EndPoint, ProtocolRegistry.TryParse).WaitAsync(Bound);
        return await gate.Rpc.CallAsync(new C2G_LoginGate { GateKey = key }).WaitAsync(Bound);
    }
}
