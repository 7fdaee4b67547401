using System;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using EtProtocolGen.Benchmarks.Generated;
using EtProtocolGen.Benchmarks.Messages.Et;

namespace EtProtocolGen.Benchmarks.Dispatch
{
    /// <summary>
    /// What refusing a malformed login costs (issue 16, target 2): <c>TryParse</c> and dispatch of a truncated payload,
    /// one with invalid UTF-8 and one whose string exceeds its <c>[MaxLength]</c>, each against <c>TryParse</c> of a valid
    /// login of the same size (the category's baseline, so the Ratio column is the refusal's cost in valid decodes).
    /// </summary>
    [MemoryDiagnoser]
    [GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
    [CategoriesColumn]
    public class RefusalBenchmarks
    {
        private const string Small = "33 B: truncated, invalid UTF-8";
        private const string OverLimit = "61 B: string over [MaxLength(32)]";

        private readonly BenchmarkSession _session = new BenchmarkSession();
        private readonly OuterDispatcher _dispatcher = new OuterDispatcher(new GrantingLimiter(), new ChatHandler(), new LoginHandler());
        private byte[] _valid = Array.Empty<byte>();
        private byte[] _truncated = Array.Empty<byte>();
        private byte[] _invalidUtf8 = Array.Empty<byte>();
        private byte[] _validLong = Array.Empty<byte>();
        private byte[] _overLimit = Array.Empty<byte>();

        [GlobalSetup]
        public void Setup()
        {
            // RpcId 17, Account "player000123", Password "s3cr3t-Passw0rd": 33 bytes, the serializer benchmarks' login.
            _valid = Login("player000123", "s3cr3t-Passw0rd");

            // The same bytes with the password's length prefix one too large: refused at the last field, after the rest was decoded.
            _truncated = (byte[])_valid.Clone();
            _truncated[_truncated.Length - 16]++;

            // The same bytes with the account's first character made a lone UTF-8 continuation byte.
            _invalidUtf8 = (byte[])_valid.Clone();
            _invalidUtf8[4] = 0x80;

            // 40 account characters against [MaxLength(32)], and a valid login of the same 61 bytes.
            _overLimit = Login(new string('p', 40), new string('s', 15));
            _validLong = Login(new string('p', 32), new string('s', 23));

            Expect(_valid, ProtocolError.None);
            Expect(_validLong, ProtocolError.None);
            Expect(_truncated, ProtocolError.Truncated);
            Expect(_invalidUtf8, ProtocolError.InvalidUtf8);
            Expect(_overLimit, ProtocolError.LimitExceeded);
            if (_valid.Length != 33 || _truncated.Length != 33 || _invalidUtf8.Length != 33 || _overLimit.Length != 61 || _validLong.Length != 61)
            {
                throw new InvalidOperationException("The refusal payloads are not the sizes their categories name.");
            }

            foreach (DispatchResult refused in new[] { Truncated_Dispatch(), InvalidUtf8_Dispatch(), OverLimit_Dispatch() })
            {
                if (refused.Status != DispatchStatus.Malformed)
                {
                    throw new InvalidOperationException("A malformed login was dispatched as " + refused.Status + ".");
                }
            }
        }

        [Benchmark(Baseline = true), BenchmarkCategory(Small)]
        public bool Valid_TryParse() => C2R_Login.TryParse(_valid, out _, out _);

        [Benchmark, BenchmarkCategory(Small)]
        public bool Truncated_TryParse() => C2R_Login.TryParse(_truncated, out _, out _);

        [Benchmark, BenchmarkCategory(Small)]
        public DispatchResult Truncated_Dispatch() => _dispatcher.DispatchAsync(_session, C2R_Login.Opcode, _truncated).Result;

        [Benchmark, BenchmarkCategory(Small)]
        public bool InvalidUtf8_TryParse() => C2R_Login.TryParse(_invalidUtf8, out _, out _);

        [Benchmark, BenchmarkCategory(Small)]
        public DispatchResult InvalidUtf8_Dispatch() => _dispatcher.DispatchAsync(_session, C2R_Login.Opcode, _invalidUtf8).Result;

        [Benchmark(Baseline = true), BenchmarkCategory(OverLimit)]
        public bool ValidLong_TryParse() => C2R_Login.TryParse(_validLong, out _, out _);

        [Benchmark, BenchmarkCategory(OverLimit)]
        public bool OverLimit_TryParse() => C2R_Login.TryParse(_overLimit, out _, out _);

        [Benchmark, BenchmarkCategory(OverLimit)]
        public DispatchResult OverLimit_Dispatch() => _dispatcher.DispatchAsync(_session, C2R_Login.Opcode, _overLimit).Result;

        private static byte[] Login(string account, string password)
        {
            var bytes = new byte[2 + 2 + Encoding.UTF8.GetByteCount(account) + 2 + Encoding.UTF8.GetByteCount(password)];

            // Written by hand: the encoder refuses an account over [MaxLength(32)], as it should.
            int position = 0;
            bytes[position++] = 0x08;
            bytes[position++] = 17;
            position = WriteString(bytes, position, 0x12, account);
            WriteString(bytes, position, 0x1A, password);
            return bytes;
        }

        private static int WriteString(byte[] bytes, int position, byte tag, string value)
        {
            bytes[position++] = tag;
            bytes[position++] = checked((byte)Encoding.UTF8.GetByteCount(value));
            return position + Encoding.UTF8.GetBytes(value, 0, value.Length, bytes, position);
        }

        private static void Expect(byte[] payload, ProtocolError expected)
        {
            bool parsed = C2R_Login.TryParse(payload, out _, out ProtocolError error);
            if (parsed != (expected == ProtocolError.None) || error != expected)
            {
                throw new InvalidOperationException("TryParse gave " + error + " where the benchmark expects " + expected + ".");
            }
        }
    }
}
