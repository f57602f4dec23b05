namespace HelpBot.Knowledge.Content;

public enum Severity
{
    Warning,
    Error,
}
