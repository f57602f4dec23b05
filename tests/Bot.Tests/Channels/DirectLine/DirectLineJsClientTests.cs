using System.Diagnostics;
using System.Text.Json.Nodes;
using HelpBot.Bot.Tests.Support;

namespace HelpBot.Bot.Tests.Channels.DirectLine;

/// <summary>
/// The official client, botframework-directlinejs (Node, tests/clients), holds a whole conversation
/// with the server in each of its modes: the welcome, a worry, the echo with its clientActivityID,
/// the answer, a quick reply, the card.
/// </summary>
public sealed class DirectLineJsClientTests
{
    private static readonly SemaphoreSlim Installing = new(1, 1);

    [Theory]
    [InlineData("websocket")]
    [InlineData("polling")]
    public async Task The_official_client_holds_a_conversation(string mode)
    {
        var clients = await ClientsFolderAsync();
        await using var server = await HelpBotServer.StartAsync();

        var (exit, output, error) = await RunAsync("node", ["directline-conversation.js", server.BaseAddress.ToString().TrimEnd('/'), mode], clients, TimeSpan.FromSeconds(90));

        Assert.True(exit == 0, $"node exited {exit}\n{error}\n{output}");
        var result = JsonNode.Parse(output.Trim().Split('\n')[^1])!;
        Assert.True((bool)result["ok"]!);
        Assert.Contains("中原区の地域包括支援センター", (string)result["card"]!);
        Assert.Equal(0, (int)result["duplicates"]!);
        Assert.Equal(0, (int)result["internal"]!);
        Assert.Equal(mode == "websocket", (bool)result["typing"]!); // typing is live only: never in a poll
        Assert.DoesNotContain("FailedToConnect", result["statuses"]!.ToJsonString());
    }

    /// <summary>tests/clients with its npm packages (scripts/test.sh installs them; a bare dotnet test does here).</summary>
    private static async Task<string> ClientsFolderAsync()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "HelpBot.sln"))) dir = dir.Parent;
        Assert.NotNull(dir);
        var clients = Path.Combine(dir.FullName, "tests", "clients");
        await Installing.WaitAsync();
        try
        {
            if (!Directory.Exists(Path.Combine(clients, "node_modules", "botframework-directlinejs")))
            {
                var (exit, output, error) = await RunAsync("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], clients, TimeSpan.FromMinutes(5));
                Assert.True(exit == 0, $"npm ci in tests/clients failed ({exit})\n{error}\n{output}");
            }
        }
        finally
        {
            Installing.Release();
        }
        return clients;
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(string file, string[] args, string folder, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return (-1, await output, "timed out\n" + await error);
        }
        return (process.ExitCode, await output, await error);
    }
}
