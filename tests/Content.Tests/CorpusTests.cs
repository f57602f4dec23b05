using System.Text.RegularExpressions;
using HelpBot.Knowledge.Content;
using HelpBot.Knowledge.Routing;

namespace HelpBot.Content.Tests;

/// <summary>The pamphlet, manga and portal as the corpus issue asks for them.</summary>
public sealed partial class CorpusTests
{
    private static IReadOnlyList<ContentDocument> Documents => LiveContent.Content.Documents;

    [Theory]
    [InlineData(Collection.Pamphlet, 30)]
    [InlineData(Collection.Manga, 6)]
    [InlineData(Collection.Portal, 25)]
    public void Each_collection_has_at_least_its_share_of_topics(Collection collection, int minimum)
    {
        Assert.True(Documents.Count(d => d.Collection == collection) >= minimum);
    }

    [Fact]
    public void Every_topic_has_five_examples_an_easy_summary_and_a_short_first_paragraph()
    {
        var problems = Documents
            .Where(d => d.Examples.Count < 5 || string.IsNullOrWhiteSpace(d.SummaryEasy) || d.Answer.Length > 320)
            .Select(d => $"{d.Location}: {d.Examples.Count} examples, summary_easy {(d.SummaryEasy is null ? "missing" : "ok")}, first paragraph {d.Answer.Length} characters")
            .ToList();
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void Examples_are_residents_words_not_the_title_again()
    {
        var echoes = Documents.SelectMany(d => d.Examples.Where(e => e == d.Title).Select(e => $"{d.Id}: {e}")).ToList();
        Assert.Empty(echoes);
    }

    [Fact]
    public void Manga_are_written_for_helpbot_and_every_panel_is_described()
    {
        foreach (var manga in Documents.Where(d => d.Collection == Collection.Manga))
        {
            Assert.Equal("HelpBot", manga.Source);
            Assert.True(manga.Panels.Count >= 6, $"{manga.Id} has {manga.Panels.Count} panels");
            Assert.All(manga.Panels, p => Assert.False(string.IsNullOrWhiteSpace(p.Alt), $"{manga.Id} panel {p.Number} has no alt text"));
        }
    }

    [GeneratedRegex(@"(?<![\d-])(0\d{1,4}-\d{1,4}-\d{3,4}|0\d{9,10}|#\d{4}|1[01]9番?|189)(?!\d)")]
    private static partial Regex PhoneLike();

    [Fact]
    public void No_phone_number_is_in_any_body_numbers_reach_residents_only_through_counter_cards()
    {
        var found = new List<string>();
        foreach (var file in Directory.EnumerateFiles(LiveContent.PathOf("content"), "*.md", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            var body = text[(text.IndexOf("\n---", 3, StringComparison.Ordinal) + 4)..];
            foreach (Match m in PhoneLike().Matches(body)) found.Add($"{Path.GetFileName(file)}: {m.Value}");
        }
        Assert.True(found.Count == 0, string.Join('\n', found));
    }

    [Theory]
    [InlineData(RoutingKind.Mimamori)]
    [InlineData(RoutingKind.Houkatsu)]
    [InlineData(RoutingKind.Shakyo)]
    [InlineData(RoutingKind.Emergency)]
    [InlineData(RoutingKind.Other)]
    [InlineData(RoutingKind.OutOfScope)]
    public void Every_routing_kind_is_reachable_from_the_examples_of_the_topics_that_route_to_it(RoutingKind kind)
    {
        var topics = Documents.Where(d => d.RoutesTo[0] == kind).ToList();
        Assert.NotEmpty(topics);
        using var lease = LiveIndex.Lease();
        var reached = topics.SelectMany(d => d.Examples).Count(e => lease.Base.Router.Route(e).Kind == kind);
        Assert.True(reached > 0, $"no example of a {kind.ToName()} topic routes to {kind.ToName()}");
    }
}
