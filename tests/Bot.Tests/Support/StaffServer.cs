using HelpBot.Bot.Activities;
using HelpBot.Bot.Conversations;
using HelpBot.Bot.Staff;
using HelpBot.Bot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace HelpBot.Bot.Tests.Support;

/// <summary>Helpers over a running <see cref="HelpBotServer"/>: accounts, residents that ask for a person, waiting for turns.</summary>
public static class StaffServer
{
    public const string Password = "correct horse battery";

    public static async Task AddAccountAsync(this HelpBotServer server, string login, string role, string[]? wards = null, string[]? kinds = null)
    {
        var store = server.Services.GetRequiredService<IStaffAccountStore>();
        Assert.True(await store.AddAsync(new StaffAccount
        {
            Login = login, PasswordHash = StaffSignIn.Hash(Password), Role = role, Wards = wards ?? [], Kinds = kinds ?? [],
        }));
    }

    public static async Task<StaffClient> SignedInAsync(this HelpBotServer server, string login)
    {
        var client = new StaffClient(server.BaseAddress);
        var response = await client.SignInAsync(login, Password);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return client;
    }

    /// <summary>A resident (on a test channel) who says these things, one turn each; returns the conversation id.</summary>
    public static async Task<string> ResidentAsync(this HelpBotServer server, params string[] messages)
    {
        var id = "res-" + Guid.NewGuid().ToString("N")[..10];
        await server.Services.GetRequiredService<IConversationStore>().EnsureAsync(id, "test", "resident");
        foreach (var text in messages) await server.SayAsync(id, text);
        return id;
    }

    public static async Task SayAsync(this HelpBotServer server, string conversationId, string text)
    {
        var store = server.Services.GetRequiredService<IConversationStore>();
        await store.AppendInboundAsync(conversationId, Activity.Message(text) with { ChannelId = "test", From = new ChannelAccount { Id = "resident", Role = "user" } });
        server.Services.GetRequiredService<TurnQueue>().Enqueue(conversationId);
        for (var i = 0; i < 200 && (await store.UnprocessedInboundAsync(conversationId)).Count > 0; i++) await Task.Delay(25);
        Assert.Empty(await store.UnprocessedInboundAsync(conversationId));
    }

    public static async Task<EscalationRecord> EscalationOfAsync(this HelpBotServer server, string conversationId) =>
        Assert.Single(await server.Services.GetRequiredService<IEscalationStore>().ForConversationAsync(conversationId));

    /// <summary>What the resident can see of the conversation, as text lines.</summary>
    public static async Task<List<string>> ResidentViewAsync(this HelpBotServer server, string conversationId) =>
        (await server.Services.GetRequiredService<IConversationStore>().ReadAsync(conversationId, 0, includeInternal: false))
            .Select(a => $"{a.Activity.From?.Role}: {a.Activity.Text}").ToList();
}
