using System.Text;
using System.Text.Json;
using HelpBot.Knowledge.Counters;
using HelpBot.Knowledge.Routing;

namespace HelpBot.Knowledge.Evaluation;

/// <summary>
/// Reads an eval JSONL file: one object a line with <c>text</c> and <c>accept</c>; optional
/// <c>primary</c>, <c>lang</c>, <c>ward</c>, <c>emergency</c>, <c>handoff</c>, <c>id</c>; unknown
/// fields ignored; blank lines skipped. Any unreadable line rejects the file.
/// </summary>
public static class EvalFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    public static IReadOnlyList<EvalItem> Read(string path, string displayPath)
    {
        if (!File.Exists(path)) throw new EvalFormatException(displayPath, 0, "file not found");
        string text;
        try
        {
            var bytes = File.ReadAllBytes(path);
            var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            text = StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            throw new EvalFormatException(displayPath, 1, "not UTF-8 text");
        }
        return Parse(text, displayPath);
    }

    public static IReadOnlyList<EvalItem> Parse(string text, string displayPath)
    {
        var items = new List<EvalItem>();
        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i])) continue;
            items.Add(ParseLine(lines[i], displayPath, i + 1));
        }
        if (items.Count == 0) throw new EvalFormatException(displayPath, 1, "no items");
        return items;
    }

    private static EvalItem ParseLine(string line, string file, int number)
    {
        JsonElement root;
        try
        {
            using var doc = JsonDocument.Parse(line);
            root = doc.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new EvalFormatException(file, number, "invalid JSON: " + e.Message);
        }
        if (root.ValueKind != JsonValueKind.Object) throw new EvalFormatException(file, number, "each line must be a JSON object");

        var text = String(root, "text", file, number) ?? throw new EvalFormatException(file, number, "missing \"text\"");
        if (!root.TryGetProperty("accept", out var acceptElement) || acceptElement.ValueKind != JsonValueKind.Array || acceptElement.GetArrayLength() == 0)
            throw new EvalFormatException(file, number, "\"accept\" must be a non-empty list of kinds");
        var accept = new List<RoutingKind>();
        foreach (var a in acceptElement.EnumerateArray())
        {
            if (a.ValueKind != JsonValueKind.String) throw new EvalFormatException(file, number, "\"accept\" items must be strings");
            accept.Add(Kind(a.GetString()!, file, number));
        }
        var primaryName = String(root, "primary", file, number);
        var ward = String(root, "ward", file, number);
        if (ward is not null && !Wards.IsCanonical(ward))
            throw new EvalFormatException(file, number, $"\"ward\" '{ward}' is not a canonical ward ({string.Join(" ", Wards.All)})");
        return new EvalItem
        {
            Line = number,
            Id = String(root, "id", file, number),
            Text = text,
            Accept = accept.Distinct().ToList(),
            Primary = primaryName is null ? null : Kind(primaryName, file, number),
            Lang = String(root, "lang", file, number) ?? "ja",
            Ward = ward,
            Emergency = Bool(root, "emergency", file, number) ?? accept.Contains(RoutingKind.Emergency),
            Handoff = Bool(root, "handoff", file, number),
        };
    }

    /// <summary>A kind name; <c>other:ANY</c> counts as <c>other</c>.</summary>
    private static RoutingKind Kind(string name, string file, int line)
    {
        var bare = name.StartsWith("other:", StringComparison.Ordinal) ? "other" : name;
        return RoutingKinds.TryParse(bare, out var kind)
            ? kind.Value
            : throw new EvalFormatException(file, line, $"unknown kind '{name}' (one of {string.Join(", ", RoutingKinds.Names)})");
    }

    private static string? String(JsonElement root, string name, string file, int line)
    {
        if (!root.TryGetProperty(name, out var e) || e.ValueKind == JsonValueKind.Null) return null;
        if (e.ValueKind != JsonValueKind.String) throw new EvalFormatException(file, line, $"\"{name}\" must be a string");
        return e.GetString();
    }

    private static bool? Bool(JsonElement root, string name, string file, int line)
    {
        if (!root.TryGetProperty(name, out var e) || e.ValueKind == JsonValueKind.Null) return null;
        return e.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new EvalFormatException(file, line, $"\"{name}\" must be true or false"),
        };
    }
}
