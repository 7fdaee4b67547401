using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Dispatch.Tests.Infrastructure;

namespace EtProtocolGen.Dispatch.Tests.RateLimiting
{
    /// <summary>
    /// <see cref="DispatchLimiter"/>: budgets per partition, narrowest first, refill, concurrency slots given back, and the
    /// bounds that keep an attacker who rotates identities from growing its memory.
    /// </summary>
    public class DispatchLimiterTests
    {
        private static RateLimitRule Rate(int permits, int perSeconds, RateLimitPartition per) =>
            new RateLimitRule(permits, perSeconds, per, "[RateLimit(" + permits + ", " + perSeconds + ", Per = " + per + ")] on Test");

        private static ConcurrencyLimitRule Slots(int limit, RateLimitPartition per) =>
            new ConcurrencyLimitRule(limit, per, "[MaxConcurrency(" + limit + ", Per = " + per + ")] on Test");

        private static int Acquired(DispatchLimiter limiter, RateLimitRule rule, IProtocolSession session, int attempts)
        {
            int acquired = 0;
            for (int i = 0; i < attempts; i++)
            {
                acquired += limiter.TryAcquire(rule, session) ? 1 : 0;
            }

            return acquired;
        }

        [Fact]
        public void A_connection_gets_its_permits_and_no_more_and_other_connections_keep_theirs()
        {
            var limiter = new DispatchLimiter();
            RateLimitRule rule = Rate(3, 60, RateLimitPartition.Connection);
            var first = new LimitedSession("c1");
            var second = new LimitedSession("c2");

            Assert.Equal(3, Acquired(limiter, rule, first, 10));
            Assert.Equal(3, Acquired(limiter, rule, second, 10));
            Assert.False(limiter.TryAcquire(rule, first));
        }

        [Fact]
        public void Permits_come_back_evenly_over_the_interval()
        {
            // 2 per second: one permit back every 500 ms.
            var limiter = new DispatchLimiter();
            RateLimitRule rule = Rate(2, 1, RateLimitPartition.Connection);
            var session = new LimitedSession("c1");
            Assert.Equal(2, Acquired(limiter, rule, session, 3));

            Thread.Sleep(650);
            Assert.Equal(1, Acquired(limiter, rule, session, 3));

            Thread.Sleep(1_100);
            Assert.Equal(2, Acquired(limiter, rule, session, 3));
        }

        [Fact]
        public void Every_rule_has_its_own_budget()
        {
            var limiter = new DispatchLimiter();
            RateLimitRule login = Rate(1, 60, RateLimitPartition.Connection);
            RateLimitRule register = Rate(1, 60, RateLimitPartition.Connection);
            var session = new LimitedSession("c1");
            Assert.True(limiter.TryAcquire(login, session));
            Assert.True(limiter.TryAcquire(register, session));
            Assert.False(limiter.TryAcquire(login, session));
        }

        [Theory]
        [InlineData("203.0.113.7", "203.0.113.7", true)]
        [InlineData("203.0.113.7", "203.0.113.8", false)]
        [InlineData("203.0.113.7", "::ffff:203.0.113.7", true)]
        [InlineData("2001:db8:1:2::1", "2001:db8:1:2:ffff:ffff:ffff:ffff", true)]
        [InlineData("2001:db8:1:2::1", "2001:db8:1:3::1", false)]
        [InlineData("127.0.0.1", "127.0.0.2", false)]
        public void Connections_from_one_address_share_its_budget_and_IPv6_shares_per_64_prefix(string a, string b, bool shared)
        {
            var limiter = new DispatchLimiter();
            RateLimitRule rule = Rate(2, 60, RateLimitPartition.RemoteAddress);
            Assert.Equal(2, Acquired(limiter, rule, new LimitedSession("c1", a), 2));
            Assert.Equal(shared ? 0 : 2, Acquired(limiter, rule, new LimitedSession("c2", b), 2));
        }

        [Fact]
        public void A_session_without_an_address_is_not_limited_by_address()
        {
            var limiter = new DispatchLimiter();
            RateLimitRule rule = Rate(1, 60, RateLimitPartition.RemoteAddress);
            Assert.Equal(5, Acquired(limiter, rule, new LimitedSession("c1", address: null), 5));
            Assert.Equal(0, limiter.PartitionCount);
        }

