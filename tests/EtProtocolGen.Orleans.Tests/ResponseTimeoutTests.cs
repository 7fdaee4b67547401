using System;
using System.Diagnostics;
using System.Threading.Tasks;
using EtProtocolGen.Orleans.Grains;
using EtProtocolGen.Orleans.Tests.Gate;
using EtProtocolGen.Orleans.Tests.Generated;
using EtProtocolGen.Orleans.Tests.Infrastructure;
using EtProtocolGen.Orleans.Tests.Map;
using EtProtocolGen.Orleans.Tests.Protocol;

namespace EtProtocolGen.Orleans.Tests;

/// <summary>
/// A unit whose silo is alive but whose handler does not answer: the caller's own timeout, or else Orleans' response
/// timeout, ends the wait with <see cref="ErrorCodes.Unavailable"/> and the request's RpcId; nobody waits longer, and the
/// unit serves again once its handler is done.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ResponseTimeoutTests
{
    private const long UnitId = 401;

    // What a loaded 2-core CI machine may add to a timeout before the test calls it a hang.
    private static readonly TimeSpan Slack = TimeSpan.FromSeconds(5);

    private static readonly ProtocolIdentity Ann = ProtocolIdentity.Client("ann", new string[0]);

    private readonly ClusterFixture _cluster;

    public ResponseTimeoutTests(ClusterFixture cluster) => _cluster = cluster;

    [Fact]
    public async Task A_unit_that_does_not_answer_in_time_is_answered_Unavailable_and_serves_again_afterwards()
    {
        IUnitGrain unit = _cluster.Client.GetGrain<IUnitGrain>(UnitId);
        var player = new TestGateSession(Ann, unit);
        var gate = new TestGate();
        try
        {
            // A typed call with its own timeout, shorter than Orleans' response timeout.
            TimeSpan timeout = TimeSpan.FromMilliseconds(500);
            var clock = Stopwatch.StartNew();
            M2C_Unit ownTimeout = await unit.As(Ann).CallAsync(new C2M_Stall { RpcId = 1 }, timeout).WaitAsync(timeout + Slack + Slack);
            TimeSpan ownElapsed = clock.Elapsed;
            await Stalls.Of(UnitId).Entered.Task.WaitAsync(Slack);

            // The gate's forwarder has no timeout of its own: Orleans' response timeout ends the client's request, which
            // waits behind the stalled one in the unit's mailbox.
            clock.Restart();
            M2C_Unit forwarded = await gate.RequestAsync<M2C_Unit>(player, new C2M_GetUnit { RpcId = 2 }).WaitAsync(ClusterFixture.ResponseTimeout + Slack + Slack);
            TimeSpan forwardedElapsed = clock.Elapsed;

            Assert.Equal((1, ErrorCodes.Unavailable), (ownTimeout.RpcId, ownTimeout.Error));
            Assert.True(ownElapsed < timeout + Slack, "the call with a 500 ms timeout ended after " + ownElapsed);
            Assert.Equal((2, ErrorCodes.Unavailable), (forwarded.RpcId, forwarded.Error));
            Assert.True(forwardedElapsed < ClusterFixture.ResponseTimeout + Slack, "the forwarded request ended after " + forwardedElapsed);
        }
        finally
        {
            Stalls.Release(UnitId);
        }

        M2C_Unit served = await gate.RequestAsync<M2C_Unit>(player, new C2M_GetUnit { RpcId = 3 }).WaitAsync(ClusterFixture.ResponseTimeout + Slack);
        Assert.Equal((3, ErrorCodes.Success, "ann"), (served.RpcId, served.Error, served.Caller));
    }
}
