using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
using EtProtocolGen.Transport.Diagnostics;
using EtProtocolGen.Transport.Server;
using EtProtocolGen.Transport.Server.Admission;
using Microsoft.Extensions.Options;

namespace EtProtocolGen.Transport.Tests
{
    /// <summary>The admission decisions themselves, on made-up remote addresses (no sockets, no clock beyond the bucket's).</summary>
    public sealed class ConnectionAdmissionTests
    {
        private static readonly EndPoint Alice = At("203.0.113.7");
        private static readonly EndPoint Bob = At("198.51.100.9");

        [Fact]
        public void An_address_holds_MaxConnectionsPerAddress_connections_and_the_next_one_is_refused()
        {
            using ConnectionAdmission admission = Create(options => options.MaxConnectionsPerAddress = 3);
            var held = new List<AdmissionTicket>();

            held.Add(AdmitLoggedIn(admission, Alice));
            held.Add(AdmitLoggedIn(admission, Alice));   // limit - 1
            held.Add(AdmitLoggedIn(admission, Alice));   // limit
            RefusalReason? refused = admission.TryAdmit(Alice, out AdmissionTicket? none);   // limit + 1

            Assert.Equal(RefusalReason.AddressConnectionLimit, refused);
            Assert.Null(none);
            AdmitLoggedIn(admission, Bob).Dispose();

            held[0].Dispose();
            held.Add(AdmitLoggedIn(admission, Alice));
            held.ForEach(static ticket => ticket.Dispose());
        }

        [Fact]
        public void IPv6_addresses_in_one_64_prefix_share_their_limits_and_other_prefixes_do_not()
        {
            using ConnectionAdmission admission = Create(options => options.MaxConnectionsPerAddress = 1);

            using AdmissionTicket first = AdmitLoggedIn(admission, At("2001:db8:1:2::1"));
            RefusalReason? samePrefix = admission.TryAdmit(At("2001:db8:1:2:ffff:ffff:ffff:9"), out _);
            using AdmissionTicket otherPrefix = AdmitLoggedIn(admission, At("2001:db8:1:3::1"));

            Assert.Equal(RefusalReason.AddressConnectionLimit, samePrefix);
        }

        [Fact]
        public void An_IPv4_mapped_address_counts_as_its_IPv4_address()
        {
            using ConnectionAdmission admission = Create(options => options.MaxConnectionsPerAddress = 1);

            using AdmissionTicket first = AdmitLoggedIn(admission, At("203.0.113.7"));
            RefusalReason? mapped = admission.TryAdmit(At("::ffff:203.0.113.7"), out _);

            Assert.Equal(RefusalReason.AddressConnectionLimit, mapped);
        }

        [Fact]
        public void The_accept_rate_admits_a_burst_and_refuses_the_next_attempt_until_the_bucket_refills()
        {
            using ConnectionAdmission admission = Create(options =>
            {
                options.ConnectionBurstPerAddress = 3;
                options.ConnectionsPerSecondPerAddress = 1;
            });

            // Three attempts in well under the second a token takes to refill.
            AdmitLoggedIn(admission, Alice).Dispose();
            AdmitLoggedIn(admission, Alice).Dispose();   // burst - 1
            AdmitLoggedIn(admission, Alice).Dispose();   // burst
            RefusalReason? refused = admission.TryAdmit(Alice, out _);   // burst + 1

            Assert.Equal(RefusalReason.AddressConnectionRate, refused);
            AdmitLoggedIn(admission, Bob).Dispose();
        }

        [Fact]
        public void Unauthenticated_connections_are_capped_per_address_until_one_logs_in()
        {
            using ConnectionAdmission admission = Create(options => options.MaxUnauthenticatedConnectionsPerAddress = 2);

            Assert.Null(admission.TryAdmit(Alice, out AdmissionTicket? first));
            Assert.Null(admission.TryAdmit(Alice, out AdmissionTicket? second));
            RefusalReason? third = admission.TryAdmit(Alice, out _);
            Assert.Null(admission.TryAdmit(Bob, out AdmissionTicket? other));
            Assert.Equal(3, admission.UnauthenticatedConnections);

            first!.Authenticated();
            first.Authenticated();   // once only: a second call gives nothing back twice
            Assert.Null(admission.TryAdmit(Alice, out AdmissionTicket? replacement));

            Assert.Equal(RefusalReason.AddressUnauthenticatedLimit, third);
            Assert.Equal(3, admission.UnauthenticatedConnections);
            foreach (AdmissionTicket? ticket in new[] { first, second, other, replacement })
            {
                ticket!.Dispose();
            }

            Assert.Equal(0, admission.UnauthenticatedConnections);
        }

