using HelpBot.Bot.Activities;
using HelpBot.Bot.Dialogs;
using HelpBot.Bot.Staff;
using HelpBot.Bot.Storage;
using HelpBot.Knowledge;
using HelpBot.Knowledge.Counters;
using HelpBot.Knowledge.Routing;

namespace HelpBot.Bot.Handoff;

/// <summary>
/// What staff do with escalations: see the queue, read what the resident agreed to share, claim,
/// write to the resident on their own channel, keep internal notes, transfer, close. Each action is
/// audited, and recorded in the conversation as the Bot Framework handoff events.
/// </summary>
public sealed class StaffDesk(
    IEscalationStore escalations,
    IConversationStore conversations,
    ConversationWriter writer,
    IAuditLog audit,
    IStaffNotifier notifier,
    KnowledgeHost knowledge,
    Messages messages,
    TimeProvider clock)
{
    public const int MaxReplyChars = 2000;

    public async Task<IReadOnlyList<EscalationRecord>> QueueAsync(StaffAccount account, bool includeClosedToday, CancellationToken ct = default)
    {
        var open = await escalations.OpenAsync(ct);
        var closed = includeClosedToday ? await escalations.ClosedSinceAsync(clock.GetUtcNow().AddHours(-24), ct) : [];
        return StaffScope.InQueueOrder(open.Concat(closed).Where(e => StaffScope.CanSee(account, e))).ToList();
    }

    public async Task<(DeskResult Result, EscalationRecord? Escalation, IReadOnlyList<StoredActivity> Transcript, bool TranscriptShared)> OpenAsync(
        StaffAccount account, string id, CancellationToken ct = default)
    {
        var e = await escalations.GetAsync(id, ct);
        if (e is null) return (DeskResult.NotFound, null, [], false);
        if (!StaffScope.CanSee(account, e)) return (DeskResult.Forbidden, e, [], false);
        var all = await conversations.ReadAsync(e.ConversationId, 0, includeInternal: true, limit: 2000, ct);
        // The conversation before the handoff only with consent or in an emergency; what was written after it, always.
        var shared = e.Consent || e.Urgency != Urgency.Normal.ToName();
        var handoffSeq = all.FirstOrDefault(a => a.Activity.Name == Escalations.HandoffInitiate && Value(a, "escalationId") == e.Id)?.Seq ?? 0;
        var transcript = shared ? all : all.Where(a => a.Seq > handoffSeq).ToList();
        await audit.RecordAsync(account.Login, AuditActions.View, e.Id, e.ConversationId, shared ? "transcript" : "after handoff only", ct);
        return (DeskResult.Ok, e, transcript, shared);
    }

    public async Task<DeskResult> ClaimAsync(StaffAccount account, string id, CancellationToken ct = default)
    {
        var e = await escalations.GetAsync(id, ct);
        if (e is null) return DeskResult.NotFound;
        if (!StaffScope.CanSee(account, e)) return DeskResult.Forbidden;
        if (!await escalations.ClaimAsync(id, account.Login, clock.GetUtcNow(), ct)) return DeskResult.Conflict;
        await writer.WriteAsync(e.ConversationId, (_, state) =>
        {
            state.Handoff = HandoffStage.WithStaff;
            state.AwaitingFeedback = false;
            state.PendingQuestion = null;
            return
            [
                Status(e.Id, "accepted", account.Login),
                Activity.Message(messages.Get("staff_joined")) with { From = StaffAccountFor(account, e) },
            ];
        }, ct);
        await audit.RecordAsync(account.Login, AuditActions.Claim, e.Id, e.ConversationId, ct: ct);
        await notifier.QueueChangedAsync(e.Id, ct);
        return DeskResult.Ok;
    }

    public async Task<DeskResult> ReplyAsync(StaffAccount account, string id, string? text, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxReplyChars) return DeskResult.BadRequest;
        var (result, e) = await HeldByAsync(account, id, ct);
        if (result != DeskResult.Ok) return result;
        await writer.WriteAsync(e!.ConversationId, (_, _) => [Activity.Message(text.Trim()) with { From = StaffAccountFor(account, e) }], ct);
        await audit.RecordAsync(account.Login, AuditActions.Reply, e.Id, e.ConversationId, $"{text.Length} characters", ct);
        return DeskResult.Ok;
    }

    public async Task<DeskResult> NoteAsync(StaffAccount account, string id, string? text, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxReplyChars) return DeskResult.BadRequest;
        var e = await escalations.GetAsync(id, ct);
        if (e is null) return DeskResult.NotFound;
        if (!StaffScope.CanSee(account, e)) return DeskResult.Forbidden;
        await writer.WriteAsync(e.ConversationId, (_, _) => [Activity.Event("helpbot.note", new { escalationId = e.Id, by = account.Login, text = text.Trim() })], ct);
        await audit.RecordAsync(account.Login, AuditActions.Note, e.Id, e.ConversationId, ct: ct);
        return DeskResult.Ok;
    }

    public async Task<DeskResult> TransferAsync(StaffAccount account, string id, string? ward, string? kind, CancellationToken ct = default)
    {
        if (ward is not null && !Wards.IsCanonical(ward)) return DeskResult.BadRequest;
        if (kind is not null && !RoutingKinds.TryParse(kind, out _)) return DeskResult.BadRequest;
        var e = await escalations.GetAsync(id, ct);
        if (e is null) return DeskResult.NotFound;
        if (!StaffScope.CanSee(account, e)) return DeskResult.Forbidden;
        var newWard = ward ?? e.Ward;
        var newKind = kind ?? e.Kind;
        if (!await escalations.TransferAsync(id, newWard, newKind, clock.GetUtcNow(), ct)) return DeskResult.Conflict;
        await writer.WriteAsync(e.ConversationId, (_, state) =>
        {
            state.Handoff = HandoffStage.Waiting;
            state.WaitingAcknowledged = true;
            return
            [
                Activity.Event("helpbot.transfer", new { escalationId = e.Id, by = account.Login, from = new { e.Ward, e.Kind }, to = new { ward = newWard, kind = newKind } }),
                Activity.Message(messages.Get("staff_transferred")) with { From = StaffAccountFor(account, e) },
            ];
        }, ct);
        await audit.RecordAsync(account.Login, AuditActions.Transfer, e.Id, e.ConversationId, $"{e.Ward}/{e.Kind} -> {newWard}/{newKind}", ct);
        await notifier.QueueChangedAsync(e.Id, ct);
        return DeskResult.Ok;
    }

    public async Task<DeskResult> CloseAsync(StaffAccount account, string id, string? outcome, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(outcome) || outcome.Length > 500) return DeskResult.BadRequest;
        var e = await escalations.GetAsync(id, ct);
        if (e is null) return DeskResult.NotFound;
        if (!StaffScope.CanSee(account, e)) return DeskResult.Forbidden;
        if (e.Status == EscalationStatus.Claimed && e.ClaimedBy != account.Login && account.Role != StaffRoles.Admin) return DeskResult.Forbidden;
        if (!await escalations.CloseAsync(id, outcome.Trim(), clock.GetUtcNow(), ct)) return DeskResult.Conflict;
        var others = (await escalations.ForConversationAsync(e.ConversationId, ct)).Any(x => x.Id != e.Id && x.Status != EscalationStatus.Closed);
        await writer.WriteAsync(e.ConversationId, (_, state) =>
        {
            // The bot resumes unless another escalation of this conversation still waits for a person.
            state.Handoff = others ? HandoffStage.Waiting : HandoffStage.None;
            state.WaitingAcknowledged = others;
            state.NoCount = 0;
            state.LowConfidenceStreak = 0;
            return
            [
                Status(e.Id, outcome.Trim() == "unreachable" ? "failed" : "completed", account.Login, outcome.Trim()),
                Activity.Message(messages.Get("staff_closed")),
            ];
        }, ct);
        await audit.RecordAsync(account.Login, AuditActions.Close, e.Id, e.ConversationId, outcome.Trim(), ct);
        await notifier.QueueChangedAsync(e.Id, ct);
        return DeskResult.Ok;
    }

    private async Task<(DeskResult, EscalationRecord?)> HeldByAsync(StaffAccount account, string id, CancellationToken ct)
    {
        var e = await escalations.GetAsync(id, ct);
        if (e is null) return (DeskResult.NotFound, null);
        if (!StaffScope.CanSee(account, e)) return (DeskResult.Forbidden, e);
        if (e.Status != EscalationStatus.Claimed) return (DeskResult.Conflict, e);
        if (e.ClaimedBy != account.Login && account.Role != StaffRoles.Admin) return (DeskResult.Forbidden, e);
        return (DeskResult.Ok, e);
    }

    /// <summary>Staff speak as their counter (the LINE sender name, at most 20 characters).</summary>
    private ChannelAccount StaffAccountFor(StaffAccount account, EscalationRecord e)
    {
        string? counterName = null;
        if (knowledge.IsReady && e.CounterId is { } counterId)
        {
            using var lease = knowledge.Acquire();
            counterName = lease.Base.Counters.Find(counterId)?.Name;
        }
        var name = ShortName(counterName ?? messages.Get("staff_default_name"));
        return new ChannelAccount { Id = "staff:" + account.Login, Name = name, Role = "staff" };
    }

    /// <summary>LINE shows at most 20 characters as the sender: drop a parenthetical before cutting.</summary>
    public static string ShortName(string name)
    {
        const int max = 20;
        if (name.Length <= max) return name;
        var paren = name.IndexOfAny(['（', '(']);
        var core = paren > 0 ? name[..paren].Trim() : name;
        return core.Length <= max ? core : core[..max];
    }

    private static Activity Status(string escalationId, string state, string by, string? message = null) =>
        Activity.Event(Escalations.HandoffStatus, new { state, message, escalationId, by });

    private static string? Value(StoredActivity a, string property) =>
        a.Activity.Value is { ValueKind: System.Text.Json.JsonValueKind.Object } v && v.TryGetProperty(property, out var p) ? p.GetString() : null;
}
