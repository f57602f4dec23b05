using System.Text.RegularExpressions;

namespace HelpBot.Knowledge.Content;

/// <summary>Shape checks shared by every content format.</summary>
public static partial class Ids
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();

    public static bool IsKebabCase(string id) => KebabCase().IsMatch(id);

    public static bool IsHttpUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
