using System.Text.Json;
using System.Text.Json.Nodes;
using HelpBot.Bot.Activities;
using HelpBot.Bot.Storage;
using HelpBot.Bot.Tests.Support;
using HelpBot.Bot.Tests.Support.Line;
using Microsoft.Extensions.DependencyInjection;

namespace HelpBot.Bot.Tests.Channels.Line;

/// <summary>
/// A channel only translates: the same worry written on LINE and on the web page is routed the same
/// way and gets the same counter. The LINE side runs through the real server and the fake LINE API;
/// the web side is a Direct Line conversation driven through <see cref="BotHarness"/>.
/// </summary>
public sealed class LineAndWebTests
{
    [Theory]
    [InlineData("武蔵小杉に住む母がもの忘れがひどくて心配です")]
    [InlineData("明日の天気はどうですか")]
    [InlineData("認知症の父が息してない")]
    public async Task The_same_worry_gets_the_same_routing_and_counter_on_LINE_and_on_the_web(string worry)
    {
        await using var web = new BotHarness();
        var conversation = await web.StartAsync(channel: "directline", userId: "dl_resident");
        var webActivities = await conversation.SayAsync(worry);

        await using var line = await LineHarness.StartAsync();
        var user = LineEvents.UserId("same-worry");
        var e = LineEvents.Text(user, worry);
        await line.PostAsync(e);
        await line.SettleAsync();
        var lineActivities = (await line.TranscriptAsync(user)).Where(a => a.Direction == ActivityDirection.Outbound).Select(a => a.Activity).ToList();

        Assert.Equal(Routing(webActivities), Routing(lineActivities));
        var webEscalations = (await web.Escalations.ForConversationAsync(conversation.Id)).Select(Escalation);
        var lineEscalations = (await line.Server.Services.GetRequiredService<IEscalationStore>().ForConversationAsync(line.ConversationId(user))).Select(Escalation);
        Assert.Equal(webEscalations, lineEscalations);
        var webCards = webActivities.SelectMany(a => a.Attachments ?? []).Select(HeroCard.From).OfType<HeroCard>().ToList();
        Assert.NotEmpty(webCards);
        Assert.Equal(webCards.Select(c => (c.Title, c.Subtitle)), lineActivities.SelectMany(a => a.Attachments ?? []).Select(HeroCard.From).OfType<HeroCard>().Select(c => (c.Title, c.Subtitle)));

        // And what LINE was asked to show is that card: the bubble's title and tel: action.
        var bubbles = line.SendsTo(user, [e]).SelectMany(c => c.Messages.OfType<JsonObject>())
            .Where(m => m["type"]!.GetValue<string>() == "flex").SelectMany(Bubbles).ToList();
        Assert.Equal(webCards.Select(c => c.Title), bubbles.Select(b => b["body"]!["contents"]![0]!["text"]!.GetValue<string>()));
        Assert.Equal(
            webCards.Select(c => c.Buttons.FirstOrDefault(b => b.Type == CardActionTypes.Call)?.StringValue),
            bubbles.Select(b => b["footer"]?["contents"]?.AsArray().Select(x => x!["action"]!["uri"]?.GetValue<string>()).FirstOrDefault(u => u?.StartsWith("tel:") == true)));
        Assert.DoesNotContain(line.Api.Calls, c => c.Body.Contains("helpbot.routing"));
    }

    private static string Escalation(EscalationRecord e) => $"{e.Kind} {e.Urgency} {e.Ward} {e.CounterId} {e.Topic} {e.Consent}";

    /// <summary>The routing decisions (none when the safety check answered first).</summary>
    private static string Routing(IEnumerable<Activity> activities)
    {
        var routing = activities.Where(a => a is { Type: ActivityTypes.Event, Name: "helpbot.routing" }).ToList();
        Assert.All(routing, r => Assert.Equal(Visibility.Internal, r.Visibility));
        return string.Join("\n", routing.Select(r => JsonSerializer.Serialize(r.Value)));
    }

    private static IEnumerable<JsonObject> Bubbles(JsonObject flex) =>
        flex["contents"]!["type"]!.GetValue<string>() == "carousel"
            ? flex["contents"]!["contents"]!.AsArray().OfType<JsonObject>()
            : [flex["contents"]!.AsObject()];
}
