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
        public void Unauthenticated_connections_are_capped_in_all_whatever_their_addresses()
        {
            using ConnectionAdmission admission = Create(options => options.MaxUnauthenticatedConnections = 2);

            Assert.Null(admission.TryAdmit(At("192.0.2.1"), out AdmissionTicket? first));
            Assert.Null(admission.TryAdmit(At("192.0.2.2"), out AdmissionTicket? second));
            RefusalReason? third = admission.TryAdmit(At("192.0.2.3"), out _);
            second!.Dispose();
            Assert.Null(admission.TryAdmit(At("192.0.2.3"), out AdmissionTicket? fourth));

            Assert.Equal(RefusalReason.UnauthenticatedLimit, third);
            first!.Dispose();
            fourth!.Dispose();
        }

        [Fact]
        public void Exempt_networks_skip_the_per_address_limits_but_not_the_global_cap()
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
                Assert.Null(admission.TryAdmit(At("10.1.2.3"), out AdmissionTicket? ticket));
                held.Add(ticket!);
            }

            RefusalReason? fourth = admission.TryAdmit(At("10.1.2.3"), out _);

            Assert.Equal(RefusalReason.UnauthenticatedLimit, fourth);
            held.ForEach(static ticket => ticket.Dispose());
        }

        [Fact]
        public void A_connection_without_an_IP_address_is_limited_only_globally()
        {
            using ConnectionAdmission admission = Create(options =>
            {
                options.MaxConnectionsPerAddress = 1;
                options.MaxUnauthenticatedConnections = 2;
            });

            Assert.Null(admission.TryAdmit(new UnixDomainSocketEndPoint("/tmp/etp.sock"), out AdmissionTicket? first));
            Assert.Null(admission.TryAdmit(null, out AdmissionTicket? second));
            RefusalReason? third = admission.TryAdmit(null, out _);

            Assert.Equal(RefusalReason.UnauthenticatedLimit, third);
            first!.Dispose();
            second!.Dispose();
        }

        private static ConnectionAdmission Create(Action<ProtocolServerOptions> configure)
        {
            var options = new ProtocolServerOptions();
            configure(options);
            return new ConnectionAdmission(Options.Create(options));
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
