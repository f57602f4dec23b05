namespace HelpBot.DirectLine.Load;

public sealed record LoadOptions(IReadOnlyList<int> Levels, TimeSpan Duration, TimeSpan PollInterval, bool Stream)
{
    public static LoadOptions Parse(string[] args)
    {
        var levels = new List<int> { 1, 50, 200 };
        var seconds = 15.0;
        var pollMs = 5.0;
        var stream = true;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--levels": levels = args[i + 1].Split(',').Select(int.Parse).ToList(); break;
                case "--seconds": seconds = double.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture); break;
                case "--read": stream = args[i + 1] switch { "stream" => true, "poll" => false, _ => throw new ArgumentException("--read stream|poll") }; break;
                case "--poll-ms": pollMs = double.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture); break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
        }
        return new LoadOptions(levels, TimeSpan.FromSeconds(seconds), TimeSpan.FromMilliseconds(pollMs), stream);
    }
}
