using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Demo.Load;

namespace EtProtocolGen.Samples.Tests;

/// <summary>
/// The measured run behind docs/benchmarks.md' scale-out figures, at a size CI can afford: both paths answer every request
/// and the table and the byte counts are written. (The figures themselves come from the documented full-size run.)
/// </summary>
public sealed class ForwardingLoadTests
{
    [Fact]
    public async Task Both_paths_answer_every_request_and_the_report_is_written()
    {
        var output = new StringWriter();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));

        var figures = await ForwardingLoad.RunAsync(clients: 2, requests: 20, output, timeout.Token);

        Assert.Equal(2, figures.Count);
        Assert.All(figures, figure => Assert.Equal(40, figure.Requests));
        Assert.All(figures, figure => Assert.True(figure.Median <= figure.P99, figure.ToString()));
        string report = output.ToString();
        Assert.Contains("2 silos", report, StringComparison.Ordinal);
        Assert.Contains("forwarded call arguments", report, StringComparison.Ordinal);
        Assert.Equal(2, report.Split('\n').Count(line => line.StartsWith("| one process", StringComparison.Ordinal) || line.StartsWith("| 2 silos", StringComparison.Ordinal)));
    }
}
