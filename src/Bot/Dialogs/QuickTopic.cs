namespace HelpBot.Bot.Dialogs;

/// <summary>A topic button of the welcome: what it says, and what is searched when it is pressed.</summary>
public sealed record QuickTopic(string Label, string Query);
