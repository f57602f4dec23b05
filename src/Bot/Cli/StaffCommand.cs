using System.CommandLine;
using HelpBot.Bot.Hosting;
using HelpBot.Bot.Staff;
using HelpBot.Bot.Storage;
using HelpBot.Knowledge.Counters;
using HelpBot.Knowledge.Routing;

namespace HelpBot.Bot.Cli;

/// <summary>
/// <c>staff add LOGIN --role staff|editor|admin [--wards 中原区,麻生区] [--kinds houkatsu,shakyo]</c>:
/// the password is the first line of standard input (no prompt when input is redirected). This is
/// also how the first admin is made. An empty password or an existing login exits non-zero.
/// </summary>
public static class StaffCommand
{
    public static Command Create()
    {
        var login = new Argument<string>("login") { Description = "ログイン名" };
        var role = new Option<string>("--role") { Description = "staff | editor | admin", Required = true };
        var wards = new Option<string?>("--wards") { Description = "扱える区（カンマ区切り）。省略するとすべて" };
        var kinds = new Option<string?>("--kinds") { Description = "扱う窓口の種類（カンマ区切り）。省略するとすべて" };
        var add = new Command("add", "職員のアカウントを作ります（パスワードは標準入力の 1 行目）") { login, role, wards, kinds };
        add.SetAction((parse, _) => RunAsync(parse.GetValue(login)!, parse.GetValue(role)!, parse.GetValue(wards), parse.GetValue(kinds)));
        return new Command("staff", "職員のアカウント") { add };
    }

    public static async Task<int> RunAsync(string login, string role, string? wardList, string? kindList)
    {
        login = login.Trim();
        if (login.Length == 0 || login.Length > 64 || login.Any(char.IsWhiteSpace))
            return Fail("login must be 1-64 characters without spaces", ExitCodes.BadInput);
        if (!StaffRoles.IsValid(role)) return Fail($"--role must be one of {string.Join(", ", StaffRoles.All)}", ExitCodes.BadInput);
        var wards = Split(wardList);
        if (wards.FirstOrDefault(w => !Wards.IsCanonical(w)) is { } badWard)
            return Fail($"--wards: '{badWard}' is not a canonical ward ({string.Join(" ", Wards.All)})", ExitCodes.BadInput);
        var kinds = Split(kindList);
        if (kinds.FirstOrDefault(k => !RoutingKinds.TryParse(k, out _)) is { } badKind)
            return Fail($"--kinds: '{badKind}' is not a routing kind ({string.Join(", ", RoutingKinds.Names)})", ExitCodes.BadInput);

        if (!Console.IsInputRedirected) Console.Error.Write("password: ");
        var password = Console.IsInputRedirected ? Console.In.ReadLine() : ReadHidden();
        if (string.IsNullOrEmpty(password)) return Fail("the password is empty", ExitCodes.BadInput);

        var paths = HelpBotPaths.From(HelpBotConfiguration.Build());
        var database = SqliteDatabase.InDataFolder(paths.Data);
        database.Migrate();
        var store = new SqliteStaffAccountStore(database, TimeProvider.System);
        var added = await store.AddAsync(new StaffAccount { Login = login, PasswordHash = StaffSignIn.Hash(password), Role = role, Wards = wards, Kinds = kinds });
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (!added) return Fail($"login '{login}' exists already", ExitCodes.Failed);
        Console.Error.WriteLine($"staff add: {login} ({role}) created" + (password.Length < 12 ? "; a password of 12 characters or more is recommended" : ""));
        return ExitCodes.Ok;
    }

    private static string[] Split(string? list) =>
        (list ?? "").Split([',', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static int Fail(string message, int code)
    {
        Console.Error.WriteLine("staff add: " + message);
        return code;
    }

    private static string ReadHidden()
    {
        var sb = new System.Text.StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter) break;
            if (key.Key == ConsoleKey.Backspace && sb.Length > 0) sb.Length--;
            else if (!char.IsControl(key.KeyChar)) sb.Append(key.KeyChar);
        }
        Console.Error.WriteLine();
        return sb.ToString();
    }
}
