using System.Globalization;
using System.Text;

namespace HelpBot.DirectLine.Load;

/// <summary>One level of load: how many turns per second, and how long a turn took (p50, p99).</summary>
public sealed record LevelResult(int Conversations, int Turns, double Seconds, double P50, double P99, int Errors)
{
    public double TurnsPerSecond => Turns / Seconds;

    public static LevelResult From(int conversations, List<double> latencies, TimeSpan elapsed, int errors)
    {
        latencies.Sort();
        return new LevelResult(conversations, latencies.Count, elapsed.TotalSeconds, Percentile(latencies, 0.50), Percentile(latencies, 0.99), errors);
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{TurnsPerSecond:F1} turns/s, p50 {P50:F1} ms, p99 {P99:F1} ms, {Turns} turns, {Errors} errors");

    public static string MarkdownTable(IReadOnlyList<(string Target, LevelResult Result)> results, LoadOptions options)
    {
        var text = new StringBuilder();
        var read = options.Stream
            ? "from the conversation's WebSocket stream"
            : string.Create(CultureInfo.InvariantCulture, $"by polling every {options.PollInterval.TotalMilliseconds:F0} ms after the POST");
        text.AppendLine(CultureInfo.InvariantCulture, $"{options.Duration.TotalSeconds:F0} s per level; the reply read {read}");
        text.AppendLine();
        text.AppendLine("| conversations | HelpBot turns/s | p50 ms | p99 ms | errors | ceiling turns/s | p50 ms | p99 ms | HelpBot / ceiling |");
        text.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var level in options.Levels)
        {
            var bot = results.First(r => r.Target == ServerProcess.HelpBot && r.Result.Conversations == level).Result;
            var ceiling = results.First(r => r.Target == ServerProcess.Ceiling && r.Result.Conversations == level).Result;
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {level} | {bot.TurnsPerSecond:F1} | {bot.P50:F1} | {bot.P99:F1} | {bot.Errors} | {ceiling.TurnsPerSecond:F1} | {ceiling.P50:F1} | {ceiling.P99:F1} | {bot.TurnsPerSecond / ceiling.TurnsPerSecond:P1} |");
        }
        return text.ToString();
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
