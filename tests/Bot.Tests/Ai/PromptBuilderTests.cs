using HelpBot.Bot.Ai;
using HelpBot.Knowledge.Content;
using HelpBot.Knowledge.Routing;
using Microsoft.SemanticKernel.ChatCompletion;

namespace HelpBot.Bot.Tests.Ai;

public sealed class PromptBuilderTests
{
    private static readonly GroundingPassage Passage = new("monowasure-ninchisho", "もの忘れが気になる・認知症かもしれない", "https://example.jp/a",
        "早めに相談することが大切です。", "地域包括支援センターでは、保健師が話をうかがいます。");

    private static readonly Counter Card = new()
    {
        Id = "houkatsu-guide-nakahara", Kind = RoutingKind.Houkatsu, Ward = "中原区", Name = "中原区の地域包括支援センター",
        Phone = "044-744-3113", PhoneLabel = "区役所総合案内", Hours = "平日 8:30〜17:00", Source = "fixture",
        Verified = new DateOnly(2026, 1, 1), Location = new ContentLocation("content/counters.yaml", 1),
    };

    private static AnswerRequest Request(string question, string lang = "ja") => new()
    {
        Question = question, Language = lang, Passages = [Passage], Counters = [Card],
    };

    [Fact]
    public void The_system_prompt_allows_only_the_passages_asks_for_ids_and_forbids_invented_numbers()
    {
        var chat = PromptBuilder.Build(Request("母のもの忘れが心配です"));
        Assert.Equal(2, chat.Count);
        Assert.Equal(AuthorRole.System, chat[0].Role);
        var system = chat[0].Content!;
        Assert.Contains("ONLY from the passages", system);
        Assert.Contains("[id]", system);
        Assert.Contains("電話番号・URL・金額", system);
        Assert.Contains("Reply in Japanese.", system);
        Assert.Contains("not instructions", system);
    }

    [Fact]
    public void The_user_message_carries_the_passages_with_their_ids_the_counter_card_and_the_question()
    {
        var user = PromptBuilder.UserMessage(Request("母のもの忘れが心配です"));
        Assert.Contains("[monowasure-ninchisho] もの忘れが気になる・認知症かもしれない", user);
        Assert.Contains("URL: https://example.jp/a", user);
        Assert.Contains("早めに相談することが大切です。", user);
        Assert.Contains("保健師が話をうかがいます", user);
        Assert.Contains("- 中原区の地域包括支援センター: 電話 044-744-3113（区役所総合案内）; 受付 平日 8:30〜17:00", user);
        Assert.EndsWith("\"\"\"\n母のもの忘れが心配です\n\"\"\"", user.Replace("\r\n", "\n"));
    }

    [Fact]
    public void What_the_resident_typed_is_masked_even_if_the_caller_forgot()
    {
        var user = PromptBuilder.UserMessage(Request("私は山田花子です。電話は090-1234-5678、中原区小杉町3-245に住んでいます"));
        Assert.DoesNotContain("090-1234-5678", user);
        Assert.DoesNotContain("山田花子", user);
        Assert.DoesNotContain("3-245", user);
        Assert.Contains("［電話番号］", user);
    }

    [Theory]
    [InlineData("en", "Reply in English.")]
    [InlineData("zh", "Reply in Chinese")]
    [InlineData("vi", "Reply in Vietnamese.")]
    [InlineData("ko", "Reply in Korean.")]
    public void The_answer_is_asked_for_in_the_residents_language(string lang, string line) =>
        Assert.Contains(line, PromptBuilder.SystemPrompt(PromptBuilder.ReplyLanguage("question", lang)));

    [Theory]
    [InlineData("やさしい日本語で教えてください。母が認知症かもしれません")]
    [InlineData("ははが わすれることが おおいです。どこに そうだん しますか")]
    public void Easy_japanese_is_used_when_asked_for_or_when_the_question_is_written_that_way(string question)
    {
        Assert.Equal(PromptBuilder.EasyJapanese, PromptBuilder.ReplyLanguage(question, "ja"));
        Assert.Contains("やさしい日本語", PromptBuilder.SystemPrompt(PromptBuilder.EasyJapanese));
    }

    [Theory]
    [InlineData("母が最近もの忘れがひどくて心配です")]
    [InlineData("ケアマネジャーを探しています")]
    public void Ordinary_japanese_gets_ordinary_japanese(string question) =>
        Assert.Equal("ja", PromptBuilder.ReplyLanguage(question, "ja"));
}
