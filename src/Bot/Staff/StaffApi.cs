using HelpBot.Bot.Activities;
using HelpBot.Bot.Handoff;
using HelpBot.Bot.Storage;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;

namespace HelpBot.Bot.Staff;

/// <summary>The staff API under /api/staff (Contracts: 401/403 JSON without a session or role, never a redirect).</summary>
public static class StaffApi
{
    public static IEndpointRouteBuilder MapStaffApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/staff").AddEndpointFilter<AntiforgeryFilter>();

        api.MapGet("/antiforgery", (HttpContext http, IAntiforgery antiforgery) =>
            Results.Ok(new { token = antiforgery.GetAndStoreTokens(http).RequestToken }));

        api.MapPost("/login", async (SignInRequest request, HttpContext http, StaffSignIn signIn) =>
        {
            if (string.IsNullOrWhiteSpace(request.Login) || string.IsNullOrEmpty(request.Password))
                return ApiErrors.Error(400, "bad_request", "ログイン名とパスワードを入力してください");
            var result = await signIn.CheckAsync(request.Login.Trim(), request.Password);
            switch (result.Outcome)
            {
                case SignInOutcome.Success:
                    await http.SignInAsync(StaffPolicies.Scheme, StaffClaims.Principal(result.Account!));
                    return Results.Ok(new { login = result.Account!.Login, role = result.Account.Role });
                case SignInOutcome.Locked:
                    return ApiErrors.Error(423, "locked", "サインインの失敗が続いたため、しばらくロックしています");
                default:
                    return ApiErrors.Error(401, "invalid", "ログイン名かパスワードがちがいます");
            }
        });

        api.MapPost("/logout", async (HttpContext http, IAuditLog audit) =>
        {
            if (http.User.Identity?.IsAuthenticated == true) await audit.RecordAsync(StaffClaims.Login(http.User), AuditActions.SignOut);
            await http.SignOutAsync(StaffPolicies.Scheme);
            return Results.Ok(new { ok = true });
        });

        var staff = api.MapGroup("").RequireAuthorization(StaffPolicies.Staff);

        staff.MapGet("/me", async (HttpContext http, CurrentStaff current, StaffingSchedule schedule) =>
            await current.GetAsync(http.User) is { } me
                ? Results.Ok(new { login = me.Login, role = me.Role, wards = me.Wards, kinds = me.Kinds, staffed_now = schedule.IsOpenNow(), next_opening = schedule.NextOpening() })
                : Disabled());

        staff.MapGet("/escalations", async (HttpContext http, CurrentStaff current, StaffDesk desk, TimeProvider clock, bool? closed) =>
        {
            if (await current.GetAsync(http.User) is not { } me) return Disabled();
            var now = clock.GetUtcNow();
            return Results.Ok((await desk.QueueAsync(me, closed == true)).Select(e => EscalationView.From(e, now)));
        });

        staff.MapGet("/escalations/{id}", async (string id, HttpContext http, CurrentStaff current, StaffDesk desk, TimeProvider clock, HelpBot.Knowledge.KnowledgeHost knowledge) =>
        {
            if (await current.GetAsync(http.User) is not { } me) return Disabled();
            var (result, e, transcript, shared) = await desk.OpenAsync(me, id);
            if (result != DeskResult.Ok) return ApiErrors.From(result);
            var routing = transcript.LastOrDefault(a => a.Activity.Name == "helpbot.routing")?.Activity.Value;
            return Results.Ok(new
            {
                escalation = EscalationView.From(e!, clock.GetUtcNow()),
                suggested_counters = SuggestedCounters(knowledge, routing, e!.CounterId),
                transcript_shared = shared,
                routing,
                transcript = transcript.Select(a => new
                {
                    seq = a.Seq,
                    at = a.CreatedAt,
                    direction = a.Direction == ActivityDirection.Inbound ? "in" : "out",
                    visibility = a.Activity.Visibility == Visibility.Internal ? "internal" : "resident",
                    type = a.Activity.Type,
                    name = a.Activity.Name,
                    from = a.Activity.From?.Name ?? a.Activity.From?.Role,
                    role = a.Activity.From?.Role,
                    text = a.Activity.Text,
                    value = a.Activity.Value,
                    cards = (a.Activity.Attachments ?? []).Select(HeroCard.From).Where(c => c is not null).Select(c => c!.Title),
                }),
            });
        });

