using HelpBot.Knowledge.Content;

namespace HelpBot.Search.Bench;

/// <summary>
/// N passages made from the shipped corpus's own titles, examples and sentences, recombined with a
/// fixed seed: realistic Japanese vocabulary and length, at any size.
/// </summary>
public static class SyntheticCorpus
{
    public static ContentSet Make(ContentSet shipped, int size, int seed = 42)
    {
        var random = new Random(seed);
        var sources = shipped.Documents;
        var sentences = sources.SelectMany(d => (d.Answer + "\n" + d.Body).Split(['。', '\n'], StringSplitOptions.RemoveEmptyEntries)).ToArray();
        var examples = sources.SelectMany(d => d.Examples).ToArray();
        var docs = new List<ContentDocument>(size);
        for (var i = 0; i < size; i++)
        {
            var basis = sources[random.Next(sources.Count)];
            docs.Add(basis with
            {
                Id = $"synthetic-{i}",
                Title = basis.Title + " " + i,
                Examples = Enumerable.Range(0, 6).Select(_ => examples[random.Next(examples.Length)]).ToList(),
                Answer = Sentences(random, sentences, 3),
                Body = Sentences(random, sentences, 12),
            });
        }
        return shipped with { Documents = docs };
    }

    private static string Sentences(Random random, string[] sentences, int count) =>
        string.Join("。", Enumerable.Range(0, count).Select(_ => sentences[random.Next(sentences.Length)])) + "。";
}
