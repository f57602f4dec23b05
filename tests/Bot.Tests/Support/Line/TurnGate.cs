using HelpBot.Bot.Conversations;

namespace HelpBot.Bot.Tests.Support.Line;

/// <summary>
/// A middleware that holds turns whose text contains <see cref="Marker"/> until the test opens the gate:
/// a slow turn, to test what happens while it runs (loading animation) and after (an old reply token).
/// </summary>
public sealed class TurnGate : ITurnMiddleware
{
    public const string Marker = "【ゆっくり】";

    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Entered => _entered.Task;

    public void Open() => _open.TrySetResult();

    public async Task OnTurnAsync(TurnContext turn, Func<Task> next, CancellationToken ct)
    {
        if (turn.Text?.Contains(Marker) == true)
        {
            _entered.TrySetResult();
            await _open.Task.WaitAsync(ct);
        }
        await next();
    }
}