        [Fact]
        public void Accounts_share_a_budget_across_connections_and_anonymous_sessions_are_not_limited_by_account()
        {
            var limiter = new DispatchLimiter();
            RateLimitRule rule = Rate(2, 60, RateLimitPartition.Account);
            var phone = new LimitedSession("c1", "203.0.113.7", account: "alice");
            var laptop = new LimitedSession("c2", "198.51.100.1", account: "alice");
            var anonymous = new LimitedSession("c3");

            Assert.True(limiter.TryAcquire(rule, phone));
            Assert.True(limiter.TryAcquire(rule, laptop));
            Assert.False(limiter.TryAcquire(rule, phone));
            Assert.Equal(4, Acquired(limiter, rule, anonymous, 4));

            // Logging in moves the session into its account's budget from the next check on.
            anonymous.AccountId = "alice";
            Assert.False(limiter.TryAcquire(rule, anonymous));
        }

        [Fact]
        public void The_global_budget_is_shared_by_every_session()
        {
            var limiter = new DispatchLimiter();
            RateLimitRule rule = Rate(3, 60, RateLimitPartition.Global);
            Assert.Equal(2, Acquired(limiter, rule, new LimitedSession("c1", "203.0.113.1"), 2));
            Assert.Equal(1, Acquired(limiter, rule, new LimitedSession("c2", "203.0.113.2"), 5));
        }

        [Fact]
        public void A_connection_over_its_own_budget_does_not_spend_its_address_budget()
        {
            // Per connection 2, per address 3: the flooding connection is stopped at its own budget first.
            var limiter = new DispatchLimiter();
            RateLimitRule rule = Rate(2, 60, RateLimitPartition.Connection | RateLimitPartition.RemoteAddress);
            RateLimitRule addressOnly = Rate(3, 60, RateLimitPartition.RemoteAddress);
            var flooder = new LimitedSession("c1", "198.51.100.9");
            var neighbour = new LimitedSession("c2", "198.51.100.9");

            Assert.Equal(2, Acquired(limiter, rule, flooder, 50));
            // Same numbers per partition: the address has 2 of 2 spent by the flooder's 2 permits, none by its 48 refusals.
            Assert.Equal(0, Acquired(limiter, rule, neighbour, 1));

            Assert.Equal(3, Acquired(limiter, addressOnly, flooder, 3));
            Assert.False(limiter.TryAcquire(addressOnly, neighbour));
        }

        [Fact]
        public void A_session_without_identities_is_limited_per_session_object()
        {
            var limiter = new DispatchLimiter();
            RateLimitRule rule = Rate(1, 60, RateLimitPartition.Connection | RateLimitPartition.RemoteAddress | RateLimitPartition.Account);
            var first = new TestSession("plain 1", MessageScope.Outer, isAuthenticated: true);
            var second = new TestSession("plain 2", MessageScope.Outer, isAuthenticated: true);
            Assert.Equal(1, Acquired(limiter, rule, first, 3));
            Assert.Equal(1, Acquired(limiter, rule, second, 3));
        }

        [Fact]
        public void A_struct_session_without_identities_shares_one_connection_budget()
        {
            var limiter = new DispatchLimiter();
            RateLimitRule rule = Rate(2, 60, RateLimitPartition.Connection);
            Assert.Equal(2, Acquired(limiter, rule, new StructSession(), 3));
            Assert.Equal(0, Acquired(limiter, rule, new StructSession(), 3));
        }

        [Fact]
        public void Concurrent_callers_never_get_more_than_the_permits()
        {
            var limiter = new DispatchLimiter();
            RateLimitRule rule = Rate(1_000, 3_600, RateLimitPartition.Global);
            int acquired = 0;
            Parallel.For(0, 8, worker =>
            {
                var session = new LimitedSession("c" + worker);
                for (int i = 0; i < 500; i++)
                {
                    if (limiter.TryAcquire(rule, session))
                    {
                        Interlocked.Increment(ref acquired);
                    }
                }
            });

            Assert.Equal(1_000, acquired);
        }

        // ---- bounded partition state ---------------------------------------------------------------------

