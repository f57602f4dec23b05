using HelpBot.Knowledge.Safety;

namespace HelpBot.Content.Tests;

/// <summary>A safety detector built once from the live content/safety.yaml.</summary>
public static class LiveSafety
{
    private static readonly Lazy<SafetyDetector> Built = new(() => new SafetyDetector(LiveContent.Content.Safety));

    public static SafetyDetector Detector => Built.Value;
}
