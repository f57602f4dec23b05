using System.Net;
using System.Text.Json;
using HelpBot.Bot.Staff;
using HelpBot.Bot.Tests.Support;
using HelpBot.Knowledge;
using HelpBot.Knowledge.Search;
using HelpBot.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace HelpBot.Bot.Tests.Editors;

public sealed class EditorApiTests : IAsyncLifetime
{
    private HelpBotServer _server = null!;

    public async ValueTask InitializeAsync()
    {
        _server = await HelpBotServer.StartAsync();
        await _server.AddAccountAsync("editor", StaffRoles.Editor);
        await _server.AddAccountAsync("sato", StaffRoles.Staff);
    }

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    private static async Task<JsonElement> JsonOf(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    [Fact]
    public async Task Only_editors_and_admins_reach_the_editor_api()
    {
        using var anonymous = new StaffClient(_server.BaseAddress);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.Http.GetAsync("/api/editor/generation")).StatusCode);
        using var sato = await _server.SignedInAsync("sato");
        var forbidden = await sato.Http.GetAsync("/api/editor/generation");
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Contains("\"error\"", await forbidden.Content.ReadAsStringAsync());
        using var editor = await _server.SignedInAsync("editor");
        var generation = await editor.GetJsonAsync("/api/editor/generation");
        Assert.Equal(5, generation.GetProperty("documents").GetInt32());
        Assert.Equal(3, generation.GetProperty("documents_by_collection").GetProperty("pamphlet").GetInt32());
    }

    [Fact]
    public async Task Reindex_while_previews_run_switches_without_errors_or_empty_answers()
    {
        using var editor = await _server.SignedInAsync("editor");
        var before = (await editor.GetJsonAsync("/api/editor/generation")).GetProperty("name").GetString();
        _server.Content.Replace("pamphlet/shouhisha.md", "title: 消費者トラブル", "title: 消費者トラブル・悪質商法");
        using var stop = new CancellationTokenSource();
        var failures = 0;
        var empties = 0;
        var previews = 0;
        var load = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var r = await editor.PostAsync("/api/editor/preview", new { text = "訪問販売で高い布団を買わされた" });
                if (!r.IsSuccessStatusCode) Interlocked.Increment(ref failures);
                else if ((await JsonOf(r)).GetProperty("decision").GetProperty("passages").GetArrayLength() == 0) Interlocked.Increment(ref empties);
                Interlocked.Increment(ref previews);
            }
        })).ToList();

        var reindex = await editor.PostAsync("/api/editor/reindex");
        await Task.Delay(300);
        stop.Cancel();
        await Task.WhenAll(load);

        Assert.Equal(HttpStatusCode.OK, reindex.StatusCode);
        var body = await JsonOf(reindex);
        Assert.True(body.GetProperty("success").GetBoolean());
        Assert.NotEqual(before, body.GetProperty("generation").GetProperty("name").GetString());
        Assert.Equal((0, 0), (failures, empties));
        Assert.True(previews > 0);
        var after = await JsonOf(await editor.PostAsync("/api/editor/preview", new { text = "訪問販売で高い布団を買わされた" }));
        Assert.Equal("消費者トラブル・悪質商法", after.GetProperty("answer").GetProperty("title").GetString());
    }

    [Fact]
    public async Task Broken_content_changes_nothing_and_lists_the_errors_by_file_and_line()
    {
        using var editor = await _server.SignedInAsync("editor");
        var before = (await editor.GetJsonAsync("/api/editor/generation")).GetProperty("name").GetString();
        _server.Content.Replace("counters.yaml", "kind: out_of_scope", "kind: outofscope");

        var reindex = await editor.PostAsync("/api/editor/reindex");

        Assert.Equal((HttpStatusCode)422, reindex.StatusCode);
        var body = await JsonOf(reindex);
        Assert.False(body.GetProperty("success").GetBoolean());
        var error = body.GetProperty("errors")[0];
        Assert.EndsWith("counters.yaml", error.GetProperty("file").GetString());
        Assert.True(error.GetProperty("line").GetInt32() > 0);
        Assert.Equal(before, body.GetProperty("generation").GetProperty("name").GetString());
        Assert.Equal(before, (await editor.GetJsonAsync("/api/editor/generation")).GetProperty("name").GetString());
        var preview = await editor.PostAsync("/api/editor/preview", new { text = "明日の天気" });
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
    }

    [Fact]
    public async Task The_preview_agrees_with_ask()
    {
        using var editor = await _server.SignedInAsync("editor");
        using var cli = new CliRunner();
        foreach (var (text, ward) in new (string, string?)[] { ("母が最近もの忘れがひどくて心配です", null), ("母のもの忘れ", "麻生区"), ("父が息してない", null), ("明日の天気", null) })
        {
            var preview = await JsonOf(await editor.PostAsync("/api/editor/preview", new { text, ward }));
            var args = ward is null ? new[] { "ask", text, "--json" } : ["ask", text, "--ward", ward, "--json"];
            var (exit, stdout, _) = await cli.RunAsync(args);
            Assert.Equal(0, exit);
            Assert.Equal(JsonDocument.Parse(stdout).RootElement.GetRawText(), preview.GetProperty("decision").GetRawText());
        }
        var needsWard = await JsonOf(await editor.PostAsync("/api/editor/preview", new { text = "母が最近もの忘れがひどくて心配です" }));
        Assert.Equal(8 - 1, needsWard.GetProperty("ward_question").GetProperty("options").GetArrayLength());
        Assert.Contains("<mark>", needsWard.GetProperty("passages")[0].GetProperty("highlight").GetString());
    }

    [Fact]
    public async Task Unanswered_questions_are_masked_grouped_and_counted()
    {
        await _server.ResidentAsync("駐輪場の場所を教えて。電話は090-1234-5678です");
        await _server.ResidentAsync("駐輪場の場所はどこですか");
        await _server.ResidentAsync("明日の天気はどうですか。私は山田花子です");
        var helped = await _server.ResidentAsync("中原区の母がもの忘れがひどい", "いいえ");
        using var editor = await _server.SignedInAsync("editor");

        var groups = (await editor.GetJsonAsync("/api/editor/unanswered")).EnumerateArray().ToList();

        var all = await editor.Http.GetStringAsync("/api/editor/unanswered");
        Assert.DoesNotContain("090", all);
        Assert.DoesNotContain("山田", all);
        Assert.Contains("［電話番号］", all);
        var parking = groups.Single(g => g.GetProperty("representative").GetString()!.Contains("駐輪場"));
        Assert.Equal(2, parking.GetProperty("count").GetInt32());
        Assert.Contains(groups, g => g.GetProperty("reasons").TryGetProperty("not_helpful", out _));
        Assert.NotEmpty(helped);
    }

    [Fact]
    public async Task A_reindex_from_the_command_line_beside_the_server_is_picked_up()
    {
        using var editor = await _server.SignedInAsync("editor");
        var before = (await editor.GetJsonAsync("/api/editor/generation")).GetProperty("name").GetString();
        // As the reindex verb would, from another process, into the server's data folder.
        var built = new IndexBuilder(new FixedClock(ContentFolder.Today)).Build(_server.Content.Root, "content", new IndexStore(_server.DataPath));
        Assert.True(built.Success);

        string? now = before;
        for (var i = 0; i < 100 && now == before; i++)
        {
            await Task.Delay(100);
            now = (await editor.GetJsonAsync("/api/editor/generation")).GetProperty("name").GetString();
        }
        Assert.Equal(built.Manifest!.Name, now);
    }
}
