using HelpBot.Bot.Dialogs;

namespace HelpBot.Bot.Tests.Dialogs;

public sealed class MessagesTests
{
    private static readonly Messages Messages = Messages.Load();

    [Theory]
    [InlineData("welcome")]
    [InlineData("privacy")]
    [InlineData("emergency_now")]
    [InlineData("crisis_now")]
    [InlineData("emergency_staff")]
    public void Messages_a_foreign_resident_sees_first_exist_in_every_language(string key)
    {
        foreach (var lang in new[] { "ja", "en", "zh", "vi", "ko" }) Assert.True(Messages.Has(key, lang), $"{key} has no {lang}");
    }

    [Fact]
    public void Placeholders_are_filled()
    {
        Assert.Contains("90日後", Messages.Get("privacy", "ja", ("days", 90)));
        Assert.DoesNotContain("{", Messages.Get("too_long", "ja", ("max", "2,000")));
    }

    [Fact]
    public void A_missing_language_falls_back_to_japanese_and_a_missing_key_is_an_error()
    {
        Assert.Equal(Messages.Get("restart", "ja"), Messages.Get("restart", "vi"));
        Assert.Throws<KeyNotFoundException>(() => Messages.Get("no_such_message"));
    }

    [Fact]
    public void The_welcome_topics_are_the_eight_the_city_asked_for()
    {
        Assert.Equal(["介護のこと", "認知症", "子育て", "障害", "お金や生活", "こころ", "その他", "人と話したい"], Messages.Topics.Select(t => t.Label));
    }
}
