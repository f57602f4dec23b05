using HelpBot.DirectLine.Load;

// Load on Direct Line turns, by hand (not in CI), from the repository root:
//   dotnet run -c Release --project bench/DirectLine.Load -- [--levels 1,50,200] [--seconds 15] [--read stream|poll] [--poll-ms 5]
// Starts the real server (HelpBot.dll, content/, a temporary data folder) and, as the ceiling, a plain
// Kestrel endpoint that answers every turn with a fixed activity — each as its own process on
// 127.0.0.1 — and drives both with the same client: N concurrent conversations, each posting a
// message and waiting until the bot's reply is readable (on the WebSocket stream, or by polling),
// for a fixed time per level.
if (args.Length > 0 && args[0] == CeilingServer.Verb) return await CeilingServer.RunAsync(args[1..]);

var options = LoadOptions.Parse(args);
var results = new List<(string Target, LevelResult Result)>();
foreach (var target in new[] { ServerProcess.HelpBot, ServerProcess.Ceiling })
{
    await using var server = await ServerProcess.StartAsync(target);
    Console.Error.WriteLine($"{target}: {server.BaseAddress}");
    await TurnDriver.RunAsync(server.BaseAddress, 10, TimeSpan.FromSeconds(3), options.PollInterval, options.Stream); // warm-up, not counted
    foreach (var level in options.Levels)
    {
        var result = await TurnDriver.RunAsync(server.BaseAddress, level, options.Duration, options.PollInterval, options.Stream);
        Console.Error.WriteLine($"{target} N={level}: {result}");
        results.Add((target, result));
    }
}
Console.WriteLine(LevelResult.MarkdownTable(results, options));
return 0;
