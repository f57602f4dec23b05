namespace HelpBot.Bot.Staff;

/// <summary>Error bodies of the staff and editor APIs: <c>{"error":{"code","message"}}</c>, messages in Japanese for staff.</summary>
public static class ApiErrors
{
    public static IResult Error(int status, string code, string message) =>
        Results.Json(new { error = new { code, message } }, statusCode: status);

    public static IResult From(Handoff.DeskResult result) => result switch
    {
        Handoff.DeskResult.Ok => Results.Ok(new { ok = true }),
        Handoff.DeskResult.NotFound => Error(404, "not_found", "見つかりません"),
        Handoff.DeskResult.Forbidden => Error(403, "forbidden", "この相談を扱う権限がありません"),
        Handoff.DeskResult.Conflict => Error(409, "conflict", "ほかの職員がすでに対応しているか、終了しています"),
        _ => Error(400, "bad_request", "入力を確かめてください"),
    };
}
