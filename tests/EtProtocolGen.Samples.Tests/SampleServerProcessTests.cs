using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;

namespace EtProtocolGen.Samples.Tests;

/// <summary>The sample server as a user runs it: a process of its own, started from the build output through /bin/sh.</summary>
public sealed class SampleServerProcessTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private static string ServerAssembly => Path.Combine(AppContext.BaseDirectory, "EtProtocolGen.Sample.Server.dll");

    [Fact(Timeout = 60_000)]
    public async Task A_port_in_use_is_one_clear_line_and_a_non_zero_exit_without_a_stack_trace()
    {
        using var occupant = new TcpListener(IPAddress.Loopback, 0);
        occupant.Start();
        string address = occupant.LocalEndpoint.ToString()!;

        using ServerProcess server = ServerProcess.Start("exec dotnet \"$0\" \"$1\"", ServerAssembly, address);
        int exitCode = await server.ExitCodeAsync(Patience);

        Assert.Equal(2, exitCode);
        string error = server.Error.Trim();
        Assert.Equal("error: " + address + " is already in use (is another server running?). Pass a free address, for example 127.0.0.1:10003.", error);
        Assert.DoesNotContain("   at ", server.Output + server.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", server.Output + server.Error, StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task Started_in_the_background_with_SIGINT_ignored_it_still_stops_on_SIGINT_and_says_only_where_it_listens()
    {
        string address = FreeLoopbackAddress();

        // What a shell does to a background job: SIGINT ignored, inherited through exec.
        using ServerProcess server = ServerProcess.Start("trap '' INT; exec dotnet \"$0\" \"$1\"", ServerAssembly, address);
        await server.WaitForOutputAsync("listening on " + address, Patience);

        using (Process kill = Process.Start("kill", "-INT " + server.Id))
        {
            await kill.WaitForExitAsync();
        }

        Assert.Equal(0, await server.ExitCodeAsync(Patience));
        Assert.Contains("Stopping:", server.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", server.Output, StringComparison.Ordinal);
    }

    private static string FreeLoopbackAddress()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return probe.LocalEndpoint.ToString()!;
    }

    /// <summary>The server started through /bin/sh, its output collected.</summary>
    private sealed class ServerProcess : IDisposable
    {
        private readonly Process _process;
        private readonly StringBuilder _output = new();
        private readonly StringBuilder _error = new();

        private ServerProcess(Process process)
        {
            _process = process;
        }

        public int Id => _process.Id;

        public string Output
        {
            get
            {
                lock (_output)
                {
                    return _output.ToString();
                }
            }
        }

        public string Error
        {
            get
            {
                lock (_error)
                {
                    return _error.ToString();
                }
            }
        }

        public static ServerProcess Start(string script, params string[] arguments)
        {
            var start = new ProcessStartInfo("/bin/sh") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add(script);
            foreach (string argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            var process = new Process { StartInfo = start };
            var server = new ServerProcess(process);
            process.OutputDataReceived += (_, line) => server.Append(server._output, line.Data);
            process.ErrorDataReceived += (_, line) => server.Append(server._error, line.Data);
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            return server;
        }

        public async Task WaitForOutputAsync(string text, TimeSpan patience)
        {
            DateTime giveUp = DateTime.UtcNow + patience;
            while (!Output.Contains(text, StringComparison.Ordinal))
            {
                Assert.False(_process.HasExited, "the server exited: " + Output + Error);
                Assert.True(DateTime.UtcNow < giveUp, "the server did not say \"" + text + "\" in time: " + Output + Error);
                await Task.Delay(50);
            }
        }

        public async Task<int> ExitCodeAsync(TimeSpan patience)
        {
            await _process.WaitForExitAsync().WaitAsync(patience);
            return _process.ExitCode;
        }

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            _process.Dispose();
        }

        private void Append(StringBuilder target, string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (target)
            {
                target.AppendLine(line);
            }
        }
    }
}
