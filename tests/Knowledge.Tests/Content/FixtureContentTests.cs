using HelpBot.Knowledge.Routing;
using HelpBot.Knowledge.Tests.Support;
using HelpBot.Tests.Shared;

namespace HelpBot.Knowledge.Tests.Content;

public sealed class FixtureContentTests
{
    [Fact]
    public void The_fixture_folder_loads_without_errors()
    {
        using var folder = new ContentFolder();
        var (content, report) = folder.Load();

        ReportAssert.Clean(report);
        Assert.Equal(5, content.Documents.Count);
        Assert.Equal(12, content.Counters.Count);
        Assert.Equal(7, content.Areas.Count);
        Assert.Equal(2, content.Safety.Count);
        Assert.Equal(4, content.Synonyms.Count);
    }

    [Fact]
    public void A_document_carries_its_front_matter_and_first_paragraph()
    {
        using var folder = new ContentFolder();
        var doc = folder.Load().Content.Documents.Single(d => d.Id == "monowasure-ninchisho");

        Assert.Equal("もの忘れが気になる・認知症かもしれない", doc.Title);
        Assert.Equal([RoutingKind.Houkatsu], doc.RoutesTo);
        Assert.Equal(5, doc.Examples.Count);
        Assert.Equal("HelpBot", doc.Source);
        Assert.Equal(new DateOnly(2026, 11, 26), doc.Updated);
        Assert.StartsWith("もの忘れが増えた", doc.Answer);
        Assert.DoesNotContain("伝えるとよいこと", doc.Answer);
        Assert.Contains("伝えるとよいこと", doc.Body);
        Assert.Equal("ja", doc.Lang);
    }

    [Fact]
    public void Manga_panels_are_read_with_alt_text_and_dialogue()
    {
        using var folder = new ContentFolder();
        var manga = folder.Load().Content.Documents.Single(d => d.Id == "sample-manga");

        Assert.Equal(2, manga.Panels.Count);
        Assert.Equal("中学生が郵便受けの新聞を見ている。", manga.Panels[0].Alt);
        Assert.Equal("さくら「最近見かけないな」", manga.Panels[0].Dialogue);
    }

    [Fact]
    public void Synonym_arrow_lines_name_the_canonical_form()
    {
        using var folder = new ContentFolder();
        var group = folder.Load().Content.Synonyms.Single(g => g.Canonical == "もの忘れ");

        Assert.Equal(["物忘れ", "ものわすれ"], group.Variants);
    }
}
