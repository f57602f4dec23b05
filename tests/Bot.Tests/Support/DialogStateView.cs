using HelpBot.Bot.Dialogs;

namespace HelpBot.Bot.Tests.Support;

public sealed record DialogStateView(string? Json)
{
    public DialogState State => DialogState.From(Json);
}
