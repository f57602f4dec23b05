using System.Text.Json;

namespace HelpBot.Bot.Dialogs;

/// <summary>What the help dialog remembers within one conversation (stored as JSON with the conversation).</summary>
public sealed class DialogState
{
    public string Language { get; set; } = "ja";
    public bool Welcomed { get; set; }
    public string? Ward { get; set; }
    public string? Town { get; set; }
    /// <summary>The question waiting for the resident's ward.</summary>
    public string? PendingQuestion { get; set; }
    public bool AwaitingFeedback { get; set; }
    public int NoCount { get; set; }
    public int LowConfidenceStreak { get; set; }
    public HandoffStage Handoff { get; set; }
    public PendingEscalation? Pending { get; set; }
    public bool WaitingAcknowledged { get; set; }
    /// <summary>The last answer's kind and title, for an escalation made after it.</summary>
    public string? LastKind { get; set; }
    public string? LastTopic { get; set; }
    public string? LastCounterId { get; set; }
    /// <summary>The last question answered, masked: what an いいえ refers to.</summary>
    public string? LastQuestion { get; set; }

    public static DialogState From(string? json)
    {
        if (string.IsNullOrEmpty(json)) return new DialogState();
        try
        {
            return JsonSerializer.Deserialize<DialogState>(json) ?? new DialogState();
        }
        catch (JsonException)
        {
            // A state written by an older version that no longer reads: start fresh rather than fail the turn.
            return new DialogState();
        }
    }

    public string ToJson() => JsonSerializer.Serialize(this);
}
