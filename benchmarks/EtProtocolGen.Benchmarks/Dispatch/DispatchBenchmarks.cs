using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using EtProtocolGen.Benchmarks.Generated;
using EtProtocolGen.Benchmarks.Messages;
using EtProtocolGen.Benchmarks.Messages.Et;

namespace EtProtocolGen.Benchmarks.Dispatch
{
    /// <summary>
    /// The generated dispatcher's hot path (issue 3, item 5): scope check, the rate-limit check (the anonymous login's default,
    /// against a limiter that grants everything), decode within limits, authorization, validation and a synchronously
    /// completing handler. Each dispatch is paired with decoding the same payload
    /// alone: the difference in "Allocated" is what dispatch adds beyond the message (for a request, the response).
    /// </summary>
    [MemoryDiagnoser]
    [GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
    [CategoriesColumn]
    public class DispatchBenchmarks
    {
        private readonly BenchmarkSession _session = new BenchmarkSession();
        private readonly OuterDispatcher _dispatcher = new OuterDispatcher(new GrantingLimiter(), new ChatHandler(), new LoginHandler());
        private byte[] _login = System.Array.Empty<byte>();
        private byte[] _chat = System.Array.Empty<byte>();

        [GlobalSetup]
        public void Setup()
        {
            _login = Encode(SampleData.Login());
            _chat = Encode(SampleData.Chat());

            // What the numbers rely on: both dispatches reach their handler.
            if (!Login_Dispatch().IsHandled || !Chat_Dispatch().IsHandled)
            {
                throw new System.InvalidOperationException("The benchmark dispatches did not reach their handlers.");
            }
        }

        [Benchmark(Baseline = true), BenchmarkCategory("Login request")]
        public C2R_Login Login_DecodeOnly() => C2R_Login.Parse(_login);

        [Benchmark, BenchmarkCategory("Login request")]
        public DispatchResult Login_Dispatch() => _dispatcher.DispatchAsync(_session, C2R_Login.Opcode, _login).Result;

        [Benchmark(Baseline = true), BenchmarkCategory("Chat message")]
        public C2M_Chat Chat_DecodeOnly() => C2M_Chat.Parse(_chat);

        [Benchmark, BenchmarkCategory("Chat message")]
        public DispatchResult Chat_Dispatch() => _dispatcher.DispatchAsync(_session, C2M_Chat.Opcode, _chat).Result;

        private static byte[] Encode(IWireMessage message)
        {
            var bytes = new byte[message.CalculateSize()];
            message.TryWriteTo(bytes, out _);
            return bytes;
        }
    }
}
