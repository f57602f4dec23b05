using System.Text.Json.Nodes;
using HelpBot.Bot.Activities;
using HelpBot.Bot.Channels.Line;
using HelpBot.Bot.Dialogs;
using HelpBot.Knowledge.Content;
using HelpBot.Bot.Tests.Support.Line;

namespace HelpBot.Bot.Tests.Channels.Line;

/// <summary>Activities to LINE message objects, at the edges of LINE's limits.</summary>
public sealed class LineMessageConverterTests
{
    private static readonly CounterCards Cards = new(Messages.Load());

    [Fact]
    public void Text_past_5000_characters_is_split_at_line_breaks_without_losing_anything()
    {
        var paragraph = string.Concat(Enumerable.Repeat("地域包括支援センターに相談できます。", 20)); // 360 characters
        var text = string.Join("\n", Enumerable.Repeat(paragraph, 34)); // about 12,000 characters
        var messages = LineMessageConverter.Convert([Activity.Message(text)]);

        Assert.Equal(3, messages.Count);
        Assert.All(messages, m => Assert.InRange(m["text"]!.GetValue<string>().Length, 1, 5000));
        Assert.Equal(text.Replace("\n", ""), string.Concat(messages.Select(m => m["text"]!.GetValue<string>())).Replace("\n", ""));
        Assert.All(messages.SkipLast(1), m => Assert.EndsWith("。", m["text"]!.GetValue<string>()));
    }

    [Fact]
    public void Splitting_never_cuts_a_surrogate_pair()
    {
        var text = new string('a', 4999) + "😀" + "b";
        var pieces = LineText.Split(text, 5000);
        Assert.Equal(text, string.Concat(pieces));
        Assert.All(pieces, p => Assert.False(char.IsHighSurrogate(p[^1])));
        Assert.False(char.IsHighSurrogate(LineText.Clip("ab😀", 3)[^2]));
    }

    [Fact]
    public void Suggested_actions_become_a_quick_reply_of_at_most_13_on_the_last_message()
    {
        var actions = Enumerable.Range(1, 20).Select(i => CardAction.ImBack($"選択肢{i}")).ToList();
        var messages = LineMessageConverter.Convert(
        [
            Activity.Message("一つ目") with { SuggestedActions = new SuggestedActions { Actions = [CardAction.ImBack("古い")] } },
            Activity.Message("二つ目") with { SuggestedActions = new SuggestedActions { Actions = actions } },
            Activity.Message("三つ目"),
        ]);

        Assert.Equal(3, messages.Count);
        Assert.Null(messages[0]["quickReply"]);
        Assert.Null(messages[1]["quickReply"]);
        var items = messages[2]["quickReply"]!["items"]!.AsArray();
        Assert.Equal(13, items.Count);
        Assert.Equal("選択肢1", items[0]!["action"]!["text"]!.GetValue<string>());
        Assert.All(items, i => Assert.Equal("message", i!["action"]!["type"]!.GetValue<string>()));
    }

    [Fact]
    public void PostBack_becomes_a_postback_action_with_data_of_at_most_300_characters()
    {
        var longValue = new string('x', 301);
        var messages = LineMessageConverter.Convert(
        [
            Activity.Message("どうしますか") with
            {
                SuggestedActions = new SuggestedActions
                {
                    Actions =
                    [
                        CardAction.PostBack("はい、お願いします", "consent:yes"),
                        CardAction.PostBack("長い", longValue),
                        CardAction.ImBack("とても長いラベルのボタンでラベルは二十文字まで", "値"),
                        CardAction.OpenUrl("ホームページ", "https://www.city.kawasaki.jp/"),
                    ],
                },
            },
        ]);
        var actions = messages[0]["quickReply"]!["items"]!.AsArray().Select(i => i!["action"]!.AsObject()).ToList();

        Assert.Equal("postback", actions[0]["type"]!.GetValue<string>());
        Assert.Equal("consent:yes", actions[0]["data"]!.GetValue<string>());
        Assert.Equal("はい、お願いします", actions[0]["displayText"]!.GetValue<string>());
        Assert.Equal("message", actions[1]["type"]!.GetValue<string>());
        Assert.Equal("長い", actions[1]["text"]!.GetValue<string>());
        Assert.Equal(20, actions[2]["label"]!.GetValue<string>().Length);
        Assert.Equal("値", actions[2]["text"]!.GetValue<string>());
        Assert.Equal("uri", actions[3]["type"]!.GetValue<string>());
    }

