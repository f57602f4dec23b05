using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace HelpBot.DirectLine.Load;

/// <summary>A server under load, in its own process on 127.0.0.1: the real HelpBot, or the ceiling.</summary>
public sealed class ServerProcess : IAsyncDisposable
{
    public const string HelpBot = "HelpBot";
    public const string Ceiling = "ceiling";

    private readonly Process _process;
    private readonly string? _data;

    private ServerProcess(Process process, Uri baseAddress, string? data)
    {
        _process = process;
        BaseAddress = baseAddress;
        _data = data;
    }

    public Uri BaseAddress { get; }

    public static async Task<ServerProcess> StartAsync(string target)
    {
        var port = FreePort();
        var url = $"http://127.0.0.1:{port}";
        var here = AppContext.BaseDirectory;
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        string? data = null;
        if (target == HelpBot)
        {
            data = Path.Combine(Path.GetTempPath(), "helpbot-load-" + Guid.NewGuid().ToString("N"));
            start.ArgumentList.Add(Path.Combine(here, "HelpBot.dll"));
            start.ArgumentList.Add("serve");
            start.Environment["ASPNETCORE_URLS"] = url;
            start.Environment["HELPBOT_Content__Path"] = Path.GetFullPath("content");
            start.Environment["HELPBOT_Data__Path"] = data;
            start.Environment["HELPBOT_DirectLine__RateLimit__StartsPerMinute"] = "1000000";
            start.Environment["HELPBOT_DirectLine__RateLimit__RequestsPerMinute"] = "100000000";
            // HELPBOT_LOAD_SERVER_LOG=FILE keeps the server's Information log (turn times) for a look afterwards.
            var level = Environment.GetEnvironmentVariable("HELPBOT_LOAD_SERVER_LOG") is { Length: > 0 } ? "Information" : "Warning";
            start.Environment["Logging__LogLevel__Default"] = level;
            start.Environment["HELPBOT_Logging__LogLevel__Default"] = level;
        }
        else
        {
            start.ArgumentList.Add(Path.Combine(here, "HelpBot.DirectLine.Load.dll"));
            start.ArgumentList.Add(CeilingServer.Verb);
            start.ArgumentList.Add("--urls");
            start.ArgumentList.Add(url);
        }
        var process = Process.Start(start)!;
        var log = target == HelpBot && Environment.GetEnvironmentVariable("HELPBOT_LOAD_SERVER_LOG") is { Length: > 0 } file ? TextWriter.Synchronized(File.CreateText(file)) : null;
        process.OutputDataReceived += (_, e) => log?.WriteLine(e.Data);
        process.ErrorDataReceived += (_, e) => { if (e.Data is { Length: > 0 } line && line.Contains("fail")) Console.Error.WriteLine($"[{target}] {line}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ServerProcess(process, new Uri(url), data);
        using var http = new HttpClient();
        for (var i = 0; i < 600; i++)
        {
            try
            {
                if ((await http.GetAsync(url + "/healthz")).StatusCode == HttpStatusCode.OK) return server;
            }
            catch (HttpRequestException)
            {
            }
            if (process.HasExited) break;
            await Task.Delay(100);
        }
        await server.DisposeAsync();
        throw new InvalidOperationException($"{target} did not become ready (run from the repository root, after a Release build)");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        if (_data is not null)
        {
            try { Directory.Delete(_data, recursive: true); } catch (IOException) { }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
