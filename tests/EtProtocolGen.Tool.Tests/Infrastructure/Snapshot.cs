using System;
using System.IO;
using Xunit;

namespace EtProtocolGen.Tool.Tests.Infrastructure
{
    /// <summary>
    /// Tool output compared with a reviewed file under Snapshots/. On a difference the test fails and writes
    /// <c>&lt;name&gt;.received&lt;ext&gt;</c> next to it; <c>ETP_ACCEPT_SNAPSHOTS=1</c> accepts every output instead (review the diff).
    /// </summary>
    internal static class Snapshot
    {
        public static void Match(string name, string actual)
        {
            string verified = Repository.PathOf("tests/EtProtocolGen.Tool.Tests/Snapshots/" + name);
            string received = Path.Combine(Path.GetDirectoryName(verified)!, Path.GetFileNameWithoutExtension(verified).Replace(".verified", "") + ".received" + Path.GetExtension(verified));
            if (Environment.GetEnvironmentVariable("ETP_ACCEPT_SNAPSHOTS") == "1")
            {
                File.WriteAllText(verified, actual);
                File.Delete(received);
                return;
            }

            string expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n") : "";
            if (expected == actual)
            {
                File.Delete(received);
                return;
            }

            File.WriteAllText(received, actual);
            Assert.Fail("The output differs from Snapshots/" + name + " (written to " + received + "); review it and run with ETP_ACCEPT_SNAPSHOTS=1 to accept.");
        }
    }
}
