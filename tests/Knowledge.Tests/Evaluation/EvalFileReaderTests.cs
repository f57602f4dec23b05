using HelpBot.Knowledge.Evaluation;
using HelpBot.Knowledge.Routing;

namespace HelpBot.Knowledge.Tests.Evaluation;

public sealed class EvalFileReaderTests
{
    [Fact]
    public void Lines_are_read_with_defaults()
    {
        var items = EvalFileReader.Parse("""
            {"text": "母が認知症かも", "accept": ["houkatsu"], "ward": "中原区", "extra": 1}

            {"id": "x", "text": "息してない", "accept": ["emergency"], "lang": "ja", "handoff": true}
            {"text": "国際交流センター", "accept": ["other:kokusai"], "primary": "other", "emergency": false}
            """, "f.jsonl");

        Assert.Equal(3, items.Count);
        Assert.Equal("ja", items[0].Lang);
        Assert.False(items[0].Emergency);
        Assert.Null(items[0].Handoff);
        Assert.Equal("中原区", items[0].Ward);
        Assert.True(items[1].Emergency);
        Assert.Equal(3, items[1].Line);
        Assert.Equal([RoutingKind.Other], items[2].Accept);
    }

    [Theory]
    [InlineData("{\"text\": \"a\", \"accept\": [\"houkatsu\"]}\n{not json}", 2, "invalid JSON")]
    [InlineData("{\"accept\": [\"houkatsu\"]}", 1, "missing \"text\"")]
    [InlineData("{\"text\": \"a\", \"accept\": []}", 1, "non-empty")]
    [InlineData("{\"text\": \"a\", \"accept\": [\"hospital\"]}", 1, "unknown kind 'hospital'")]
    [InlineData("{\"text\": \"a\", \"accept\": [\"houkatsu\"], \"ward\": \"中原\"}", 1, "canonical ward")]
    [InlineData("{\"text\": \"a\", \"accept\": [\"houkatsu\"], \"handoff\": \"yes\"}", 1, "true or false")]
    [InlineData("[1,2]", 1, "JSON object")]
    [InlineData("", 1, "no items")]
    public void A_bad_line_rejects_the_file_naming_the_line(string text, int line, string words)
    {
        var e = Assert.Throws<EvalFormatException>(() => EvalFileReader.Parse(text, "tests/eval/x.jsonl"));
        Assert.Equal(line, e.Line);
        Assert.StartsWith($"tests/eval/x.jsonl:{line}: ", e.Message);
        Assert.Contains(words, e.Message);
    }
}
