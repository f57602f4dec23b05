using System.Text;
using System.Text.RegularExpressions;
using HelpBot.Knowledge.Routing;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using YamlDotNet.RepresentationModel;

namespace HelpBot.Knowledge.Content;

/// <summary>
/// Reads one Markdown topic: YAML front matter (Contracts: "Content front matter"), the first
/// paragraph as the chat answer, the rest as indexed text, and manga panels.
/// </summary>
public static partial class DocumentReader
{
    public const int AnswerSoftLimit = 300;

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

    private static readonly string[] Languages = ["ja", "en", "zh", "vi", "ko"];

    [GeneratedRegex(@"(?<![\d-])(0\d{1,4}-\d{1,4}-\d{3,4}|0\d{9,10}|#\d{4}|1\d\d番)")]
    private static partial Regex PhoneLike();

    [GeneratedRegex(@"^コマ\s*(\d+)")]
    private static partial Regex PanelHeading();

    public static ContentDocument? Read(string text, string file, Collection folderCollection, ContentReport report)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            report.Error(file, 1, "ファイルが空です");
            return null;
        }
        var markdown = Markdown.Parse(text, Pipeline);
        if (markdown.FirstOrDefault() is not YamlFrontMatterBlock front || front.Line != 0)
        {
            report.Error(file, 1, "先頭に YAML の front matter（--- で囲んだ部分）がありません");
            return null;
        }

        var yamlText = string.Join('\n', front.Lines.Lines.Take(front.Lines.Count).Select(l => l.Slice.ToString()));
        // The YAML starts on the line after the opening '---'.
        var root = YamlDocumentReader.Parse(yamlText, file, report, lineOffset: front.Line + 1);
        if (root is not YamlMappingNode map)
        {
            if (root is not null) report.Error(file, front.Line + 2, "front matter は「キー: 値」の形で書いてください");
            else if (!report.HasErrorsFor(file)) report.Error(file, front.Line + 1, "front matter が空です");
            return null;
        }

        var f = new YamlFields(map, file, report, lineOffset: front.Line + 1);
        var id = f.String("id", required: true);
        var collectionName = f.String("collection", required: true);
        var title = f.String("title", required: true);
        var topics = f.StringList("topics", required: true);
        var routeNames = f.StringList("routes_to", required: true);
        var counters = f.StringList("counters", required: false);
        var audience = f.StringList("audience", required: true);
        var examples = f.StringList("examples", required: true);
        var summaryEasy = f.String("summary_easy", required: true);
        var url = f.String("url", required: false);
        var source = f.String("source", required: false);
        var updated = f.Date("updated", required: true);
        var lang = f.String("lang", required: false) ?? "ja";
        f.ReportUnknown();

        if (id is not null && !Ids.IsKebabCase(id)) f.Error("id", $"id '{id}' は半角英小文字・数字とハイフンで書いてください（例: monowasure-ninchisho）");
        Collection? collection = collectionName switch
        {
            "pamphlet" => Collection.Pamphlet,
            "manga" => Collection.Manga,
            "portal" => Collection.Portal,
            _ => null,
        };
        if (collectionName is not null && collection is null)
            f.Error("collection", $"collection '{collectionName}' は不明です（pamphlet, manga, portal のいずれか）");
        else if (collection is not null && collection != folderCollection)
            f.Error("collection", $"collection '{collectionName}' がフォルダ '{folderCollection.ToString().ToLowerInvariant()}' と合っていません");
        var routes = new List<RoutingKind>();
        foreach (var name in routeNames)
        {
            if (RoutingKinds.TryParse(name, out var kind)) routes.Add(kind.Value);
            else f.Error("routes_to", $"routes_to の '{name}' は不明です（{string.Join(", ", RoutingKinds.Names)} のいずれか）");
        }
        if (url is null && source is null) f.Error("url", "url か source のどちらかを書いてください（HelpBot のために書いた文章は source: HelpBot）");
        if (url is not null && !Ids.IsHttpUrl(url)) f.Error("url", $"url '{url}' は http:// か https:// で始まる URL にしてください");
        if (!Languages.Contains(lang)) f.Error("lang", $"lang '{lang}' は不明です（{string.Join(", ", Languages)} のいずれか）");
        if (examples.Count is > 0 and < 5) f.Warning("examples", $"examples は住民の言い方で 5 つ以上あると見つけやすくなります（今は {examples.Count}）");

        var blocks = markdown.Skip(1).ToList();
        var answerBlock = blocks.OfType<ParagraphBlock>().FirstOrDefault();
        if (answerBlock is null)
        {
            report.Error(file, front.Line + front.Lines.Count + 3, "本文の最初の段落（チャットに表示する答え）がありません");
            return null;
        }
        var answer = MarkdownText.Of(answerBlock).Replace("\n", "");
        if (answer.Length > AnswerSoftLimit)
            report.Warning(file, answerBlock.Line + 1, $"最初の段落が {answer.Length} 文字あります。チャットでは {AnswerSoftLimit} 文字くらいまでにしてください");

        CheckNoPhoneNumbers(text, front, file, report);
        var panels = collection == Collection.Manga ? ReadPanels(blocks, file, report) : [];
        var body = new StringBuilder();
        foreach (var block in blocks.Where(b => b != answerBlock)) body.Append(MarkdownText.Of(block)).Append('\n');

        if (id is null || collection is null || title is null || routes.Count == 0 || (url is null && source is null)) return null;
        return new ContentDocument
        {
            Id = id,
            Collection = collection.Value,
            Title = title,
            Topics = topics,
            RoutesTo = routes,
            Counters = counters,
            Audience = audience,
            Examples = examples,
            SummaryEasy = summaryEasy,
            Url = url,
            Source = source,
            Updated = updated,
            Lang = lang,
            Answer = answer,
            Body = body.ToString().Trim(),
            Panels = panels,
            Location = new ContentLocation(file, 1),
            CountersLocation = new ContentLocation(file, f.LineOf("counters")),
        };
    }

    /// <summary>Numbers reach residents only through counter cards, which are checked and dated.</summary>
    private static void CheckNoPhoneNumbers(string text, YamlFrontMatterBlock front, string file, ContentReport report)
    {
        var lines = text.Split('\n');
        var bodyStart = front.Line + front.Lines.Count + 2;
        for (var i = bodyStart; i < lines.Length; i++)
        {
            var m = PhoneLike().Match(lines[i]);
            if (m.Success)
                report.Error(file, i + 1, $"本文に電話番号 '{m.Value}' があります。番号は counters.yaml に書き、front matter の counters で結びつけてください");
        }
    }

    private static List<MangaPanel> ReadPanels(List<Block> blocks, string file, ContentReport report)
    {
        var panels = new List<MangaPanel>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is not HeadingBlock { Level: 3 } heading) continue;
            var m = PanelHeading().Match(MarkdownText.Of(heading));
            if (!m.Success) continue;
            var number = int.Parse(m.Groups[1].Value);
            var alt = new StringBuilder();
            var dialogue = new StringBuilder();
            for (var j = i + 1; j < blocks.Count && blocks[j] is not HeadingBlock; j++)
            {
                foreach (var line in MarkdownText.Of(blocks[j]).Split('\n'))
                {
                    var t = line.Trim();
                    if (t.StartsWith("alt:", StringComparison.OrdinalIgnoreCase)) alt.Append(t[4..].Trim());
                    else if (t.Length > 0) dialogue.Append(t).Append('\n');
                }
            }
            if (alt.Length == 0) report.Error(file, heading.Line + 1, $"コマ {number} に alt: （絵の説明）がありません");
            if (number != panels.Count + 1) report.Error(file, heading.Line + 1, $"コマの番号が続いていません（{panels.Count + 1} のはずが {number}）");
            panels.Add(new MangaPanel(number, alt.ToString(), dialogue.ToString().Trim(), heading.Line + 1));
        }
        if (panels.Count == 0) report.Error(file, 1, "マンガにコマ（### コマ 1 …）がありません");
        return panels;
    }
}
