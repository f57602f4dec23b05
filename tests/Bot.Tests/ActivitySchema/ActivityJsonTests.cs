using System.Text.Json;
using HelpBot.Bot.Activities;

namespace HelpBot.Bot.Tests.ActivitySchema;

public sealed class ActivityJsonTests
{
    [Fact]
    public void Unknown_fields_and_channel_data_survive_a_round_trip()
    {
        const string json = """{"type":"message","text":"こんにちは","channelData":{"clientActivityID":"abc","x":[1,2]},"entities":[{"type":"ClientCapabilities"}],"futureField":{"a":1}}""";
        var activity = Activity.FromJson(json)!;
        var back = JsonDocument.Parse(activity.ToJson()).RootElement;
        Assert.Equal("abc", back.GetProperty("channelData").GetProperty("clientActivityID").GetString());
        Assert.Equal(1, back.GetProperty("futureField").GetProperty("a").GetInt32());
        Assert.Equal("ClientCapabilities", back.GetProperty("entities")[0].GetProperty("type").GetString());
    }

    [Fact]
    public void Helpers_and_visibility_never_go_on_the_wire()
    {
        var activity = Activity.Message("x") with
        {
            Visibility = Visibility.Internal,
            SuggestedActions = new SuggestedActions { Actions = [CardAction.ImBack("はい")] },
        };
        var json = activity.ToJson();
        Assert.DoesNotContain("IsMessage", json);
        Assert.DoesNotContain("StringValue", json);
        Assert.DoesNotContain("Visibility", json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Timestamps_are_utc_with_a_z()
    {
        var activity = Activity.Message("x") with { Timestamp = new DateTimeOffset(2026, 11, 26, 12, 0, 0, 250, TimeSpan.FromHours(9)) };
        Assert.Contains("\"timestamp\":\"2026-11-26T03:00:00.250Z\"", activity.ToJson());
        Assert.Equal(activity.Timestamp, Activity.FromJson(activity.ToJson())!.Timestamp);
    }
}
