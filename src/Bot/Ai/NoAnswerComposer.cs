namespace HelpBot.Bot.Ai;

/// <summary><c>Ai:Provider</c> none: no model, nothing sent anywhere.</summary>
public sealed class NoAnswerComposer : IAnswerComposer
{
    public bool IsEnabled => false;

    public Task<ComposedAnswer?> ComposeAsync(AnswerRequest request, GenerationReport report, CancellationToken ct) =>
        Task.FromResult<ComposedAnswer?>(null);
}
