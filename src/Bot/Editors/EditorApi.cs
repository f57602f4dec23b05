using HelpBot.Bot.Dialogs;
using HelpBot.Bot.Hosting;
using HelpBot.Bot.Json;
using HelpBot.Bot.Staff;
using HelpBot.Knowledge;
using HelpBot.Knowledge.Counters;
using HelpBot.Knowledge.Routing;

namespace HelpBot.Bot.Editors;

/// <summary>
/// The editor API under /api/editor (role editor or admin): the generation in service, reindex with
/// the same build as the reindex verb, a preview that agrees with ask, and what residents asked that
/// the content did not answer.
/// </summary>
public static class EditorApi
{
    private static readonly SemaphoreSlim OneBuild = new(1, 1);

    public static IEndpointRouteBuilder MapEditorApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/editor").AddEndpointFilter<AntiforgeryFilter>().RequireAuthorization(StaffPolicies.Editor);

        api.MapGet("/generation", (KnowledgeHost knowledge) =>
            knowledge.Manifest is { } m ? Results.Ok(m) : ApiErrors.Error(503, "starting", "索引を準備しています"));

        api.MapPost("/reindex", async (KnowledgeHost knowledge, HttpContext http, IAuditLog audit) =>
        {
            // One build at a time from this server; the index store's lock also serialises with a CLI reindex.
            if (!await OneBuild.WaitAsync(TimeSpan.Zero)) return ApiErrors.Error(409, "busy", "ほかの再構築が実行中です");
            try
            {
                var result = await Task.Run(knowledge.Rebuild);
                await audit.RecordAsync(StaffClaims.Login(http.User), "reindex", detail: result.Success ? result.Manifest!.Name : $"{result.Report.Errors.Count()} errors");
                return Results.Json(ReindexJson.From(result, knowledge.Manifest), HelpBotJson.Options,
                    statusCode: result.Success ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity);
            }
            finally
            {
                OneBuild.Release();
            }
        });

        api.MapPost("/preview", (PreviewRequest request, KnowledgeHost knowledge, Messages messages) =>
        {
            if (request.Ward is not null && !Wards.IsCanonical(request.Ward))
                return ApiErrors.Error(400, "bad_request", $"ward は {string.Join(" ", Wards.All)} のいずれかにしてください");
            if (!knowledge.IsReady) return ApiErrors.Error(503, "starting", "索引を準備しています");
            using var lease = knowledge.Acquire();
            var decision = lease.Base.Router.Route(request.Text ?? "", new RoutingContext(request.Ward));
            return Results.Json(new
            {
                decision = DecisionJson.From(decision),
                generation = lease.Base.Generation,
                answer = decision.Answer is { } a ? new { text = a.Document.Answer, title = a.Document.Title, source = a.Document.Url ?? a.Document.Source } : null,
                ward_question = decision.NeedsWard
                    ? new { text = messages.Get(decision.WardCandidates.Count > 1 ? "ask_ward_ambiguous" : "ask_ward"), options = decision.WardCandidates.Count > 1 ? decision.WardCandidates : Wards.All }
                    : null,
                passages = decision.Passages.Select(p => new { id = p.Document.Id, highlight = p.Highlight, explanation = p.Explanation, coverage = Math.Round(p.Coverage, 3) }),
                language = decision.Language,
                low_confidence = decision.IsLowConfidence,
            }, HelpBotJson.Options);
        });

        api.MapGet("/unanswered", async (IUnansweredStore store, KnowledgeHost knowledge, RetentionOptions retention, TimeProvider clock, int? days) =>
        {
            if (!knowledge.IsReady) return ApiErrors.Error(503, "starting", "索引を準備しています");
            var since = clock.GetUtcNow().AddDays(-Math.Clamp(days ?? retention.Days, 1, retention.Days));
            var questions = await store.SinceAsync(since);
            using var lease = knowledge.Acquire();
            return Results.Json(QuestionGrouper.Group(questions, lease.Base.Searcher.Tokens), HelpBotJson.Options);
        });
        return app;
    }
}
