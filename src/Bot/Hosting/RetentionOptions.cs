namespace HelpBot.Bot.Hosting;

/// <summary>How long transcripts and escalations are kept (<c>Retention:Days</c>, default 90).</summary>
public sealed record RetentionOptions(int Days)
{
    public static RetentionOptions From(IConfiguration configuration) =>
        new(int.TryParse(configuration["Retention:Days"], out var days) && days > 0 ? days : 90);
}
