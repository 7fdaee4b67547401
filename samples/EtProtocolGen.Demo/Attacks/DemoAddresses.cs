using System.Net;

namespace EtProtocolGen.Demo.Attacks;

/// <summary>
/// Who connects from where. The player uses 127.0.0.1; every attack has loopback addresses of its own (Linux routes all of
/// 127.0.0.0/8 to the loopback interface), so per-address limits can tell attackers from the player and one attack's spent
/// budgets never decide the next one's verdict.
/// </summary>
internal static class DemoAddresses
{
    /// <summary>The connection flood's sources: 127.0.1.1 and up.</summary>
    public static IPAddress ConnectionFlood(int index) => At(1, index);

    /// <summary>The one address that tries to hold every connection slot.</summary>
    public static readonly IPAddress SlotHolder = At(2, 0);

    /// <summary>The one address that floods the realm with wrong passwords.</summary>
    public static readonly IPAddress LoginFlooder = At(3, 0);

    /// <summary>The logged-in players who never read: 127.0.4.1 and up, four to an address (under any per-address cap).</summary>
    public static IPAddress SlowReaders(int index) => At(4, index / 4);

    /// <summary>Honest players who chat while the slow readers do not read: 127.0.6.1 and up, four to an address.</summary>
    public static IPAddress Chatters(int index) => At(6, index / 4);

    /// <summary>The figures run's connection churn: honest logins from 127.0.7.1 and up, in turn.</summary>
    public static IPAddress Churn(int index) => At(7, index);

    /// <summary>The partial-frame flood's sources: 127.0.5.1 and up.</summary>
    public static IPAddress PartialFrames(int index) => At(5, index);

    private static IPAddress At(int block, int index) => new(new byte[] { 127, 0, (byte)(block + index / 250), (byte)(1 + index % 250) });
}
