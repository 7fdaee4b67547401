using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Demo;
using EtProtocolGen.Demo.Attacks;

namespace EtProtocolGen.Samples.Tests;

/// <summary>The README's main command, in process: the whole demo must pass, from its own observations.</summary>
public sealed class DemoScenarioTests
{
    private static readonly string[] ExpectedAttacks =
    {
        "oversize frame", "length bomb", "malformed payload", "unknown opcode", "inner opcode",
        "request before login", "forged role", "out-of-range value", "message flood", "connection flood",
        "slot holding", "expensive-login flood", "slow readers during chat", "partial-frame flood",
    };

    [Fact]
    public async Task Every_attack_is_refused_and_the_player_is_served_before_and_after()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(180));
        var output = new StringWriter();

        DemoReport report = await DemoScenario.RunAsync(output, timeout.Token).WaitAsync(TimeSpan.FromSeconds(180));

        Assert.Equal(ExpectedAttacks, report.Attacks.Select(static attack => attack.Attempt));
        foreach (AttackOutcome attack in report.Attacks)
        {
            Assert.True(attack.Refused, attack.Attempt + ": " + attack.ServerDid);
            Assert.True(attack.Player is null || attack.Player.Served, attack.Attempt + ": the player was not served");
        }

        // The lasting attacks print what the player saw while they ran.
        Assert.Equal(4, report.Attacks.Count(static attack => attack.Player is not null));

        Assert.True(report.ServedBefore, output.ToString());
        Assert.True(report.GameMasterServed, output.ToString());
        Assert.True(report.ServedAfter, output.ToString());
        Assert.True(report.Passed);
        Assert.Contains("| connection flood ", output.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("PASS" + Environment.NewLine, output.ToString(), StringComparison.Ordinal);
    }
}
