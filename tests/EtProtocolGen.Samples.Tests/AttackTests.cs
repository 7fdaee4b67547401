using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Demo.Attacks;

namespace EtProtocolGen.Samples.Tests;

/// <summary>Each attack of the demo on its own, against one server, over loopback: refused, and judged from the server's counters.</summary>
public sealed class AttackTests : IClassFixture<SampleServerFixture>
{
    private readonly SampleServerFixture _fixture;

    public AttackTests(SampleServerFixture fixture) => _fixture = fixture;

    public static TheoryData<string> Attacks => new()
    {
        "oversize frame", "length bomb", "malformed payload", "unknown opcode", "inner opcode",
        "request before login", "forged role", "out-of-range value", "message flood", "connection flood",
        "slot holding", "expensive-login flood", "slow readers during chat", "partial-frame flood",
    };

    [Theory]
    [MemberData(nameof(Attacks))]
    public async Task Attack_is_refused(string name)
    {
        var attacker = new Attacker(_fixture.Server, _fixture.Limits);
        var lasting = new AbuseAttacks(_fixture.Server, _fixture.Limits, AttackScale.Quick);
        var attacks = new Dictionary<string, Func<CancellationToken, Task<AttackOutcome>>>
        {
            ["oversize frame"] = attacker.OversizeFrameAsync,
            ["length bomb"] = attacker.LengthBombAsync,
            ["malformed payload"] = attacker.MalformedPayloadAsync,
            ["unknown opcode"] = attacker.UnknownOpcodeAsync,
            ["inner opcode"] = attacker.InnerOpcodeAsync,
            ["request before login"] = attacker.RequestBeforeLoginAsync,
            ["forged role"] = attacker.ForgedRoleAsync,
            ["out-of-range value"] = attacker.OutOfRangeValueAsync,
            ["message flood"] = attacker.MessageFloodAsync,
            ["connection flood"] = attacker.ConnectionFloodAsync,
            ["slot holding"] = lasting.SlotHoldingAsync,
            ["expensive-login flood"] = lasting.LoginFloodAsync,
            ["slow readers during chat"] = lasting.SlowReadersAsync,
            ["partial-frame flood"] = lasting.PartialFrameFloodAsync,
        };
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        await ServerSnapshot.WaitUntilIdleAsync(_fixture.Server, TimeSpan.FromSeconds(10));
        AttackOutcome outcome = await attacks[name](timeout.Token).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(name, outcome.Attempt);
        Assert.True(outcome.Refused, outcome.ServerDid);
        Assert.True(outcome.Player is null || outcome.Player.Served, name + ": the player was not served");
    }
}