        [Fact]
        public void When_the_global_cap_is_full_an_address_holding_as_many_as_the_most_is_refused()
        {
            using ConnectionAdmission admission = Create(options => options.MaxUnauthenticatedConnections = 3);
            AdmissionTicket first = Admit(admission, At("192.0.2.1"));
            AdmissionTicket second = Admit(admission, At("192.0.2.1"));
            AdmissionTicket third = Admit(admission, At("192.0.2.2"));   // full: 192.0.2.1 holds 2, 192.0.2.2 holds 1

            RefusalReason? mostAlready = admission.TryAdmit(At("192.0.2.1"), out AdmissionTicket? none);   // 2 held, the most is 2

            Assert.Equal(RefusalReason.UnauthenticatedLimit, mostAlready);
            Assert.Null(none);
            Assert.Equal(3, admission.UnauthenticatedConnections);
            Assert.False(first.IsEvicted || second.IsEvicted || third.IsEvicted);

            // A place given back is free again: no one is evicted for the next newcomer.
            second.Dispose();
            AdmissionTicket fourth = Admit(admission, At("192.0.2.1"));
            Assert.False(first.IsEvicted || third.IsEvicted);
            DisposeAll(first, third, fourth);
        }

        [Fact]
        public void When_the_global_cap_is_full_a_newcomer_takes_the_place_of_the_oldest_connection_of_the_address_holding_the_most()
        {
            using ConnectionAdmission admission = Create(options => options.MaxUnauthenticatedConnections = 4);
            AdmissionTicket lone = Admit(admission, At("192.0.2.9"));          // the oldest of all, but its address holds 1
            AdmissionTicket oldest = Admit(admission, At("192.0.2.1"));
            AdmissionTicket younger = Admit(admission, At("192.0.2.1"));
            AdmissionTicket youngest = Admit(admission, At("192.0.2.1"));      // full: 192.0.2.1 holds 3
            int closed = 0;
            oldest.OnEvicted(() => closed++);

            AdmissionTicket player = Admit(admission, At("203.0.113.7"));      // holds 0 < 3: takes a place

            Assert.True(oldest.IsEvicted);
            Assert.Equal(1, closed);
            Assert.False(lone.IsEvicted || younger.IsEvicted || youngest.IsEvicted || player.IsEvicted);
            Assert.Equal(4, admission.UnauthenticatedConnections);

            // The evicted connection's close gives back nothing twice.
            oldest.Dispose();
            Assert.Equal(4, admission.UnauthenticatedConnections);
            DisposeAll(lone, younger, youngest, player);
            Assert.Equal(0, admission.UnauthenticatedConnections);
        }

        [Fact]
        public void An_address_takes_places_only_from_addresses_holding_more_so_a_flood_ends_up_with_equal_shares()
        {
            using ConnectionAdmission admission = Create(options => options.MaxUnauthenticatedConnections = 4);
            var big = new List<AdmissionTicket> { Admit(admission, At("192.0.2.1")), Admit(admission, At("192.0.2.1")), Admit(admission, At("192.0.2.1")) };
            AdmissionTicket small = Admit(admission, At("192.0.2.2"));   // full: 3 and 1

            AdmissionTicket smallSecond = Admit(admission, At("192.0.2.2"));   // holds 1 < 3: the most - 2
            RefusalReason? equal = admission.TryAdmit(At("192.0.2.2"), out _);   // now 2 and 2: holds as many as the most

            Assert.True(big[0].IsEvicted);
            Assert.False(big[1].IsEvicted || big[2].IsEvicted || small.IsEvicted || smallSecond.IsEvicted);
            Assert.Equal(RefusalReason.UnauthenticatedLimit, equal);

            // Between addresses of equal shares a third address takes the oldest connection of the two (192.0.2.1's second).
            AdmissionTicket third = Admit(admission, At("192.0.2.3"));
            Assert.True(big[1].IsEvicted);
            Assert.False(big[2].IsEvicted || small.IsEvicted || smallSecond.IsEvicted);
            DisposeAll(big[0], big[1], big[2], small, smallSecond, third);
        }

