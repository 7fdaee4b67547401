using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Client;
using EtProtocolGen.Sample.Client;
using EtProtocolGen.Sample.Protocol;
using EtProtocolGen.Sample.Protocol.Generated;
using EtProtocolGen.Sample.Server.Hosting;
using EtProtocolGen.Sample.Server.Services;
using Microsoft.Extensions.Logging;

namespace EtProtocolGen.Samples.Tests;

/// <summary>The sample server's own limits, each on a server of its own (they change the state of an account or a bag).</summary>
public sealed class SampleLimitsTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_bag_fills_to_the_declared_limit_of_the_inventory_answer_and_the_next_item_is_a_game_error()
    {
        // A hundred requests in a row: room in the connection's message bucket for all of them.
        await using SampleServer server = await StartAsync(options => options.MessageBurst = 1_000);
        await using GameClient gm = await GameClient.LoginAsync(server.EndPoint, "gm", "letmein").WaitAsync(Bound);
        await gm.EnterMapAsync(1).WaitAsync(Bound);
        int starting = (await gm.GetInventoryAsync(0).WaitAsync(Bound)).Items.Count;

        for (int i = starting; i < M2C_Inventory.MaxItems; i++)
        {
            await gm.GmAddItemAsync(5001, 1).WaitAsync(Bound);
        }

        GameRequestException full = await Assert.ThrowsAsync<GameRequestException>(() => gm.GmAddItemAsync(5001, 1).WaitAsync(Bound));
        M2C_Inventory bag = await gm.GetInventoryAsync(0).WaitAsync(Bound);

        Assert.Equal(GameErrors.BagFull, full.ErrorCode);
        Assert.Equal(M2C_Inventory.MaxItems, bag.Items.Count);
    }

    [Fact]
    public async Task Repeated_wrong_passwords_throttle_the_account_from_that_address_and_its_next_login_there_is_refused_without_a_hash()
    {
        await using SampleServer server = await StartAsync();
        AccountStore accounts = server.Accounts;
        await using ProtocolClient realm = await ProtocolClient.ConnectAsync(server.EndPoint, ProtocolRegistry.TryParse).WaitAsync(Bound);

        for (int i = 0; i < LoginThrottle.FailuresPerAccount; i++)
        {
            R2C_Login wrong = await realm.Rpc.CallAsync(new C2R_Login { Account = "mallory", Password = "guess" + i }).WaitAsync(Bound);
            Assert.Equal(GameErrors.AccountOrPasswordWrong, wrong.Error);
        }

        long hashes = accounts.HashesComputed;
        R2C_Login throttled = await realm.Rpc.CallAsync(new C2R_Login { Account = "mallory", Password = "trustno1" }).WaitAsync(Bound);
        R2C_Login other = await realm.Rpc.CallAsync(new C2R_Login { Account = "ann", Password = "hunter2" }).WaitAsync(Bound);

        Assert.Equal(GameErrors.LoginThrottled, throttled.Error);
        Assert.Equal(0, throttled.GateKey);
        Assert.Equal(ErrorCodes.Success, other.Error);
        Assert.Equal(hashes + 1, accounts.HashesComputed);   // ann's login: none for the throttled one
    }

    [Fact]
    public async Task At_most_four_password_hashes_run_at_once_and_a_login_that_finds_no_slot_is_answered_RateLimited()
    {
        // A hash of 400,000 iterations (about 100 ms here, more under load) so that eight logins sent together overlap, and
        // enough pool threads for eight connection loops to hash at once (on 2 cores the pool otherwise adds them slowly).
        ThreadPool.GetMinThreads(out int workers, out int completionPorts);
        ThreadPool.SetMinThreads(Math.Max(workers, 32), completionPorts);
        await using SampleServer server = await StartAsync(hashIterations: 400_000);
        var realms = new ProtocolClient[8];
        try
        {
            for (int i = 0; i < realms.Length; i++)
            {
                realms[i] = await ProtocolClient.ConnectAsync(server.EndPoint, ProtocolRegistry.TryParse).WaitAsync(Bound);
            }

            R2C_Login[] answers = await Task.WhenAll(realms.Select(realm => realm.Rpc.CallAsync(new C2R_Login { Account = "ann", Password = "hunter2" }))).WaitAsync(Bound);

            int limited = answers.Count(static answer => answer.Error == ErrorCodes.RateLimited);
            int served = answers.Count(static answer => answer.Error == ErrorCodes.Success);
            Assert.Equal(answers.Length, limited + served);
            Assert.InRange(server.Accounts.PeakHashesRunning, 1, 4);
            Assert.InRange(served, 4, answers.Length - 1);   // the first four take the slots; the others find none while they hash
            Assert.Equal(served, server.Accounts.HashesComputed);
        }
        finally
        {
            ThreadPool.SetMinThreads(workers, completionPorts);
            foreach (ProtocolClient? realm in realms)
            {
                if (realm is not null)
                {
                    await realm.DisposeAsync();
                }
            }
        }
    }

    private static Task<SampleServer> StartAsync(Action<EtProtocolGen.Transport.Server.ProtocolServerOptions>? transport = null, int hashIterations = AccountStore.DefaultIterations) =>
        SampleServer.StartAsync(new SampleServerOptions
        {
            Transport = transport,
            PasswordHashIterations = hashIterations,
            Logging = static logging => logging.SetMinimumLevel(LogLevel.Warning),
        }).WaitAsync(Bound);
}
