using System.Net;
using System.Text.Json;
using HelpBot.Bot.Handoff;
using HelpBot.Bot.Staff;
using HelpBot.Bot.Storage;
using HelpBot.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HelpBot.Bot.Tests.Staff;

public sealed class StaffApiTests : IAsyncLifetime
{
    private HelpBotServer _server = null!;

    public async ValueTask InitializeAsync()
    {
        _server = await HelpBotServer.StartAsync();
        await _server.AddAccountAsync("admin", StaffRoles.Admin);
        await _server.AddAccountAsync("sato", StaffRoles.Staff);
        await _server.AddAccountAsync("suzuki", StaffRoles.Staff);
        await _server.AddAccountAsync("nakahara", StaffRoles.Staff, wards: ["中原区"]);
        await _server.AddAccountAsync("editor", StaffRoles.Editor);
    }

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    private Task<string> AskForPersonAsync(string ward = "中原区", bool consent = true) =>
        _server.ResidentAsync($"{ward}の母がもの忘れがひどい", "人と話したい", consent ? "はい" : "いいえ");

    [Fact]
    public async Task The_queue_is_ordered_by_urgency_then_waiting_time()
    {
        var normal = await AskForPersonAsync();
        _server.Clock.Advance(TimeSpan.FromMinutes(1));
        var crisis = await _server.ResidentAsync("もう消えたい");
        _server.Clock.Advance(TimeSpan.FromMinutes(1));
        var emergency = await _server.ResidentAsync("父が息してない");
        _server.Clock.Advance(TimeSpan.FromMinutes(1));
        var normal2 = await AskForPersonAsync("麻生区");
        using var sato = await _server.SignedInAsync("sato");

        var queue = (await sato.GetJsonAsync("/api/staff/escalations")).EnumerateArray().ToList();

        Assert.Equal([emergency, crisis, normal, normal2], queue.Select(e => e.GetProperty("conversation_id").GetString()));
        Assert.Equal(["emergency", "crisis", "normal", "normal"], queue.Select(e => e.GetProperty("urgency").GetString()));
        Assert.True(queue[2].GetProperty("waiting_seconds").GetInt64() >= 180);
    }