        [Fact]
        public void A_budget_unused_for_its_whole_interval_is_dropped()
        {
            var time = new ManualTimeProvider();
            var limiter = new DispatchLimiter(new DispatchLimiterOptions { TimeProvider = time });
            RateLimitRule rule = Rate(5, 10, RateLimitPartition.Connection | RateLimitPartition.RemoteAddress);
            for (int i = 0; i < 100; i++)
            {
                limiter.TryAcquire(rule, new LimitedSession("c" + i, "198.51.100." + i));
            }

            Assert.Equal(200, limiter.PartitionCount);

            time.Advance(TimeSpan.FromSeconds(9.9));
            limiter.TryAcquire(rule, new LimitedSession("late", "203.0.113.1"));
            Assert.Equal(202, limiter.PartitionCount);

            time.Advance(TimeSpan.FromSeconds(0.1));
            limiter.TryAcquire(rule, new LimitedSession("later", "203.0.113.2"));
            Assert.Equal(4, limiter.PartitionCount);
        }

        [Fact]
        public void An_attacker_rotating_addresses_cannot_grow_the_limiter_past_its_bound()
        {
            var limiter = new DispatchLimiter(new DispatchLimiterOptions { MaxPartitionsPerRule = 1_000 });
            RateLimitRule rule = Rate(1, 3_600, RateLimitPartition.RemoteAddress);
            var session = new LimitedSession("attacker");
            for (int i = 0; i < 20_000; i++)
            {
                session.RemoteAddress = new System.Net.IPAddress(BitConverter.GetBytes(0x0A000000 + i));
                Assert.True(limiter.TryAcquire(rule, session));
            }

            Assert.Equal(1_000, limiter.PartitionCount);

            // The most recent addresses keep their spent budgets.
            Assert.False(limiter.TryAcquire(rule, session));
        }

        [Fact]
        public void An_attacker_rotating_accounts_cannot_grow_the_limiter_past_its_bound()
        {
            var limiter = new DispatchLimiter(new DispatchLimiterOptions { MaxPartitionsPerRule = 500 });
            RateLimitRule rule = Rate(1, 3_600, RateLimitPartition.Account);
            var session = new LimitedSession("attacker", account: "a");
            for (int i = 0; i < 5_000; i++)
            {
                session.AccountId = "account-" + i;
                Assert.True(limiter.TryAcquire(rule, session));
            }

            Assert.Equal(500, limiter.PartitionCount);
        }

        // ---- concurrency ---------------------------------------------------------------------------------

        [Fact]
        public void Slots_are_refused_at_the_limit_and_come_back_when_disposed()
        {
            var limiter = new DispatchLimiter();
            ConcurrencyLimitRule rule = Slots(2, RateLimitPartition.Global);
            var session = new LimitedSession("c1");

            IDisposable? first = limiter.TryEnter(rule, session);
            IDisposable? second = limiter.TryEnter(rule, new LimitedSession("c2"));
            Assert.NotNull(first);
            Assert.NotNull(second);
            Assert.Null(limiter.TryEnter(rule, session));

            first!.Dispose();
            first.Dispose();   // twice is harmless: it does not give back someone else's slot
            IDisposable? third = limiter.TryEnter(rule, session);
            Assert.NotNull(third);
            Assert.Null(limiter.TryEnter(rule, session));

            second!.Dispose();
            third!.Dispose();
            Assert.Equal(0, limiter.PartitionCount);
        }

        [Fact]
        public void Per_connection_slots_are_separate()
        {
            var limiter = new DispatchLimiter();
            ConcurrencyLimitRule rule = Slots(1, RateLimitPartition.Connection);
            Assert.NotNull(limiter.TryEnter(rule, new LimitedSession("c1")));
            Assert.NotNull(limiter.TryEnter(rule, new LimitedSession("c2")));
            Assert.Null(limiter.TryEnter(rule, new LimitedSession("c1")));
        }

        [Fact]
        public void A_slot_refused_by_a_wider_partition_gives_back_the_narrower_ones()
        {
            var limiter = new DispatchLimiter();
            ConcurrencyLimitRule rule = Slots(1, RateLimitPartition.Connection | RateLimitPartition.Global);
            IDisposable? held = limiter.TryEnter(rule, new LimitedSession("c1"));
            Assert.NotNull(held);
            Assert.Equal(2, limiter.PartitionCount);

            Assert.Null(limiter.TryEnter(rule, new LimitedSession("c2")));
            Assert.Equal(2, limiter.PartitionCount);

            held!.Dispose();
            Assert.Equal(0, limiter.PartitionCount);
            IDisposable? next = limiter.TryEnter(rule, new LimitedSession("c2"));
            Assert.NotNull(next);
            next!.Dispose();
        }

