using System.CommandLine;

namespace HelpBot.Bot.Cli;

/// <summary>
/// The command line of the Contracts: <c>serve</c> (the default), <c>reindex</c>, <c>ask</c>,
/// <c>eval</c>, <c>staff add</c>. Parse errors exit 2 with the message on standard error.
/// </summary>
public static class HelpBotCli
{
    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("HelpBot: 川崎市 地域包括ケアシステムの相談窓口案内ボット");
        var serve = ServeCommand.Create();
        root.Subcommands.Add(serve);
        root.Subcommands.Add(ReindexCommand.Create());
        foreach (var command in ExtraCommands()) root.Subcommands.Add(command);
        root.SetAction((_, ct) => ServeCommand.RunAsync([], ct));

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) Console.Error.WriteLine($"error: {error.Message}");
            Console.Error.WriteLine("usage: helpbot [serve|reindex|ask|eval|staff add] --help");
            return ExitCodes.BadInput;
        }
        return await parse.InvokeAsync();
    }

    private static IEnumerable<Command> ExtraCommands() => [AskCommand.Create(), EvalCommand.Create(), StaffCommand.Create()];
}
