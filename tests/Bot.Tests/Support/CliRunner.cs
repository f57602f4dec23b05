using System.Diagnostics;
using HelpBot.Tests.Shared;

namespace HelpBot.Bot.Tests.Support;

/// <summary>Runs the real HelpBot executable (dotnet HelpBot.dll VERB …) on the fixture content, as an operator would.</summary>
public sealed class CliRunner : IDisposable
{
    public ContentFolder Content { get; } = new();

    public string DataPath { get; } = Path.Combine(Path.GetTempPath(), "helpbot-cli-" + Guid.NewGuid().ToString("N"));

    public string WorkingDirectory { get; } = Path.Combine(Path.GetTempPath(), "helpbot-cwd-" + Guid.NewGuid().ToString("N"));

    public CliRunner() => Directory.CreateDirectory(WorkingDirectory);

    public Task<(int Exit, string Out, string Err)> RunAsync(params string[] args) => RunWithInputAsync(null, args);

    public async Task<(int Exit, string Out, string Err)> RunWithInputAsync(string? input, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = WorkingDirectory,
            RedirectStandardInput = input is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "HelpBot.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["HELPBOT_Content__Path"] = Content.Root;
        start.Environment["HELPBOT_Data__Path"] = DataPath;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
            process.StandardInput.Close();
        }
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await stdout, await stderr);
    }

    public string Write(string name, string text)
    {
        var path = Path.Combine(WorkingDirectory, name);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose()
    {
        Content.Dispose();
        foreach (var dir in new[] { DataPath, WorkingDirectory })
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
    }
}