        [Fact]
        public void A_slot_of_a_partition_the_session_cannot_supply_is_not_refused()
        {
            var limiter = new DispatchLimiter();
            ConcurrencyLimitRule rule = Slots(1, RateLimitPartition.Account);
            var anonymous = new LimitedSession("c1");
            IDisposable? first = limiter.TryEnter(rule, anonymous);
            IDisposable? second = limiter.TryEnter(rule, anonymous);
            Assert.NotNull(first);
            Assert.NotNull(second);
            Assert.Equal(0, limiter.PartitionCount);
        }

        [Fact]
        public void New_identities_are_refused_slots_past_the_bound_and_admitted_again_once_slots_come_back()
        {
            var limiter = new DispatchLimiter(new DispatchLimiterOptions { MaxPartitionsPerRule = 2 });
            ConcurrencyLimitRule rule = Slots(1, RateLimitPartition.Connection);
            IDisposable? a = limiter.TryEnter(rule, new LimitedSession("a"));
            IDisposable? b = limiter.TryEnter(rule, new LimitedSession("b"));
            Assert.Null(limiter.TryEnter(rule, new LimitedSession("c")));
            a!.Dispose();
            IDisposable? c = limiter.TryEnter(rule, new LimitedSession("c"));
            Assert.NotNull(c);
            b!.Dispose();
            c!.Dispose();
        }

        [Fact]
        public void Concurrent_slot_takers_never_exceed_the_limit()
        {
            var limiter = new DispatchLimiter();
            ConcurrencyLimitRule rule = Slots(3, RateLimitPartition.Global);
            int running = 0;
            int most = 0;
            var stopwatch = Stopwatch.StartNew();
            Parallel.For(0, 8, worker =>
            {
                var session = new LimitedSession("c" + worker);
                for (int i = 0; i < 2_000 && stopwatch.Elapsed < TimeSpan.FromSeconds(10); i++)
                {
                    IDisposable? slot = limiter.TryEnter(rule, session);
                    if (slot is null)
                    {
                        continue;
                    }

                    int now = Interlocked.Increment(ref running);
                    InterlockedMax(ref most, now);
                    Interlocked.Decrement(ref running);
                    slot.Dispose();
                }
            });

            Assert.InRange(most, 1, 3);
            Assert.Equal(0, limiter.PartitionCount);
        }

        [Fact]
        public void Options_out_of_range_are_refused()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => new DispatchLimiter(new DispatchLimiterOptions { MaxPartitionsPerRule = 0 }));
            Assert.Throws<ArgumentNullException>(() => new DispatchLimiter(new DispatchLimiterOptions { TimeProvider = null! }));
            Assert.Throws<ArgumentNullException>(() => new DispatchLimiter(null!));
        }

        public static IEnumerable<object[]> InvalidRules => new[]
        {
            new object[] { 0, 1, RateLimitPartition.Connection },
            new object[] { RateLimitAttribute.MaxPermits + 1, 1, RateLimitPartition.Connection },
            new object[] { 1, 0, RateLimitPartition.Connection },
            new object[] { 1, RateLimitAttribute.MaxPerSeconds + 1, RateLimitPartition.Connection },
            new object[] { 1, 1, (RateLimitPartition)0 },
            new object[] { 1, 1, (RateLimitPartition)16 },
        };

        [Theory]
        [MemberData(nameof(InvalidRules))]
        public void Rules_out_of_range_are_refused(int permits, int perSeconds, RateLimitPartition per) =>
            Assert.Throws<ArgumentOutOfRangeException>(() => new RateLimitRule(permits, perSeconds, per, "test"));

        [Fact]
        public void Concurrency_rules_out_of_range_are_refused()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => new ConcurrencyLimitRule(0, RateLimitPartition.Global, "test"));
            Assert.Throws<ArgumentOutOfRangeException>(() => new ConcurrencyLimitRule(MaxConcurrencyAttribute.MaxLimit + 1, RateLimitPartition.Global, "test"));
            Assert.Throws<ArgumentOutOfRangeException>(() => new ConcurrencyLimitRule(1, (RateLimitPartition)32, "test"));
        }

        private static void InterlockedMax(ref int target, int value)
        {
            int current;
            while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
            {
            }
        }

        private readonly struct StructSession : IProtocolSession
        {
            public bool IsAuthenticated => false;

            public MessageScope Scope => MessageScope.Outer;

            public bool IsInRole(string role) => false;
        }
    }
}
