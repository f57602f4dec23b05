using System.Diagnostics;
using HelpBot.Knowledge.Routing;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace HelpBot.Bot.Ai;

/// <summary>
/// Asks the configured model (through Semantic Kernel) to write the answer from the passages, then lets
/// <see cref="GroundingChecker"/> decide whether it may be shown. Any failure — refusal, timeout, HTTP
/// error, a malformed reply — returns null and the dialog shows the extractive answer. Logs carry the
/// outcome, reason and duration only; never the question or the answer.
/// </summary>
public sealed class KernelAnswerComposer(KernelFactory kernels, ILogger<KernelAnswerComposer> logger) : IAnswerComposer
{
    /// <summary>Room for a short answer in any of the five languages; a longer one is cut and refused.</summary>
    public const int MaxTokens = 700;

    /// <summary>The refusal reason when the model stopped at <see cref="MaxTokens"/>.</summary>
    public const string Truncated = "truncated";

    public bool IsEnabled => true;

    public async Task<ComposedAnswer?> ComposeAsync(AnswerRequest request, GenerationReport report, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        if (request.Urgency != Urgency.Normal)
        {
            // The dialog never asks for these; this is the last line that keeps them from a model.
            report.Set(GenerationReport.Skipped, "emergency", 0);
            return null;
        }
        if (request.Passages.Count == 0)
        {
            report.Set(GenerationReport.Skipped, "no_passage", 0);
            return null;
        }

        var options = kernels.Options;
        var kernel = kernels.Kernel;
        KnowledgePlugin? plugin = null;
        if (options.Tools && request.Knowledge is { } knowledge)
        {
            kernel = kernel.Clone();
            plugin = new KnowledgePlugin(knowledge);
            kernel.Plugins.AddFromObject(plugin, KnowledgePlugin.Name);
        }
        var settings = new OpenAIPromptExecutionSettings
        {
            Temperature = 0.2,
            MaxTokens = MaxTokens,
            FunctionChoiceBehavior = plugin is null ? null : FunctionChoiceBehavior.Auto(),
        };

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.Timeout);
        try
        {
            var chat = kernel.GetRequiredService<IChatCompletionService>();
            var reply = await chat.GetChatMessageContentAsync(PromptBuilder.Build(request), settings, kernel, timeout.Token);
            return Check(reply, request, plugin, report, watch);
        }
        // Whatever goes wrong, the resident gets the extractive answer: a failing model must never fail the turn.
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            report.ToolCalls = plugin?.Calls ?? [];
            if (IsTimeout(e, timeout.IsCancellationRequested))
            {
                report.Set(GenerationReport.Timeout, "timeout", watch.ElapsedMilliseconds);
                logger.LogWarning("Generative answer timed out after {Elapsed} ms (limit {Limit} s); extractive answer used",
                    watch.ElapsedMilliseconds, options.Timeout.TotalSeconds);
            }
            else
            {
                // The type and status only: an error body may quote the prompt back.
                var status = (e as HttpOperationException)?.StatusCode is { } code ? ((int)code).ToString() : "none";
                report.Set(GenerationReport.Error, "error", watch.ElapsedMilliseconds);
                logger.LogWarning("Generative answer failed after {Elapsed} ms ({Error}, HTTP status {Status}); extractive answer used",
                    watch.ElapsedMilliseconds, e.GetType().Name, status);
            }
            return null;
        }
    }

    private ComposedAnswer? Check(ChatMessageContent reply, AnswerRequest request, KnowledgePlugin? plugin, GenerationReport report, Stopwatch watch)
    {
        report.ToolCalls = plugin?.Calls ?? [];
        var passages = plugin is null ? request.Passages : [.. request.Passages, .. plugin.ServedPassages];
        var counters = plugin is null ? request.Counters : [.. request.Counters, .. plugin.ServedCounters];
        var result = IsCut(reply)
            ? new GroundingResult("", [], Truncated)
            : GroundingChecker.Check(reply.Content, passages, counters);
        if (!result.IsGrounded)
        {
            report.Set(GenerationReport.Refused, result.Refusal, watch.ElapsedMilliseconds, result.CitedIds);
            logger.LogInformation("Generative answer refused ({Reason}) after {Elapsed} ms; extractive answer used", result.Refusal, watch.ElapsedMilliseconds);
            return null;
        }
        report.Set(GenerationReport.Used, null, watch.ElapsedMilliseconds, result.CitedIds);
        logger.LogInformation("Generative answer used after {Elapsed} ms, citing {Cited}", watch.ElapsedMilliseconds, string.Join(",", result.CitedIds));
        var byId = passages.DistinctBy(p => p.Id, StringComparer.OrdinalIgnoreCase).ToDictionary(p => p.Id, StringComparer.OrdinalIgnoreCase);
        return new ComposedAnswer(result.Text, result.CitedIds, result.CitedIds.Select(id => byId[id].Title).Distinct().ToList());
    }

    private static bool IsTimeout(Exception e, bool budgetSpent)
    {
        if (budgetSpent) return true;
        for (var inner = e; inner is not null; inner = inner.InnerException)
            if (inner is TimeoutException or TaskCanceledException) return true;
        return false;
    }

    /// <summary>The model stopped at the token limit: half an answer is not shown.</summary>
    private static bool IsCut(ChatMessageContent reply) =>
        reply.Metadata is { } metadata && metadata.TryGetValue("FinishReason", out var reason)
        && string.Equals(reason?.ToString(), "length", StringComparison.OrdinalIgnoreCase);
}
