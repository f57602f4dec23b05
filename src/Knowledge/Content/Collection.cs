namespace HelpBot.Knowledge.Content;

public enum Collection
{
    Pamphlet,
    Manga,
    Portal,
}
