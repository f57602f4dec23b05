using System.Text;

namespace HelpBot.Knowledge.Content;

/// <summary>
/// Reads an editor's text file defensively: a size limit, UTF-8 only (with or without BOM),
/// CRLF and CR turned into LF, and a clear error for binary files instead of a crash later.
/// </summary>
public static class TextFileReader
{
    public const long MaxBytes = 4 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Read(string path, string displayPath, ContentReport report)
    {
        var info = new FileInfo(path);
        if (info.Length > MaxBytes)
        {
            report.Error(displayPath, 1, $"ファイルが大きすぎます（{info.Length / 1024.0 / 1024.0:0.0} MB、上限 {MaxBytes / 1024 / 1024} MB）");
            return null;
        }
        var bytes = File.ReadAllBytes(path);
        return Decode(bytes, displayPath, report);
    }

    public static string? Decode(byte[] bytes, string displayPath, ContentReport report)
    {
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var nul = Array.IndexOf(bytes, (byte)0, start);
        if (nul >= 0)
        {
            report.Error(displayPath, LineOf(bytes, nul), "テキストファイルではありません（NUL バイトを含みます）");
            return null;
        }
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            var at = e.Index >= 0 ? start + e.Index : start;
            report.Error(displayPath, LineOf(bytes, at), "UTF-8 として読めません。UTF-8 で保存してください（Shift_JIS などは使えません）");
            return null;
        }
        return text.Replace("\r\n", "\n").Replace('\r', '\n');
    }

    private static int LineOf(byte[] bytes, int index)
    {
        var line = 1;
        for (var i = 0; i < index && i < bytes.Length; i++)
            if (bytes[i] == (byte)'\n') line++;
        return line;
    }
}
