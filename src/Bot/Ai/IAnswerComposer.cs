namespace HelpBot.Bot.Ai;

/// <summary>Writes an answer with a language model from the retrieved passages, or declines.</summary>
public interface IAnswerComposer
{
    /// <summary>False when <c>Ai:Provider</c> is none: the dialog then asks nothing and records nothing.</summary>
    bool IsEnabled { get; }

    /// <returns>The grounded answer, or null to mean "show the extractive answer" (refused, timed out, failed, or not asked); <paramref name="report"/> says which.</returns>
    Task<ComposedAnswer?> ComposeAsync(AnswerRequest request, GenerationReport report, CancellationToken ct);
}
