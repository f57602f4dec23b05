using HelpBot.Bot.Ai;
using HelpBot.Bot.Tests.Support;
using HelpBot.Knowledge;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;

namespace HelpBot.Bot.Tests.Ai;

public sealed class KnowledgePluginTests : IAsyncLifetime
{
    private BotHarness _bot = null!;
    private KnowledgeLease _lease = null!;

    public ValueTask InitializeAsync()
    {
        _bot = new BotHarness();
        _lease = _bot.Services.GetRequiredService<KnowledgeHost>().Acquire();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        _lease.Dispose();
        await _bot.DisposeAsync();
    }

    [Fact]
    public void The_plugin_offers_exactly_the_two_kernel_functions()
    {
        var plugin = KernelPluginFactory.CreateFromObject(new KnowledgePlugin(_lease.Base), KnowledgePlugin.Name);
        Assert.Equal(["find_counter", "search_knowledge"], plugin.Select(f => f.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Search_returns_passages_with_their_ids_and_remembers_them()
    {
        var plugin = new KnowledgePlugin(_lease.Base);
        var text = plugin.SearchKnowledge("認知症 もの忘れ");
        Assert.StartsWith("[monowasure-ninchisho] もの忘れが気になる・認知症かもしれない", text);
        Assert.Contains(plugin.ServedPassages, p => p.Id == "monowasure-ninchisho");
        Assert.Equal(["search_knowledge"], plugin.Calls);
    }

    [Fact]
    public void Find_counter_gives_the_wards_counter_and_explains_what_it_cannot_find()
    {
        var plugin = new KnowledgePlugin(_lease.Base);
        Assert.Contains("中原区の地域包括支援センター（区役所がご案内します）: 電話 044-744-3113", plugin.FindCounter("houkatsu", "中原区"));
        Assert.Contains(plugin.ServedCounters, c => c.Id == "houkatsu-guide-nakahara");
        Assert.Contains("depends on the ward", plugin.FindCounter("houkatsu", null));
        Assert.StartsWith("Unknown kind", plugin.FindCounter("emergency", null));
        Assert.StartsWith("Unknown kind", plugin.FindCounter("ambulance", "中原区"));
    }
}