    [Fact]
    public async Task When_two_staff_claim_at_once_exactly_one_gets_it()
    {
        var escalation = await _server.EscalationOfAsync(await AskForPersonAsync());
        using var sato = await _server.SignedInAsync("sato");
        using var suzuki = await _server.SignedInAsync("suzuki");

        for (var round = 0; round < 3; round++)
        {
            var e = round == 0 ? escalation : await _server.EscalationOfAsync(await AskForPersonAsync());
            var claims = await Task.WhenAll(
                sato.PostAsync($"/api/staff/escalations/{e.Id}/claim"),
                suzuki.PostAsync($"/api/staff/escalations/{e.Id}/claim"));
            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], claims.Select(c => c.StatusCode).Order());
        }
    }

    [Fact]
    public async Task Claim_reply_and_close_reach_the_resident_and_the_bot_resumes()
    {
        var conversation = await AskForPersonAsync();
        var e = await _server.EscalationOfAsync(conversation);
        using var sato = await _server.SignedInAsync("sato");

        Assert.Equal(HttpStatusCode.OK, (await sato.PostAsync($"/api/staff/escalations/{e.Id}/claim")).StatusCode);
        await _server.SayAsync(conversation, "よろしくお願いします");
        Assert.Equal(HttpStatusCode.OK, (await sato.PostAsync($"/api/staff/escalations/{e.Id}/reply", new { text = "担当の佐藤です。お母さまのご様子を教えてください。" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await sato.PostAsync($"/api/staff/escalations/{e.Id}/notes", new { text = "長女から。要介護認定の申請を案内予定" })).StatusCode);
        var whileHeld = await _server.ResidentViewAsync(conversation);
        Assert.Equal(HttpStatusCode.OK, (await sato.PostAsync($"/api/staff/escalations/{e.Id}/close", new { outcome = "要介護認定の申請を案内した" })).StatusCode);
        await _server.SayAsync(conversation, "母が最近もの忘れがひどいです");

        var view = await _server.ResidentViewAsync(conversation);
        Assert.Contains("staff: 担当の職員がチャットに入りました。ここからは職員がお返事します。", view);
        Assert.Contains("staff: 担当の佐藤です。お母さまのご様子を教えてください。", view);
        Assert.DoesNotContain(view, l => l.Contains("要介護認定の申請を案内予定"));
        // While the member held the conversation the bot did not answer "よろしくお願いします".
        var afterGreeting = whileHeld.SkipWhile(l => !l.EndsWith("よろしくお願いします")).Skip(1).ToList();
        Assert.All(afterGreeting, l => Assert.StartsWith("staff:", l));
        Assert.Contains(view, l => l.StartsWith("bot: 職員との相談を終わりました"));
        Assert.Contains(view, l => l.StartsWith("bot: もの忘れが増えた"));
        var closed = await _server.EscalationOfAsync(conversation);
        Assert.Equal(EscalationStatus.Closed, closed.Status);
        Assert.Equal("要介護認定の申請を案内した", closed.Outcome);
        var events = (await _server.Services.GetRequiredService<IConversationStore>().ReadAsync(conversation, 0, includeInternal: true))
            .Where(a => a.Activity.Name == HelpBot.Bot.Dialogs.Escalations.HandoffStatus)
            .Select(a => a.Activity.Value!.Value.GetProperty("state").GetString());
        Assert.Equal(["accepted", "completed"], events);
    }

    [Fact]
    public async Task Only_the_member_who_claimed_may_reply()
    {
        var e = await _server.EscalationOfAsync(await AskForPersonAsync());
        using var sato = await _server.SignedInAsync("sato");
        using var suzuki = await _server.SignedInAsync("suzuki");
        Assert.Equal(HttpStatusCode.Conflict, (await sato.PostAsync($"/api/staff/escalations/{e.Id}/reply", new { text = "まだ誰も担当していません" })).StatusCode);
        await sato.PostAsync($"/api/staff/escalations/{e.Id}/claim");
        Assert.Equal(HttpStatusCode.Forbidden, (await suzuki.PostAsync($"/api/staff/escalations/{e.Id}/reply", new { text = "横から" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await sato.PostAsync($"/api/staff/escalations/{e.Id}/reply", new { text = "" })).StatusCode);
    }

    [Fact]
    public async Task Transfer_sends_the_escalation_back_to_the_queue_for_another_ward_and_kind()
    {
        var conversation = await AskForPersonAsync();
        var e = await _server.EscalationOfAsync(conversation);
        using var sato = await _server.SignedInAsync("sato");
        await sato.PostAsync($"/api/staff/escalations/{e.Id}/claim");

        Assert.Equal(HttpStatusCode.OK, (await sato.PostAsync($"/api/staff/escalations/{e.Id}/transfer", new { ward = "麻生区", kind = "shakyo" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await sato.PostAsync($"/api/staff/escalations/{e.Id}/transfer", new { ward = "中原" })).StatusCode);

        var moved = await _server.EscalationOfAsync(conversation);
        Assert.Equal(("麻生区", "shakyo", EscalationStatus.Waiting), (moved.Ward, moved.Kind, moved.Status));
        Assert.Null(moved.ClaimedBy);
        using var nakahara = await _server.SignedInAsync("nakahara");
        Assert.Equal(HttpStatusCode.Forbidden, (await nakahara.PostAsync($"/api/staff/escalations/{e.Id}/claim")).StatusCode);
    }

    [Fact]
    public async Task The_conversation_before_the_handoff_is_shown_only_with_consent_or_in_an_emergency()
    {
        var withConsent = await _server.EscalationOfAsync(await AskForPersonAsync(consent: true));
        var without = await _server.EscalationOfAsync(await AskForPersonAsync(consent: false));
        var emergency = await _server.EscalationOfAsync(await _server.ResidentAsync("父が息してない"));
        using var sato = await _server.SignedInAsync("sato");

        static bool Mentions(JsonElement detail, string words) =>
            detail.GetProperty("transcript").EnumerateArray().Any(a => a.GetProperty("text").GetString()?.Contains(words) == true);

        var shared = await sato.GetJsonAsync($"/api/staff/escalations/{withConsent.Id}");
        Assert.True(shared.GetProperty("transcript_shared").GetBoolean());
        Assert.True(Mentions(shared, "もの忘れがひどい"));
        var hidden = await sato.GetJsonAsync($"/api/staff/escalations/{without.Id}");
        Assert.False(hidden.GetProperty("transcript_shared").GetBoolean());
        Assert.False(Mentions(hidden, "もの忘れがひどい"));
        var urgent = await sato.GetJsonAsync($"/api/staff/escalations/{emergency.Id}");
        Assert.True(urgent.GetProperty("transcript_shared").GetBoolean());
        Assert.True(Mentions(urgent, "息してない"));
    }

    [Fact]
    public async Task A_member_limited_to_a_ward_gets_403_on_another_ward_but_sees_emergencies()
    {
        var asao = await _server.EscalationOfAsync(await AskForPersonAsync("麻生区"));
        var naka = await _server.EscalationOfAsync(await AskForPersonAsync("中原区"));
        var emergency = await _server.EscalationOfAsync(await _server.ResidentAsync("父が息してない"));
        using var nakahara = await _server.SignedInAsync("nakahara");

        Assert.Equal(HttpStatusCode.Forbidden, (await nakahara.Http.GetAsync($"/api/staff/escalations/{asao.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await nakahara.PostAsync($"/api/staff/escalations/{asao.Id}/claim")).StatusCode);
        var ids = (await nakahara.GetJsonAsync("/api/staff/escalations")).EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToList();
        Assert.Contains(naka.Id, ids);
        Assert.Contains(emergency.Id, ids);
        Assert.DoesNotContain(asao.Id, ids);
    }

    [Fact]
    public async Task Without_a_session_or_role_the_api_answers_json_and_pages_redirect()
    {
        using var anonymous = new StaffClient(_server.BaseAddress);
        var api = await anonymous.Http.GetAsync("/api/staff/escalations");
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal("application/json", api.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"error\"", await api.Content.ReadAsStringAsync());

        var page = await anonymous.Http.GetAsync("/staff");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/staff/login", page.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.Http.GetAsync("/editor")).StatusCode);

        using var editor = await _server.SignedInAsync("editor");
        var forbidden = await editor.Http.GetAsync("/api/staff/escalations");
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Contains("\"forbidden\"", await forbidden.Content.ReadAsStringAsync());
        using var sato = await _server.SignedInAsync("sato");
        Assert.Equal(HttpStatusCode.Forbidden, (await sato.Http.GetAsync("/api/staff/audit")).StatusCode);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        var e = await _server.EscalationOfAsync(await AskForPersonAsync());
        using var sato = await _server.SignedInAsync("sato");
        var response = await sato.PostAsync($"/api/staff/escalations/{e.Id}/claim", withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("antiforgery", await response.Content.ReadAsStringAsync());
        Assert.Equal(EscalationStatus.Waiting, (await _server.EscalationOfAsync(e.ConversationId)).Status);
    }

    [Fact]
    public async Task Repeated_failures_lock_the_account_even_for_the_right_password()
    {
        using var client = new StaffClient(_server.BaseAddress);
        for (var i = 0; i < 4; i++) Assert.Equal(HttpStatusCode.Unauthorized, (await client.SignInAsync("suzuki", "wrong")).StatusCode);
        Assert.Equal((HttpStatusCode)423, (await client.SignInAsync("suzuki", "wrong")).StatusCode);
        Assert.Equal((HttpStatusCode)423, (await client.SignInAsync("suzuki", StaffServer.Password)).StatusCode);
        _server.Clock.Advance(TimeSpan.FromMinutes(16));
        Assert.Equal(HttpStatusCode.OK, (await client.SignInAsync("suzuki", StaffServer.Password)).StatusCode);
    }

    [Fact]
    public async Task An_admin_can_disable_an_account_and_read_the_audit_log()
    {
        var e = await _server.EscalationOfAsync(await AskForPersonAsync());
        using var sato = await _server.SignedInAsync("sato");
        await sato.GetJsonAsync($"/api/staff/escalations/{e.Id}");
        await sato.PostAsync($"/api/staff/escalations/{e.Id}/claim");
        await sato.PostAsync($"/api/staff/escalations/{e.Id}/reply", new { text = "こんにちは" });
        await sato.PostAsync($"/api/staff/escalations/{e.Id}/close", new { outcome = "案内済み" });
        using var admin = await _server.SignedInAsync("admin");

        var audit = (await admin.GetJsonAsync($"/api/staff/audit?escalation={e.Id}")).EnumerateArray()
            .Select(a => (a.GetProperty("login").GetString(), a.GetProperty("action").GetString())).Reverse().ToList();
        Assert.Equal([("sato", "view"), ("sato", "claim"), ("sato", "reply"), ("sato", "close")], audit);

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/api/staff/accounts/suzuki/disable")).StatusCode);
        using var suzuki = new StaffClient(_server.BaseAddress);
        Assert.Equal(HttpStatusCode.Unauthorized, (await suzuki.SignInAsync("suzuki", StaffServer.Password)).StatusCode);
    }

    [Fact]
    public async Task An_emergency_nobody_claims_raises_one_alert()
    {
        var e = await _server.EscalationOfAsync(await _server.ResidentAsync("父が息してない"));
        var alerts = _server.Services.GetServices<IHostedService>().OfType<EmergencyAlertService>().Single();

        Assert.Equal(0, await alerts.CheckAsync());
        _server.Clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(1, await alerts.CheckAsync());
        Assert.Equal(0, await alerts.CheckAsync());
        Assert.NotNull((await _server.EscalationOfAsync(e.ConversationId)).AlertedAt);
    }
}
