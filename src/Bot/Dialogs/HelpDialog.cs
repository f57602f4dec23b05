using HelpBot.Bot.Activities;
using HelpBot.Bot.Ai;
using HelpBot.Bot.Conversations;
using HelpBot.Knowledge.Content;
using HelpBot.Knowledge.Counters;
using HelpBot.Knowledge.Privacy;
using HelpBot.Knowledge.Routing;
using HelpBot.Bot.Editors;
using HelpBot.Bot.Handoff;
using HelpBot.Bot.Hosting;

namespace HelpBot.Bot.Dialogs;

/// <summary>
/// The help dialog: welcome → understand → answer → locate → route → offer a person. One dialog for
/// every channel; it reads activities and writes activities and never knows which channel it serves.
/// With generative answers on, a model may write the answer text from the retrieved passages; routing,
/// emergencies and the counter cards never depend on it.
/// </summary>
public sealed class HelpDialog(Messages messages, CounterCards cards, QuickReplies replies, RetentionOptions retention, StaffingSchedule schedule,
    IAnswerComposer composer) : IBot
{
    /// <summary>How many passages a model answers from: the answering one and the next best.</summary>
    public const int GenerationPassages = 3;

    private static readonly string[] ForeignCounterIds = ["emergency-119", "police-110", "kokusai-koryu-center"];
    private static readonly string[] TwentyFourHourCounterIds = ["emergency-119", "kanagawa-7119", "inochi-no-denwa"];

    public async Task OnTurnAsync(TurnContext turn, CancellationToken ct)
    {
        var state = DialogState.From(turn.State);
        var activity = turn.Inbound.Activity;
        if (turn.Handled)
        {
            // The safety middleware answered an emergency and made an urgent escalation.
            state.Handoff = state.Handoff == HandoffStage.WithStaff ? HandoffStage.WithStaff : HandoffStage.Waiting;
            state.WaitingAcknowledged = true;
            state.AwaitingFeedback = false;
            state.PendingQuestion = null;
        }
        else if (activity.Type == ActivityTypes.ConversationUpdate || (activity.Type == ActivityTypes.Event && activity.Name == "welcome"))
        {
            Welcome(turn, state, withTopics: true);
        }
        else if (activity.IsMessage)
        {
            await OnMessageAsync(turn, state, (activity.Text ?? "").Trim(), ct);
        }
        turn.State = state.ToJson();
    }

    private async Task OnMessageAsync(TurnContext turn, DialogState state, string text, CancellationToken ct)
    {
        if (Commands.IsDelete(text))
        {
            turn.DeleteHistory = true;
            turn.Send(Activity.Message(messages.Get("deleted")));
            turn.State = null;
            var fresh = new DialogState { Welcomed = true, Handoff = state.Handoff == HandoffStage.WithStaff ? HandoffStage.WithStaff : HandoffStage.None };
            CopyTo(fresh, state);
            return;
        }
        if (state.Handoff == HandoffStage.WithStaff) return; // a person holds the conversation
        if (Commands.IsRestart(text))
        {
            var keep = state.Handoff == HandoffStage.Waiting ? HandoffStage.Waiting : HandoffStage.None;
            CopyTo(new DialogState { Handoff = keep }, state);
            turn.Send(Activity.Message(messages.Get("restart")));
            Welcome(turn, state, withTopics: true);
            return;
        }
        if (!state.Welcomed) Welcome(turn, state, withTopics: false, LanguageDetector.Detect(text));
        if (text.Length == 0)
        {
            turn.Send(Activity.Message(messages.Get("empty")) with { SuggestedActions = replies.Topics() });
            return;
        }

        switch (state.Handoff)
        {
            case HandoffStage.AskingConsent:
                OnConsent(turn, state, text);
                return;
            case HandoffStage.Offered when Commands.IsYes(text):
                AskConsent(turn, state);
                return;
            case HandoffStage.Offered when Commands.IsNo(text):
                state.Handoff = HandoffStage.None;
                state.NoCount = 0;
                state.LowConfidenceStreak = 0;
                turn.Send(Activity.Message(messages.Get("offer_declined")));
                return;
            case HandoffStage.Offered:
                state.Handoff = HandoffStage.None;
                break;
            case HandoffStage.Waiting:
                if (HandoffRequests.IsRequest(text))
                {
                    turn.Send(Activity.Message(messages.Get("handoff_already")));
                    return;
                }
                if (!state.WaitingAcknowledged) turn.Send(Activity.Message(messages.Get("handoff_waiting")));
                state.WaitingAcknowledged = true;
                return;
        }

        if (state.AwaitingFeedback && (Commands.IsYes(text) || Commands.IsNo(text)))
        {
            OnFeedback(turn, state, Commands.IsYes(text));
            return;
        }
        state.AwaitingFeedback = false;

        if (state.PendingQuestion is not null && TryWardAnswer(turn, state, text)) return;
        state.PendingQuestion = null;

        var topic = messages.Topics.FirstOrDefault(t => t.Label == text);
        if (topic is { Query.Length: 0 })
        {
            turn.Send(Activity.Message(messages.Get("other_prompt")));
            return;
        }
        await AnswerAsync(turn, state, topic?.Query ?? text, ct);
    }

    private async Task AnswerAsync(TurnContext turn, DialogState state, string text, CancellationToken ct)
    {
        var decision = turn.Knowledge.Router.Route(text, new RoutingContext(state.Ward, state.Town));
        state.Language = decision.Language;
        if (decision.Ward is not null && decision.Ward != state.Ward)
        {
            state.Ward = decision.Ward;
            state.Town = decision.Town;
        }
        RecordRouting(turn, decision);

        if (decision.TooLong)
        {
            turn.Send(Activity.Message(messages.Get("too_long", values: ("max", Router.MaxSearchChars.ToString("N0")))));
            return;
        }
        var composed = await ComposeAsync(turn, decision, text, ct);
        if (decision.Language != LanguageDetector.Japanese) ForeignIntro(turn, decision.Language, composed is not null);

        if (decision.Handoff)
        {
            // 「人と話したい」 on its own is about what we were just talking about: keep that topic for the escalation.
            if (decision.Answer is not null || state.LastKind is null) Remember(state, decision);
            AskConsent(turn, state);
            return;
        }
        if (decision.Kind == RoutingKind.OutOfScope || decision.Answer is null)
        {
            if (decision.Language != LanguageDetector.Japanese && decision.Answer is null)
            {
                turn.Send(Activity.Message(messages.Get("foreign_not_found", decision.Language)));
                return;
            }
            turn.Send(cards.Cards(messages.Get(decision.Kind == RoutingKind.OutOfScope ? "out_of_scope" : "not_found"), decision.Counters));
            Unanswered(turn, text, decision.Kind == RoutingKind.OutOfScope ? UnansweredReasons.OutOfScope : UnansweredReasons.LowConfidence, decision);
            CountLowConfidence(turn, state, low: true);
            return;
        }

        Remember(state, decision);
        state.LastQuestion = Redactor.Redact(text);
        if (decision.IsLowConfidence) Unanswered(turn, text, UnansweredReasons.LowConfidence, decision);
        if (composed is not null)
        {
            var sources = messages.Get("answer_source_generated", decision.Language, ("source", string.Join("、", composed.Sources)));
            turn.Send(Activity.Message($"{composed.Text}\n\n{sources}"));
        }
        else
        {
            var doc = decision.Answer.Document;
            var prefix = decision.IsLowConfidence ? messages.Get("low_confidence") + "\n\n" : "";
            var source = messages.Get("answer_source", values: ("source", doc.Url ?? doc.Title));
            turn.Send(Activity.Message($"{prefix}{doc.Answer}\n\n{source}"));
        }

        if (decision.NeedsWard)
        {
            state.PendingQuestion = text;
            var ambiguous = decision.WardCandidates.Count > 1;
            turn.Send(Activity.Message(messages.Get(ambiguous ? "ask_ward_ambiguous" : "ask_ward")) with
            {
                SuggestedActions = replies.Wards(ambiguous ? decision.WardCandidates : null),
            });
            return;
        }
        ShowCounters(turn, decision.Ward, decision.Counters);
        if (!CountLowConfidence(turn, state, decision.IsLowConfidence)) AskFeedback(turn, state);
    }

    /// <summary>
    /// A generative answer, when generation is on and the decision is one the extractive answer would
    /// answer: never an emergency or crisis, a request for a person, an out-of-scope or unsure decision.
    /// The model gets the masked question, the top passages and the counter cards this turn shows; the
    /// outcome is recorded as an internal <c>helpbot.generation</c> event. Null means: show the extractive answer.
    /// </summary>
    private async Task<ComposedAnswer?> ComposeAsync(TurnContext turn, RoutingDecision decision, string text, CancellationToken ct)
    {
        if (!composer.IsEnabled || decision.Answer is null || decision.Handoff || decision.Kind == RoutingKind.OutOfScope) return null;
        if (decision.Emergency || decision.Urgency != Urgency.Normal || decision.Safety.Count > 0) return null;
        var report = new GenerationReport();
        ComposedAnswer? composed = null;
        if (decision.IsLowConfidence)
        {
            // An unsure match gets the extractive answer with its honest "this may be close" note.
            report.Set(GenerationReport.Skipped, "low_confidence", 0);
        }
        else
        {
            var passages = decision.Passages.Where(p => p.Document.Id != decision.Answer.Document.Id)
                .Prepend(decision.Answer).Take(GenerationPassages).Select(p => GroundingPassage.From(p.Document)).ToList();
            composed = await composer.ComposeAsync(new AnswerRequest
            {
                Question = Redactor.Redact(text),
                Language = decision.Language,
                Passages = passages,
                Counters = decision.NeedsWard ? [] : decision.Counters,
                Urgency = decision.Urgency,
                Knowledge = turn.Knowledge,
            }, report, ct);
        }
        turn.Send(Activity.Event("helpbot.generation", new
        {
            used = composed is not null,
            outcome = report.Outcome,
            reason = report.Reason,
            cited = report.Cited,
            tools = report.ToolCalls,
            elapsedMs = report.ElapsedMs,
        }));
        return composed;
    }

    private bool TryWardAnswer(TurnContext turn, DialogState state, string text)
    {
        var question = state.PendingQuestion!;
        if (Commands.IsDontKnow(text))
        {
            state.PendingQuestion = null;
            var callCentre = turn.Knowledge.Counters.For(RoutingKind.OutOfScope, null).Take(1);
            turn.Send(cards.Cards(messages.Get("ward_unknown"), callCentre));
            AskFeedback(turn, state);
            return true;
        }
        var ward = Wards.IsCanonical(text) ? text : turn.Knowledge.Places.Resolve(text) is { Ward: { } w } place && IsShort(text) ? w : null;
        if (ward is null)
        {
            if (!IsShort(text)) return false; // a new question, not an answer
            turn.Send(Activity.Message(messages.Get("ward_not_understood")) with { SuggestedActions = replies.Wards() });
            return true;
        }
        state.Ward = ward;
        state.Town = Wards.IsCanonical(text) ? null : turn.Knowledge.Places.Resolve(text).Town;
        state.PendingQuestion = null;
        var decision = turn.Knowledge.Router.Route(question, new RoutingContext(state.Ward, state.Town));
        RecordRouting(turn, decision);
        Remember(state, decision);
        ShowCounters(turn, ward, decision.Counters);
        AskFeedback(turn, state);
        return true;
    }

    private void ShowCounters(TurnContext turn, string? ward, IReadOnlyList<Counter> counters)
    {
        if (counters.Count == 0) return;
        var intro = ward is null ? messages.Get("counters_city") : messages.Get("counters_for_ward", values: ("ward", ward));
        turn.Send(cards.Cards(intro, counters));
    }

    private void OnFeedback(TurnContext turn, DialogState state, bool helpful)
    {
        state.AwaitingFeedback = false;
        if (helpful)
        {
            state.NoCount = 0;
            turn.Send(Activity.Message(messages.Get("feedback_yes")));
            return;
        }
        state.NoCount++;
        turn.Send(Activity.Message(messages.Get("feedback_no")));
        if (state.LastQuestion is { } question)
            turn.Send(Activity.Event(UnansweredRecorder.EventName, new { reason = UnansweredReasons.NotHelpful, question, kind = state.LastKind }));
        turn.Send(Activity.Event("helpbot.feedback", new { helpful = false, topic = state.LastTopic, kind = state.LastKind }));
        if (state.NoCount >= 2) OfferPerson(turn, state);
    }

    /// <returns>True when the streak made the dialog offer a person.</returns>
    private bool CountLowConfidence(TurnContext turn, DialogState state, bool low)
    {
        state.LowConfidenceStreak = low ? state.LowConfidenceStreak + 1 : 0;
        if (state.LowConfidenceStreak < 2) return false;
        OfferPerson(turn, state);
        return true;
    }

    private void OfferPerson(TurnContext turn, DialogState state)
    {
        state.Handoff = HandoffStage.Offered;
        state.AwaitingFeedback = false;
        turn.Send(Activity.Message(messages.Get("offer_person")) with { SuggestedActions = replies.YesNo() });
    }

    private void AskConsent(TurnContext turn, DialogState state)
    {
        state.Handoff = HandoffStage.AskingConsent;
        state.AwaitingFeedback = false;
        state.Pending = new PendingEscalation(state.LastKind ?? RoutingKind.Mimamori.ToName(), state.LastTopic, null, state.LastCounterId);
        turn.Send(Activity.Message(messages.Get("consent_question")) with { SuggestedActions = replies.YesNo() });
    }

    private void OnConsent(TurnContext turn, DialogState state, string text)
    {
        bool consent;
        if (Commands.IsYes(text)) consent = true;
        else if (Commands.IsNo(text)) consent = false;
        else
        {
            turn.Send(Activity.Message(messages.Get("consent_again")) with { SuggestedActions = replies.YesNo() });
            return;
        }
        var pending = state.Pending ?? new PendingEscalation(RoutingKind.Mimamori.ToName(), null, null, null);
        Escalations.Start(turn, pending.Kind, Urgency.Normal, consent, state.Ward, pending.Topic, pending.Reason, pending.CounterId);
        state.Handoff = HandoffStage.Waiting;
        state.WaitingAcknowledged = false;
        state.Pending = null;
        if (schedule.IsOpen(turn.Now))
        {
            var counter = pending.CounterId is { } id ? turn.Knowledge.Counters.Find(id) : null;
            turn.Send(cards.Cards(messages.Get("handoff_queued"), counter is null ? [] : [counter]));
        }
        else
        {
            // Outside staffing hours: say honestly when a person will read it, and give the lines that answer now.
            var when = StaffingSchedule.Describe(schedule.NextOpening(turn.Now));
            var lines = TwentyFourHourCounterIds.Select(turn.Knowledge.Counters.Find).OfType<Counter>();
            turn.Send(cards.Cards(messages.Get("handoff_queued_closed", values: ("when", when)), lines));
        }
    }

    private void AskFeedback(TurnContext turn, DialogState state)
    {
        state.AwaitingFeedback = true;
        turn.Send(Activity.Message(messages.Get("feedback_question")) with { SuggestedActions = replies.YesNo() });
    }

    private void Welcome(TurnContext turn, DialogState state, bool withTopics, string lang = LanguageDetector.Japanese)
    {
        state.Welcomed = true;
        turn.Send(Activity.Message(messages.Get("welcome", lang)));
        var privacy = Activity.Message(messages.Get("privacy", lang, ("days", retention.Days)));
        turn.Send(withTopics ? privacy with { SuggestedActions = replies.Topics() } : privacy);
    }

    /// <param name="generated">The answer that follows is in the resident's language, so the intro does not say it is in Japanese.</param>
    private void ForeignIntro(TurnContext turn, string lang, bool generated)
    {
        var key = generated ? "foreign_intro_generated" : "foreign_intro";
        if (!messages.Has(key, lang)) return;
        var counters = ForeignCounterIds.Select(turn.Knowledge.Counters.Find).OfType<Counter>();
        turn.Send(cards.Cards(messages.Get(key, lang), counters) with { Locale = lang });
    }

    /// <summary>For the editors' list of what the content does not answer yet; the question is masked first.</summary>
    private static void Unanswered(TurnContext turn, string question, string reason, RoutingDecision decision) =>
        turn.Send(Activity.Event(UnansweredRecorder.EventName, new
        {
            reason,
            question = Redactor.Redact(question),
            kind = decision.Kind.ToName(),
            confidence = decision.Confidence,
        }));

    private static void Remember(DialogState state, RoutingDecision decision)
    {
        state.LastKind = decision.Kind.ToName();
        state.LastTopic = decision.Answer?.Document.Title ?? decision.Kind.Label();
        state.LastCounterId = decision.Counters.FirstOrDefault()?.Id;
    }

    /// <summary>Routing details for staff and editors: internal, never shown to the resident.</summary>
    private static void RecordRouting(TurnContext turn, RoutingDecision d) =>
        turn.Send(Activity.Event("helpbot.routing", new
        {
            kind = d.Kind.ToName(),
            urgency = d.Urgency.ToName(),
            confidence = d.Confidence,
            reason = d.Reason,
            ward = d.Ward,
            handoff = d.Handoff,
            lowConfidence = d.IsLowConfidence,
            answer = d.Answer?.Document.Id,
            counters = d.Counters.Select(c => c.Id).ToList(),
            passages = d.Passages.Select(p => new { id = p.Document.Id, score = Math.Round(p.Score, 3) }).ToList(),
        }));

    private static bool IsShort(string text) => text.Length <= 20;

    private static void CopyTo(DialogState from, DialogState to)
    {
        foreach (var p in typeof(DialogState).GetProperties()) p.SetValue(to, p.GetValue(from));
    }
}
