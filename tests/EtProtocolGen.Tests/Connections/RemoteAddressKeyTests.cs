using System.Net;
using Xunit;

namespace EtProtocolGen.Tests.Connections;

/// <summary>"One address" for per-address limits: IPv4 by address, IPv6 by /64, IPv4-mapped as IPv4.</summary>
public class RemoteAddressKeyTests
{
    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7", true)]
    [InlineData("203.0.113.7", "203.0.113.8", false)]
    [InlineData("203.0.113.7", "::ffff:203.0.113.7", true)]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2:ffff:ffff:ffff:ffff", true)]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:3::1", false)]
    [InlineData("0.0.0.1", "::1", false)]
    public void Addresses_share_a_key_exactly_when_they_are_one_address(string left, string right, bool same)
    {
        Assert.True(RemoteAddressKey.TryCreate(IPAddress.Parse(left), out RemoteAddressKey a));
        Assert.True(RemoteAddressKey.TryCreate(IPAddress.Parse(right), out RemoteAddressKey b));

        Assert.Equal(same, a == b);
        Assert.Equal(same, a.Equals((object)b));
        if (same)
        {
            Assert.Equal(a.GetHashCode(), b.GetHashCode());
        }
    }

    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7", false)]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7", false)]
    [InlineData("2001:db8:1:2:abcd::1", "2001:db8:1:2::/64", true)]
    public void The_key_prints_as_the_address_or_the_prefix(string address, string printed, bool isPrefix)
    {
        Assert.True(RemoteAddressKey.TryCreate(IPAddress.Parse(address), out RemoteAddressKey key));

        Assert.Equal(printed, key.ToString());
        Assert.Equal(isPrefix, key.IsIPv6Prefix);
    }

    [Fact]
    public void Endpoints_without_an_IP_address_have_no_key()
    {
        Assert.False(RemoteAddressKey.TryCreate((IPAddress?)null, out _));
        Assert.False(RemoteAddressKey.TryCreate((EndPoint?)null, out _));
        Assert.False(RemoteAddressKey.TryCreate(new DnsEndPoint("example.org", 80), out _));
        Assert.True(RemoteAddressKey.TryCreate(new IPEndPoint(IPAddress.Loopback, 80), out RemoteAddressKey loopback));
        Assert.Equal("127.0.0.1", loopback.ToString());
    }
}
