using HelpBot.Knowledge.Content;

namespace HelpBot.Bot.Ai;

/// <summary>
/// A passage as the model sees it and as its answer is checked against: the topic's id (cited as [id]),
/// title, source URL, the answer paragraph the chat would show, and the start of the rest of the body.
/// </summary>
public sealed record GroundingPassage(string Id, string Title, string? Url, string Answer, string Excerpt)
{
    public const int ExcerptChars = 600;

    /// <summary>Everything the model was given for this passage: what a cited number, URL or amount must appear in.</summary>
    public string Text => string.Join("\n", new[] { Title, Url, Answer, Excerpt }.Where(t => !string.IsNullOrEmpty(t)));

    public static GroundingPassage From(ContentDocument document) =>
        new(document.Id, document.Title, document.Url, document.Answer, Cut(document.Body));

    /// <summary>The body's start, cut at the last sentence end or line break before <see cref="ExcerptChars"/>.</summary>
    private static string Cut(string body)
    {
        body = body.Trim();
        if (body.Length <= ExcerptChars) return body;
        var cut = body.LastIndexOfAny(['。', '\n', '.', '！', '？'], ExcerptChars - 1);
        return body[..(cut > ExcerptChars / 2 ? cut + 1 : ExcerptChars)].TrimEnd() + " …";
    }
}
