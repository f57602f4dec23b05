using HelpBot.Bot.Cli;

return await HelpBotCli.RunAsync(args);
