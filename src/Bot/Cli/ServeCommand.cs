using System.CommandLine;
using HelpBot.Bot.Hosting;

namespace HelpBot.Bot.Cli;

/// <summary><c>serve</c>: the web host, where ASPNETCORE_URLS says (default http://localhost:5080).</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var command = new Command("serve", "Web とLINE の窓口を起動します（既定）");
        command.SetAction((_, ct) => RunAsync([], ct));
        return command;
    }

    public static async Task<int> RunAsync(string[] args, CancellationToken ct)
    {
        var app = HelpBotApp.Create(args);
        await app.RunAsync(ct);
        return ExitCodes.Ok;
    }
}
