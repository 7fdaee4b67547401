using System.Linq;
using System.Threading.Tasks;
using EtProtocolGen.Dispatch.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace EtProtocolGen.Dispatch.Tests
{
    /// <summary>The generated registration extension builds working dispatchers from the container.</summary>
    public sealed class DependencyInjectionTests
    {
        [Fact]
        public async Task The_generated_extension_registers_every_handler_and_both_dispatchers_as_singletons()
        {
            var probe = new HandlerProbe();
            using ServiceProvider provider = new ServiceCollection()
                .AddSingleton(probe)
                .AddEtProtocolGenDispatchTestsDispatchers()
                .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

            OuterDispatcher outer = provider.GetRequiredService<OuterDispatcher>();
            InnerDispatcher inner = provider.GetRequiredService<InnerDispatcher>();
            Assert.Same(outer, provider.GetRequiredService<OuterDispatcher>());
            Assert.Same(provider.GetRequiredService<PingHandler>(), provider.GetRequiredService<PingHandler>());

            DispatchResult ping = await outer.DispatchAsync(TestHost.OuterAnonymous, C2G_Ping.Opcode, TestHost.Encode(new C2G_Ping { RpcId = 3 }));
            DispatchResult sync = await inner.DispatchAsync(TestHost.InnerServer, S2S_Sync.Opcode, TestHost.Encode(new S2S_Sync { RpcId = 4 }));

            Assert.Equal(DispatchStatus.Handled, ping.Status);
            Assert.Equal(DispatchStatus.Handled, sync.Status);
            Assert.Equal(1, probe.Calls(C2G_Ping.Opcode));
            Assert.Equal(1, probe.Calls(S2S_Sync.Opcode));
        }

        [Fact]
        public async Task A_handler_the_host_registered_first_is_the_one_the_dispatcher_uses()
        {
            var registeredProbe = new HandlerProbe();
            using ServiceProvider provider = new ServiceCollection()
                .AddSingleton(new HandlerProbe())
                .AddSingleton(new PingHandler(registeredProbe))
                .AddEtProtocolGenDispatchTestsDispatchers()
                .BuildServiceProvider();

            await provider.GetRequiredService<OuterDispatcher>().DispatchAsync(TestHost.OuterAnonymous, C2G_Ping.Opcode, TestHost.Encode(new C2G_Ping { RpcId = 1 }));

            Assert.Equal(1, registeredProbe.Calls(C2G_Ping.Opcode));
            Assert.Equal(0, provider.GetRequiredService<HandlerProbe>().TotalCalls);
        }

        [Fact]
        public async Task A_handler_whose_messages_are_all_denied_by_default_is_neither_taken_nor_registered_and_its_message_is_still_refused()
        {
            Assert.DoesNotContain(
                typeof(OuterDispatcher).GetConstructors().Single().GetParameters(),
                parameter => parameter.ParameterType == typeof(UnmarkedHandler));

            var probe = new HandlerProbe();
            using ServiceProvider provider = new ServiceCollection()
                .AddSingleton(probe)
                .AddEtProtocolGenDispatchTestsDispatchers()
                .BuildServiceProvider();
            Assert.Null(provider.GetService<UnmarkedHandler>());

            DispatchResult result = await provider.GetRequiredService<OuterDispatcher>()
                .DispatchAsync(TestHost.OuterAdmin, C2G_Unmarked.Opcode, TestHost.Encode(new C2G_Unmarked { RpcId = 5 }));

            Assert.Equal(DispatchStatus.Forbidden, result.Status);
            Assert.Equal(0, probe.TotalCalls);
        }

        [Fact]
        public async Task The_dispatchers_with_limits_get_a_DispatchLimiter_unless_the_host_registered_a_limiter_first()
        {
            using ServiceProvider defaults = new ServiceCollection()
                .AddSingleton(new HandlerProbe())
                .AddEtProtocolGenDispatchTestsDispatchers()
                .BuildServiceProvider();
            Assert.IsType<DispatchLimiter>(defaults.GetRequiredService<IDispatchLimiter>());

            var own = TestLimiter.Exhausted;
            using ServiceProvider provider = new ServiceCollection()
                .AddSingleton(new HandlerProbe())
                .AddSingleton<IDispatchLimiter>(own)
                .AddEtProtocolGenDispatchTestsDispatchers()
                .BuildServiceProvider();

            DispatchResult ping = await provider.GetRequiredService<OuterDispatcher>()
                .DispatchAsync(TestHost.OuterAnonymous, C2G_Ping.Opcode, TestHost.Encode(new C2G_Ping { RpcId = 8 }));

            Assert.Equal(DispatchStatus.RateLimited, ping.Status);
            Assert.Equal(1, own.RateChecks);
        }
    }
}
