using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace HelpBot.Knowledge.Content;

/// <summary>Parses YAML text into a node tree, turning YamlDotNet's exceptions into FILE:LINE errors.</summary>
public static class YamlDocumentReader
{
    /// <param name="lineOffset">Added to every line number (front matter starts below the opening <c>---</c>).</param>
    public static YamlNode? Parse(string text, string displayPath, ContentReport report, int lineOffset = 0)
    {
        if (FirstSyntaxError(text) is { } error)
        {
            report.Error(displayPath, error.Line + lineOffset, $"YAML の書き方に誤りがあります: {error.Message}");
            return null;
        }
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0) return null;
            if (stream.Documents.Count > 1)
            {
                report.Error(displayPath, lineOffset + Line(stream.Documents[1].RootNode), "YAML の文書は 1 つだけにしてください（'---' が余分です）");
            }
            return stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            var line = (int)Math.Max(1, e.Start.Line) + lineOffset;
            report.Error(displayPath, line, $"YAML の書き方に誤りがあります: {Describe(e)}");
            return null;
        }
    }

    /// <summary>
    /// Runs the bare parser first: some malformed input makes YamlStream throw without a position,
    /// while the event stream still says how far the text was readable.
    /// </summary>
    private static (int Line, string Message)? FirstSyntaxError(string text)
    {
        var parser = new Parser(new StringReader(text));
        var lastLine = 1;
        try
        {
            while (parser.MoveNext())
            {
                if (parser.Current is { } e) lastLine = (int)Math.Max(1, e.End.Line);
            }
            return null;
        }
        catch (YamlException e)
        {
            return ((int)Math.Max(1, e.Start.Line), Describe(e));
        }
        catch (InvalidOperationException)
        {
            return (lastLine, "ここから先が読めません");
        }
    }

    public static int Line(YamlNode node) => (int)Math.Max(1, node.Start.Line);

    private static string Describe(YamlException e)
    {
        var message = e.InnerException?.Message ?? e.Message;
        // YamlDotNet prefixes messages with "(Line: x, Col: y, Idx: z) - (Line: ...): "; the line is already in front.
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 ? message[(cut + 3)..] : message;
    }
}
