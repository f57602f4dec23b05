using System.Text.Json;
using HelpBot.Bot.Tests.Support;

namespace HelpBot.Bot.Tests.Cli;

/// <summary>The ask, eval and reindex verbs as the Contracts define them: JSON alone on standard output, exact keys, exit codes.</summary>
public sealed class AskAndEvalCliTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    private static readonly string[] AskKeys = ["kind", "urgency", "confidence", "reason", "emergency", "handoff", "ward", "counters", "passages"];
    private static readonly string[] CounterKeys = ["id", "name", "phone", "phone_label", "hours", "address", "url", "verified"];
    private static readonly string[] PassageKeys = ["id", "title", "collection", "source", "url", "snippet", "score"];
    private static readonly string[] EvalKeys = ["total", "routing_accuracy", "emergency", "handoff_recall", "ward_accuracy", "by_lang", "by_label", "misses"];

    private static string[] Keys(JsonElement e) => e.EnumerateObject().Select(p => p.Name).ToArray();

    [Fact]
    public async Task Ask_json_prints_exactly_the_contract_keys_and_builds_the_index_first()
    {
        var (exit, stdout, _) = await _cli.RunAsync("ask", "中原区の母が最近もの忘れがひどい", "--json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal(AskKeys, Keys(root));
        Assert.Equal("houkatsu", root.GetProperty("kind").GetString());
        Assert.Equal("normal", root.GetProperty("urgency").GetString());
        Assert.InRange(root.GetProperty("confidence").GetDouble(), 0, 1);
        Assert.Equal("中原区", root.GetProperty("ward").GetString());
        var counter = root.GetProperty("counters")[0];
        Assert.Equal(CounterKeys, Keys(counter));
        Assert.Equal("044-744-3113", counter.GetProperty("phone").GetString());
        Assert.Equal("区役所総合案内", counter.GetProperty("phone_label").GetString());
        Assert.Equal(PassageKeys, Keys(root.GetProperty("passages")[0]));
        Assert.True(File.Exists(Path.Combine(_cli.DataPath, "index", "CURRENT")));
    }

    [Fact]
    public async Task Ask_says_on_standard_error_when_content_changed_after_the_index_was_built()
    {
        var first = await _cli.RunAsync("ask", "認知症", "--json");
        Assert.DoesNotContain("changed since index generation", first.Err);

        File.SetLastWriteTimeUtc(Path.Combine(_cli.Content.Root, "synonyms.txt"), DateTime.UtcNow); // an editor saves a file
        var (exit, stdout, stderr) = await _cli.RunAsync("ask", "認知症", "--json");
        Assert.Equal(0, exit);
        using (JsonDocument.Parse(stdout)) { } // standard output is still the JSON alone
        Assert.Contains("1 content file(s) changed since index generation", stderr);
        Assert.Contains("synonyms.txt", stderr);
        Assert.Contains("run reindex", stderr);

        Assert.Equal(0, (await _cli.RunAsync("reindex")).Exit);
        Assert.DoesNotContain("changed since index generation", (await _cli.RunAsync("ask", "認知症", "--json")).Err);
    }

    [Fact]
    public async Task Ask_an_emergency_in_json()
    {
        var (exit, stdout, _) = await _cli.RunAsync("ask", "父が息してない", "--json");
        Assert.Equal(0, exit);
        var root = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal("emergency", root.GetProperty("kind").GetString());
        Assert.Equal("emergency", root.GetProperty("urgency").GetString());
        Assert.True(root.GetProperty("emergency").GetBoolean());
        Assert.True(root.GetProperty("handoff").GetBoolean());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("ward").ValueKind);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\u0001\u0002\u00ff\ufffd\ufffd")]
    public async Task Ask_with_nothing_to_answer_still_answers_in_json(string text)
    {
        var (exit, stdout, _) = await _cli.RunAsync("ask", text, "--json");
        Assert.Equal(0, exit);
        Assert.Equal("out_of_scope", JsonDocument.Parse(stdout).RootElement.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Ask_with_a_hundred_kilobytes_answers_without_an_exception()
    {
        var text = string.Concat(Enumerable.Repeat("母の介護のことで悩んでいます。", 7000));
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(text) > 100_000);
        var (exit, stdout, stderr) = await _cli.RunWithInputAsync(text, "ask", "-", "--json");
        Assert.Equal(0, exit);
        Assert.DoesNotContain("Exception", stderr);
        Assert.Contains("検索していません", JsonDocument.Parse(stdout).RootElement.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Ask_with_a_ward_that_is_not_canonical_exits_2()
    {
        var (exit, stdout, stderr) = await _cli.RunAsync("ask", "母のこと", "--ward", "中原", "--json");
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Contains("canonical ward", stderr);
    }

    [Fact]
    public async Task An_unknown_verb_or_option_exits_2()
    {
        Assert.Equal(2, (await _cli.RunAsync("frobnicate")).Exit);
        Assert.Equal(2, (await _cli.RunAsync("ask", "x", "--nope")).Exit);
    }

    [Fact]
    public async Task Eval_json_prints_the_contract_shape()
    {
        var file = _cli.Write("e.jsonl", """
            {"id": "a", "text": "中原区の母が最近もの忘れがひどい", "accept": ["houkatsu"], "ward": "中原区", "primary": "houkatsu"}
            {"id": "b", "text": "父が息してない", "accept": ["emergency"], "handoff": true}
            {"id": "c", "text": "My father is not breathing", "accept": ["emergency"], "lang": "en"}
            {"id": "d", "text": "明日の天気はどうですか", "accept": ["houkatsu"]}
            """);
        var (exit, stdout, _) = await _cli.RunAsync("eval", file, "--json");

        Assert.Equal(0, exit);
        var root = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(EvalKeys, Keys(root));
        Assert.Equal(4, root.GetProperty("total").GetInt32());
        Assert.Equal(0.75, root.GetProperty("routing_accuracy").GetDouble());
        Assert.Equal(["recall", "precision"], Keys(root.GetProperty("emergency")));
        Assert.Equal(1.0, root.GetProperty("emergency").GetProperty("recall").GetDouble());
        Assert.Equal(["n", "routing_accuracy"], Keys(root.GetProperty("by_lang").GetProperty("ja")));
        Assert.Equal(1, root.GetProperty("by_lang").GetProperty("en").GetProperty("n").GetInt32());
        Assert.Equal(2, root.GetProperty("by_label").GetProperty("houkatsu").GetProperty("n").GetInt32());
        var miss = root.GetProperty("misses")[0];
        Assert.Equal(["id", "text", "predicted", "accept"], Keys(miss));
        Assert.Equal("d", miss.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Eval_with_an_unparsable_line_exits_2_naming_the_line()
    {
        var file = _cli.Write("bad.jsonl", "{\"text\": \"a\", \"accept\": [\"houkatsu\"]}\n{\"text\": \"b\", \"accept\": \n");
        var (exit, stdout, stderr) = await _cli.RunAsync("eval", "bad.jsonl", "--json");
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.StartsWith("bad.jsonl:2: ", stderr.Trim());
        Assert.True(File.Exists(file));
    }

    [Fact]
    public async Task Reindex_with_broken_content_exits_non_zero_names_the_line_and_publishes_nothing()
    {
        Assert.Equal(0, (await _cli.RunAsync("reindex")).Exit);
        var current = File.ReadAllText(Path.Combine(_cli.DataPath, "index", "CURRENT"));
        _cli.Content.Replace("counters.yaml", "kind: out_of_scope", "kind: outofscope");

        var (exit, _, stderr) = await _cli.RunAsync("reindex");

        Assert.NotEqual(0, exit);
        Assert.Matches(@"content/counters\.yaml:\d+: kind 'outofscope'", stderr.Replace(_cli.Content.Root, "content"));
        Assert.Equal(current, File.ReadAllText(Path.Combine(_cli.DataPath, "index", "CURRENT")));
    }
}
