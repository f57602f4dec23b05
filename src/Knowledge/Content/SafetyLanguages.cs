namespace HelpBot.Knowledge.Content;

/// <summary>The languages safety phrases are written in.</summary>
public static class SafetyLanguages
{
    public static IReadOnlyList<string> All { get; } = ["ja", "easy_ja", "en", "zh", "vi", "ko"];
}