        staff.MapPost("/escalations/{id}/claim", async (string id, HttpContext http, CurrentStaff current, StaffDesk desk) =>
            await current.GetAsync(http.User) is { } me ? ApiErrors.From(await desk.ClaimAsync(me, id)) : Disabled());

        staff.MapPost("/escalations/{id}/reply", async (string id, TextRequest body, HttpContext http, CurrentStaff current, StaffDesk desk) =>
            await current.GetAsync(http.User) is { } me ? ApiErrors.From(await desk.ReplyAsync(me, id, body.Text)) : Disabled());

        staff.MapPost("/escalations/{id}/notes", async (string id, TextRequest body, HttpContext http, CurrentStaff current, StaffDesk desk) =>
            await current.GetAsync(http.User) is { } me ? ApiErrors.From(await desk.NoteAsync(me, id, body.Text)) : Disabled());

        staff.MapPost("/escalations/{id}/transfer", async (string id, TransferRequest body, HttpContext http, CurrentStaff current, StaffDesk desk) =>
            await current.GetAsync(http.User) is { } me ? ApiErrors.From(await desk.TransferAsync(me, id, body.Ward, body.Kind)) : Disabled());

        staff.MapPost("/escalations/{id}/close", async (string id, CloseRequest body, HttpContext http, CurrentStaff current, StaffDesk desk) =>
            await current.GetAsync(http.User) is { } me ? ApiErrors.From(await desk.CloseAsync(me, id, body.Outcome)) : Disabled());

        var admin = api.MapGroup("").RequireAuthorization(StaffPolicies.Admin);

        admin.MapGet("/audit", async (IAuditLog audit, string? escalation, int? limit) =>
            Results.Ok(await audit.ReadAsync(Math.Clamp(limit ?? 500, 1, 5000), escalation)));

        admin.MapGet("/accounts", async (IStaffAccountStore accounts) =>
            Results.Ok((await accounts.AllAsync()).Select(a => new { login = a.Login, role = a.Role, wards = a.Wards, kinds = a.Kinds, disabled = a.Disabled, locked_until = a.LockedUntil })));

        admin.MapPost("/accounts/{login}/disable", (string login, HttpContext http, IStaffAccountStore accounts, IAuditLog audit) =>
            SetDisabledAsync(login, true, http, accounts, audit));

        admin.MapPost("/accounts/{login}/enable", (string login, HttpContext http, IStaffAccountStore accounts, IAuditLog audit) =>
            SetDisabledAsync(login, false, http, accounts, audit));

        staff.MapGet("/events", (StaffEventStream events, CancellationToken ct) => TypedResults.ServerSentEvents(events.ListenAsync(ct)));

        staff.MapGet("/canned", (Dialogs.Messages messages) => Results.Ok(messages.Canned));
        return app;
    }

    private static async Task<IResult> SetDisabledAsync(string login, bool disabled, HttpContext http, IStaffAccountStore accounts, IAuditLog audit)
    {
        if (!await accounts.SetDisabledAsync(login, disabled)) return ApiErrors.Error(404, "not_found", "そのアカウントはありません");
        await audit.RecordAsync(StaffClaims.Login(http.User), disabled ? AuditActions.DisableAccount : AuditActions.EnableAccount, detail: login);
        return Results.Ok(new { ok = true });
    }

    /// <summary>The counters the bot showed (from its routing record), by name, phone and label, for staff.</summary>
    private static IEnumerable<object> SuggestedCounters(HelpBot.Knowledge.KnowledgeHost knowledge, System.Text.Json.JsonElement? routing, string? fallback)
    {
        if (!knowledge.IsReady) return [];
        var ids = routing is { } r && r.TryGetProperty("counters", out var list) && list.ValueKind == System.Text.Json.JsonValueKind.Array
            ? list.EnumerateArray().Select(x => x.GetString()).OfType<string>().ToList()
            : fallback is null ? [] : [fallback];
        using var lease = knowledge.Acquire();
        return ids.Select(lease.Base.Counters.Find).OfType<HelpBot.Knowledge.Content.Counter>()
            .Select(c => new { id = c.Id, name = c.Name, phone = c.Phone, phone_label = c.PhoneLabel, verified = c.Verified }).ToList();
    }

    private static IResult Disabled() => ApiErrors.Error(403, "disabled", "このアカウントは使えません");
}