        [Fact]
        public void A_connection_that_logged_in_is_never_evicted_and_a_close_attached_after_an_eviction_runs_at_once()
        {
            using ConnectionAdmission admission = Create(options => options.MaxUnauthenticatedConnections = 2);
            AdmissionTicket loggedIn = AdmitLoggedIn(admission, At("192.0.2.1"));
            AdmissionTicket first = Admit(admission, At("192.0.2.1"));
            AdmissionTicket second = Admit(admission, At("192.0.2.1"));   // full: the logged-in one holds no place

            AdmissionTicket newcomer = Admit(admission, At("192.0.2.2"));
            int closed = 0;
            first.OnEvicted(() => closed++);   // the connection's loop attaches its close after the eviction

            Assert.False(loggedIn.IsEvicted);
            Assert.True(first.IsEvicted);
            Assert.Equal(1, closed);
            Assert.False(second.IsEvicted);

            // Evicted after logging in: nothing happens (Evict gives back only a place still held).
            second.Authenticated();
            second.Evict();
            Assert.False(second.IsEvicted);
            DisposeAll(loggedIn, first, second, newcomer);
            Assert.Equal(0, admission.UnauthenticatedConnections);
        }

        [Fact]
        public void Exempt_networks_skip_the_per_address_limits_and_count_as_an_address_each_under_the_global_cap()
        {
            using ConnectionAdmission admission = Create(options =>
            {
                options.ExemptNetworks.Add(IPNetwork.Parse("10.0.0.0/8"));
                options.MaxConnectionsPerAddress = 1;
                options.ConnectionBurstPerAddress = 1;
                options.MaxUnauthenticatedConnectionsPerAddress = 1;
                options.MaxUnauthenticatedConnections = 3;
            });
            var held = new List<AdmissionTicket>();

            for (int i = 0; i < 3; i++)
            {
                held.Add(Admit(admission, At("10.1.2.3")));
            }

            // Full of connections that each count as an address of one: the oldest makes room.
            held.Add(Admit(admission, At("10.1.2.3")));

            Assert.True(held[0].IsEvicted);
            Assert.False(held[1].IsEvicted || held[2].IsEvicted || held[3].IsEvicted);
            Assert.Equal(3, admission.UnauthenticatedConnections);
            DisposeAll(held.ToArray());
        }

        [Fact]
        public void A_connection_without_an_IP_address_is_limited_only_globally()
        {
            using ConnectionAdmission admission = Create(options =>
            {
                options.MaxConnectionsPerAddress = 1;
                options.MaxUnauthenticatedConnections = 2;
            });

            AdmissionTicket first = Admit(admission, new UnixDomainSocketEndPoint("/tmp/etp.sock"));
            AdmissionTicket second = Admit(admission, null);
            AdmissionTicket third = Admit(admission, null);

            Assert.True(first.IsEvicted);
            Assert.False(second.IsEvicted || third.IsEvicted);
            Assert.Equal(2, admission.UnauthenticatedConnections);
            DisposeAll(first, second, third);
        }

        private static ConnectionAdmission Create(Action<ProtocolServerOptions> configure)
        {
            var options = new ProtocolServerOptions();
            configure(options);
            return new ConnectionAdmission(Options.Create(options));
        }

        private static AdmissionTicket Admit(ConnectionAdmission admission, EndPoint? remote)
        {
            Assert.Null(admission.TryAdmit(remote, out AdmissionTicket? ticket));
            return ticket!;
        }

        private static void DisposeAll(params AdmissionTicket[] tickets)
        {
            foreach (AdmissionTicket ticket in tickets)
            {
                ticket.Dispose();
            }
        }

        /// <summary>Admits a connection that logs in at once, so only the limit under test can refuse.</summary>
        private static AdmissionTicket AdmitLoggedIn(ConnectionAdmission admission, EndPoint remote)
        {
            Assert.Null(admission.TryAdmit(remote, out AdmissionTicket? ticket));
            ticket!.Authenticated();
            return ticket;
        }

        private static EndPoint At(string address) => new IPEndPoint(IPAddress.Parse(address), 40_000);
    }
}
