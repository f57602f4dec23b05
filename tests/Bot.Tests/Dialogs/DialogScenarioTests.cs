using HelpBot.Bot.Activities;
using HelpBot.Bot.Dialogs;
using HelpBot.Bot.Storage;
using HelpBot.Bot.Tests.Support;
using Snapshooter.Xunit3;

namespace HelpBot.Bot.Tests.Dialogs;

/// <summary>
/// The help dialog as conversations: each scenario's transcript is a snapshot reviewed in diffs
/// (__snapshots__/), and the decisive facts are asserted directly as well.
/// </summary>
public sealed class DialogScenarioTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    public ValueTask InitializeAsync()
    {
        _bot = new BotHarness();
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => _bot.DisposeAsync();

    private static void Match(ConversationDriver c) => Snapshot.Match(new { conversation = c.Transcript });

    private static bool HasCard(IEnumerable<Activity> activities, string counterName) =>
        activities.SelectMany(a => a.Attachments ?? []).Select(HeroCard.From).Any(c => c?.Title == counterName);

    [Fact]
    public async Task Opening_the_chat_shows_the_welcome_privacy_notice_and_topics()
    {
        var c = await _bot.StartAsync();
        var replies = await c.OpenAsync();
        Assert.Contains("地域包括ケアシステム", replies[0].Text);
        Assert.Contains("90日後に消去", replies[1].Text);
        Assert.Equal(8, replies[1].SuggestedActions!.Actions.Count);
        Match(c);
    }

    [Fact]
    public async Task A_worry_without_a_ward_gets_the_answer_then_the_ward_question_then_the_card()
    {
        var c = await _bot.StartAsync();
        await c.OpenAsync();
        var first = await c.SayAsync("母が最近もの忘れがひどくて心配です");
        Assert.Contains(first, a => a.Text?.StartsWith("もの忘れが増えた") == true);
        var ask = first.Last(a => a.Visibility == Visibility.Resident);
        Assert.Equal(8, ask.SuggestedActions!.Actions.Count);
        var second = await c.SayAsync("中原区");
        Assert.True(HasCard(second, "中原区の地域包括支援センター（区役所がご案内します）"));
        Match(c);
    }

    [Fact]
    public async Task A_place_in_the_worry_gives_the_card_at_once()
    {
        var c = await _bot.StartAsync();
        var replies = await c.SayAsync("武蔵小杉に住む母がもの忘れがひどくて心配です");
        Assert.True(HasCard(replies, "中原区の地域包括支援センター（区役所がご案内します）"));
        Assert.DoesNotContain(replies, a => a.Text?.Contains("お住まいの区を教えて") == true);
        Match(c);
    }

    [Fact]
    public async Task A_town_with_a_known_centre_gives_that_centre()
    {
        var c = await _bot.StartAsync();
        var replies = await c.SayAsync("栗平2丁目に住む父が認知症かもしれない");
        Assert.True(HasCard(replies, "栗木台地域包括支援センター"));
        Match(c);
    }

    [Fact]
    public async Task Not_knowing_the_ward_gets_the_city_call_centre()
    {
        var c = await _bot.StartAsync();
        await c.SayAsync("母のもの忘れが心配です");
        var replies = await c.SayAsync("わからない");
        Assert.True(HasCard(replies, "サンキューコールかわさき"));
        Match(c);
    }

    [Fact]
    public async Task An_answer_that_is_not_a_ward_is_asked_again()
    {
        var c = await _bot.StartAsync();
        await c.SayAsync("母のもの忘れが心配です");
        var replies = await c.SayAsync("えーと");
        Assert.Contains(replies, a => a.Text?.Contains("区がわかりませんでした") == true);
        Match(c);
    }

    [Fact]
    public async Task A_new_question_instead_of_a_ward_is_answered()
    {
        var c = await _bot.StartAsync();
        await c.SayAsync("母のもの忘れが心配です");
        var replies = await c.SayAsync("それとは別に、訪問販売で高い布団を買わされてしまいました");
        Assert.True(HasCard(replies, "川崎市消費者行政センター"));
        Match(c);
    }

    [Fact]
    public async Task The_ward_is_remembered_for_the_next_question()
    {
        var c = await _bot.StartAsync();
        await c.SayAsync("母のもの忘れが心配です");
        await c.SayAsync("麻生区");
        var replies = await c.SayAsync("父も最近もの忘れがあって認知症かもしれない");
        Assert.True(HasCard(replies, "麻生区の地域包括支援センター（区役所がご案内します）"));
        Assert.Equal("麻生区", (await c.StateAsync()).State.Ward);
        Match(c);
    }

    [Fact]
    public async Task Two_wards_in_one_message_ask_which_one()
    {
        var c = await _bot.StartAsync();
        var replies = await c.SayAsync("私は中原区、母は麻生区に住んでいて、母のもの忘れが心配");
        var ask = replies.Last(a => a.Visibility == Visibility.Resident);
        Assert.Equal(["中原区", "麻生区", "わからない"], ask.SuggestedActions!.Actions.Select(x => x.Title));
        Match(c);
    }

    [Fact]
    public async Task A_helpful_answer_is_thanked()
    {
        var c = await _bot.StartAsync();
        await c.SayAsync("中原区の母がもの忘れがひどい");
        var replies = await c.SayAsync("はい");
        Assert.Contains(replies, a => a.Text?.StartsWith("よかったです") == true);
        Match(c);
    }

    [Fact]
    public async Task Two_noes_offer_a_person_and_yes_leads_to_consent_and_an_escalation()
    {
        var c = await _bot.StartAsync();
        await c.SayAsync("中原区の母がもの忘れがひどい");
        await c.SayAsync("いいえ");
        await c.SayAsync("母が同じことを何度も聞いてくる");
        var offer = await c.SayAsync("いいえ");
        Assert.Contains(offer, a => a.Text?.Contains("担当の職員と話しますか") == true);
        var consent = await c.SayAsync("はい");
        Assert.Contains(consent, a => a.Text?.Contains("読んでもよいですか") == true);
        await c.SayAsync("はい");
        var escalation = Assert.Single(await _bot.Escalations.ForConversationAsync(c.Id));
        Assert.True(escalation.Consent);
        Assert.Equal("houkatsu", escalation.Kind);
        Assert.Equal("中原区", escalation.Ward);
        Assert.Equal("normal", escalation.Urgency);
        Match(c);
    }

    [Fact]
    public async Task Declining_the_offer_of_a_person_goes_back_to_questions()
    {
        var c = await _bot.StartAsync();
        await c.SayAsync("中原区の母がもの忘れがひどい");
        await c.SayAsync("いいえ");
        await c.SayAsync("母が同じことを何度も聞いてくる");
        await c.SayAsync("いいえ");
        var replies = await c.SayAsync("いいえ");
        Assert.Contains(replies, a => a.Text?.StartsWith("わかりました") == true);
        Assert.Empty(await _bot.Escalations.ForConversationAsync(c.Id));
        Match(c);
    }

    [Fact]
    public async Task Two_unsure_answers_in_a_row_offer_a_person()
    {
        var c = await _bot.StartAsync();
        await c.SayAsync("明日の天気はどうですか");
        var replies = await c.SayAsync("駅前の駐輪場はどこですか");
        Assert.Contains(replies, a => a.Text?.Contains("担当の職員と話しますか") == true);
        Match(c);
    }

    [Fact]
    public async Task Asking_for_a_person_asks_consent_and_a_yes_shares_the_conversation()
    {
        var c = await _bot.StartAsync();
        await c.SayAsync("人と話したい");
        var queued = await c.SayAsync("はい");
        Assert.Contains(queued, a => a.Text?.StartsWith("職員への相談として受け付けました") == true);
        Assert.Contains(queued, a => a.Visibility == Visibility.Internal && a.Name == Escalations.HandoffInitiate);
        Assert.True(Assert.Single(await _bot.Escalations.ForConversationAsync(c.Id)).Consent);
        Match(c);
    }

    [Fact]
    public async Task Asking_for_a_person_and_refusing_consent_is_recorded()
    {
        var c = await _bot.StartAsync();
        await c.SayAsync("中原区の母のもの忘れのことで、担当者と話したい");
        await c.SayAsync("いいえ");
        var escalation = Assert.Single(await _bot.Escalations.ForConversationAsync(c.Id));
        Assert.False(escalation.Consent);
        Assert.Equal("houkatsu", escalation.Kind);
        Match(c);
    }

    [Fact]
    public async Task An_unclear_consent_answer_is_asked_again()
    {
        var c = await _bot.StartAsync();
        await c.SayAsync("人と話したい");
        var replies = await c.SayAsync("どういうこと？");
        Assert.Contains(replies, a => a.Text?.StartsWith("「はい」か「いいえ」") == true);
        Assert.Empty(await _bot.Escalations.ForConversationAsync(c.Id));
        Match(c);
    }

    [Fact]
    public async Task While_waiting_for_staff_the_bot_acknowledges_once_then_stays_quiet()
    {
        var c = await _bot.StartAsync();
        await c.SayAsync("人と話したい");
        await c.SayAsync("はい");
        var first = await c.SayAsync("母のことでもう少し書きます");
        var second = await c.SayAsync("夜はよく眠れていないようです");
        Assert.Single(first, a => a.Visibility == Visibility.Resident);
        Assert.DoesNotContain(second, a => a.Visibility == Visibility.Resident);
        Match(c);
    }

    [Fact]
    public async Task An_emergency_gets_the_numbers_first_and_an_urgent_escalation()
    {
        var c = await _bot.StartAsync();
        var replies = await c.SayAsync("認知症の父が息してない");
        var first = replies.First(a => a.Visibility == Visibility.Resident);
        Assert.True(HasCard([first], "救急車・消防（119番）"));
        var escalation = Assert.Single(await _bot.Escalations.ForConversationAsync(c.Id));
        Assert.Equal("emergency", escalation.Urgency);
        Assert.Equal("emergency", escalation.Kind);
        Assert.DoesNotContain(replies, a => a.Text?.Contains("読んでもよいですか") == true);
        Match(c);
    }

    [Fact]
    public async Task A_crisis_gets_the_crisis_message_and_a_crisis_escalation()
    {
        var c = await _bot.StartAsync();
        var replies = await c.SayAsync("もう消えたい");
        Assert.StartsWith("つらい気持ちを書いてくださって", replies.First(a => a.Visibility == Visibility.Resident).Text);
        Assert.Equal("crisis", Assert.Single(await _bot.Escalations.ForConversationAsync(c.Id)).Urgency);
        Match(c);
    }

    [Fact]
    public async Task An_emergency_while_waiting_for_staff_still_gets_the_numbers()
    {
        var c = await _bot.StartAsync();
        await c.SayAsync("人と話したい");
        await c.SayAsync("はい");
        var replies = await c.SayAsync("父が息してない");
        Assert.True(HasCard(replies, "救急車・消防（119番）"));
        Assert.Equal(2, (await _bot.Escalations.ForConversationAsync(c.Id)).Count);
        Match(c);
    }

    [Fact]
    public async Task Starting_over_resets_the_dialog()
    {
        var c = await _bot.StartAsync();
        await c.SayAsync("母のもの忘れが心配です");
        var replies = await c.SayAsync("最初から");
        Assert.Equal("最初からご案内します。", replies.First(a => a.Visibility == Visibility.Resident).Text);
        Assert.Null((await c.StateAsync()).State.PendingQuestion);
        Match(c);
    }

    [Fact]
    public async Task Deleting_the_history_removes_the_transcript_and_keeps_numbering()
    {
        var c = await _bot.StartAsync();
        await c.SayAsync("中原区の母がもの忘れがひどい");
        var before = await _bot.Store.ReadAsync(c.Id, 0, includeInternal: true);
        await c.SayAsync("履歴を消して");
        var after = await _bot.Store.ReadAsync(c.Id, 0, includeInternal: true);
        var only = Assert.Single(after);
        Assert.Contains("記録を消しました", only.Activity.Text);
        Assert.True(only.Seq > before[^1].Seq);
        Assert.DoesNotContain(after, a => a.Activity.Text?.Contains("もの忘れ") == true);
        Match(c);
    }

    [Fact]
    public async Task A_message_over_two_thousand_characters_is_kept_but_not_searched()
    {
        var c = await _bot.StartAsync();
        var replies = await c.SayAsync(string.Concat(Enumerable.Repeat("母の介護のことで悩んでいます。", 150)));
        Assert.Contains(replies, a => a.Text?.Contains("2,000文字まで") == true);
        var stored = await _bot.Store.ReadAsync(c.Id, 0, includeInternal: false);
        Assert.Contains(stored, s => s.Direction == ActivityDirection.Inbound && s.Activity.Text!.Length > 2000);
        Match(c);
    }

    [Fact]
    public async Task An_english_worry_gets_an_english_reply_with_emergency_numbers_then_the_japanese_answer()
    {
        var c = await _bot.StartAsync();
        var replies = await c.SayAsync("My mother has dementia, where can I get help?");
        Assert.StartsWith("Hello.", replies[0].Text);
        var intro = replies.Single(a => a.Text?.StartsWith("In an emergency, call 119") == true);
        Assert.True(HasCard([intro], "救急車・消防（119番）"));
        Assert.True(HasCard([intro], "川崎市国際交流センター"));
        Assert.Contains(replies, a => a.Text?.StartsWith("もの忘れが増えた") == true);
        Match(c);
    }

    [Fact]
    public async Task An_english_emergency_is_answered_in_english_first()
    {
        var c = await _bot.StartAsync();
        var replies = await c.SayAsync("Help, my father is not breathing");
        Assert.Equal("This may be life-threatening. Please call now.", replies.First(a => a.Visibility == Visibility.Resident).Text);
        Match(c);
    }

    [Fact]
    public async Task Something_outside_care_and_welfare_goes_to_the_city_call_centre()
    {
        var c = await _bot.StartAsync();
        var replies = await c.SayAsync("明日の天気はどうですか");
        Assert.True(HasCard(replies, "サンキューコールかわさき"));
        Match(c);
    }

    [Fact]
    public async Task The_topic_buttons_search_and_other_asks_for_words()
    {
        var c = await _bot.StartAsync();
        await c.OpenAsync();
        var other = await c.SayAsync("その他");
        Assert.Contains(other, a => a.Text?.StartsWith("どんなことでお困りですか") == true);
        var dementia = await c.SayAsync("認知症");
        Assert.Contains(dementia, a => a.Text?.StartsWith("もの忘れが増えた") == true);
        Match(c);
    }

    [Fact]
    public async Task A_topic_with_a_city_wide_counter_shows_it_without_asking_the_ward()
    {
        var c = await _bot.StartAsync();
        var replies = await c.SayAsync("架空請求のはがきが届いた");
        Assert.True(HasCard(replies, "川崎市消費者行政センター"));
        Assert.DoesNotContain(replies, a => a.Text?.Contains("お住まいの区を教えて") == true);
        Match(c);
    }

    [Fact]
    public async Task Every_answer_records_its_routing_internally()
    {
        var c = await _bot.StartAsync();
        var replies = await c.SayAsync("中原区の母がもの忘れがひどい");
        var routing = Assert.Single(replies, a => a.Name == "helpbot.routing");
        Assert.Equal(Visibility.Internal, routing.Visibility);
        Assert.Equal("houkatsu", routing.Value!.Value.GetProperty("kind").GetString());
        var residentView = await _bot.Store.ReadAsync(c.Id, 0, includeInternal: false);
        Assert.DoesNotContain(residentView, s => s.Activity.Type == ActivityTypes.Event);
    }

    [Fact]
    public async Task Outside_staffing_hours_the_resident_is_told_when_a_person_will_read_it()
    {
        _bot.Clock.Set(new DateTimeOffset(2026, 11, 27, 19, 0, 0, TimeSpan.FromHours(9))); // Friday evening
        var c = await _bot.StartAsync();
        await c.SayAsync("人と話したい");
        var replies = await c.SayAsync("はい");
        var queued = replies.Single(a => a.Text?.Contains("受付時間外") == true);
        Assert.Contains("11月30日（月）8時30分", queued.Text);
        Assert.True(HasCard([queued], "救急車・消防（119番）"));
        Assert.Single(await _bot.Escalations.ForConversationAsync(c.Id));
        Match(c);
    }
}
