using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace HelpBot.Knowledge.Content;

/// <summary>Plain text out of Markdig blocks, keeping line breaks where the editor wrote them.</summary>
public static class MarkdownText
{
    public static string Of(Block block)
    {
        var sb = new StringBuilder();
        Append(block, sb);
        return sb.ToString().Trim();
    }

    private static void Append(Block block, StringBuilder sb)
    {
        switch (block)
        {
            case LeafBlock { Inline: { } inline }:
                AppendInline(inline, sb);
                sb.Append('\n');
                break;
            case LeafBlock leaf when leaf.Lines.Lines is { } lines:
                foreach (var line in leaf.Lines.Lines.Take(leaf.Lines.Count)) sb.Append(line.Slice.ToString()).Append('\n');
                break;
            case ContainerBlock container:
                foreach (var child in container) Append(child, sb);
                break;
        }
    }

    private static void AppendInline(ContainerInline container, StringBuilder sb)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal: sb.Append(literal.Content.ToString()); break;
                case CodeInline code: sb.Append(code.Content); break;
                case LineBreakInline: sb.Append('\n'); break;
                case HtmlInline: break;
                case AutolinkInline link: sb.Append(link.Url); break;
                case ContainerInline nested: AppendInline(nested, sb); break;
            }
        }
    }
}
