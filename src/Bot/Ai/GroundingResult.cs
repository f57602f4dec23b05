namespace HelpBot.Bot.Ai;

/// <summary>
/// What <see cref="GroundingChecker"/> found: the ids the answer cites, the answer's text without the
/// [id] markers (what a resident reads), and — when the answer must not be used — why, as a short code
/// (see <see cref="GroundingChecker"/>'s constants) that names no number or text from the answer.
/// </summary>
public sealed record GroundingResult(string Text, IReadOnlyList<string> CitedIds, string? Refusal)
{
    public bool IsGrounded => Refusal is null;
}