    [Fact]
    public void A_counter_card_becomes_a_flex_bubble_with_a_tel_action_a_map_link_and_alt_text()
    {
        var counter = FixtureCounter();
        var messages = LineMessageConverter.Convert([Cards.Cards("相談先です。", [counter])]);

        Assert.Equal(2, messages.Count);
        var flex = messages[1];
        Assert.Equal("flex", flex["type"]!.GetValue<string>());
        Assert.Contains(counter.Name, flex["altText"]!.GetValue<string>());
        Assert.Contains(counter.Phone!, flex["altText"]!.GetValue<string>());
        var bubble = flex["contents"]!.AsObject();
        Assert.Equal("bubble", bubble["type"]!.GetValue<string>());
        Assert.Equal(counter.Name, bubble["body"]!["contents"]![0]!["text"]!.GetValue<string>());
        var buttons = bubble["footer"]!["contents"]!.AsArray().Select(b => b!["action"]!.AsObject()).ToList();
        Assert.Equal(TelUri.For(counter.Phone!), buttons[0]["uri"]!.GetValue<string>());
        Assert.StartsWith("https://www.google.com/maps/search/", buttons[1]["uri"]!.GetValue<string>());
        AssertWithinLimits(messages);
    }

    [Fact]
    public void Several_cards_of_one_activity_are_one_carousel()
    {
        var counter = FixtureCounter();
        var messages = LineMessageConverter.Convert([Cards.Cards("相談先です。", Enumerable.Repeat(counter, 14))]);
        Assert.Equal(3, messages.Count);
        Assert.Equal(12, messages[1]["contents"]!["contents"]!.AsArray().Count);
        Assert.Equal(2, messages[2]["contents"]!["contents"]!.AsArray().Count);
        AssertWithinLimits(messages);
    }

    [Fact]
    public void More_than_five_messages_are_fitted_by_joining_texts_else_cut_into_requests_of_five()
    {
        var texts = Enumerable.Range(1, 7).Select(i => Activity.Message($"メッセージ{i}")).ToList();
        var fitted = LineMessageConverter.Convert(texts);
        Assert.Equal(5, fitted.Count);
        Assert.Equal("メッセージ1\n\nメッセージ2", fitted[0]["text"]!.GetValue<string>());
        Assert.Equal("メッセージ3\n\nメッセージ4", fitted[1]["text"]!.GetValue<string>());

        var counter = FixtureCounter();
        var cards = Enumerable.Range(1, 7).Select(_ => Cards.Cards("", [counter])).ToList();
        var requests = LineMessageConverter.Chunk(LineMessageConverter.Convert(cards));
        Assert.Equal([5, 2], requests.Select(r => r.Count));
    }

    [Fact]
    public void Internal_activities_and_non_messages_are_never_converted()
    {
        var messages = LineMessageConverter.Convert(
        [
            Activity.Event("helpbot.routing", new { kind = "houkatsu" }),
            Activity.Message("職員メモ") with { Visibility = Visibility.Internal },
            Activity.Typing(),
            Activity.Message("住民へのお返事"),
        ]);
        Assert.Equal("住民へのお返事", Assert.Single(messages)["text"]!.GetValue<string>());
    }

    [Fact]
    public void A_sender_name_goes_on_every_message_cut_to_20_characters()
    {
        var messages = LineMessageConverter.Convert([Activity.Message("お待たせしました"), Cards.Cards("", [FixtureCounter()])],
            senderName: "中原区役所地域みまもり支援センター地域支援課の職員です");
        Assert.All(messages, m => Assert.InRange(m["sender"]!["name"]!.GetValue<string>().Length, 1, 20));
    }

    [Fact]
    public void A_retry_key_is_a_stable_uuid_per_activities_and_request()
    {
        var a = LineRetryKey.For(["c|0000002", "c|0000003"], 0);
        Assert.Equal(a, LineRetryKey.For(["c|0000002", "c|0000003"], 0));
        Assert.NotEqual(a, LineRetryKey.For(["c|0000002", "c|0000003"], 1));
        Assert.NotEqual(a, LineRetryKey.For(["c|0000002"], 0));
        Assert.True(Guid.TryParseExact(a, "D", out _));
        Assert.Equal('8', a[14]);
    }

    private static Counter FixtureCounter()
    {
        var folder = new HelpBot.Tests.Shared.ContentFolder();
        try
        {
            var (content, _) = folder.Load();
            return content.Counters.First(c => c.Phone is not null && c.Address is not null);
        }
        finally
        {
            folder.Dispose();
        }
    }

    private static void AssertWithinLimits(IReadOnlyList<JsonObject> messages)
    {
        foreach (var request in LineMessageConverter.Chunk(messages))
        {
            var body = new JsonObject { ["replyToken"] = "t", ["messages"] = new JsonArray(request.Select(m => (JsonNode)m.DeepClone()).ToArray()) };
            var call = new LineCall("POST", FakeLineApi.ReplyPath, new Dictionary<string, string>(), body.ToJsonString(), 200, DateTimeOffset.UtcNow);
            Assert.Empty(LineMessageShapes.Problems(call));
        }
    }
}
