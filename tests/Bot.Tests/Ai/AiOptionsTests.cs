using HelpBot.Bot.Ai;
using Microsoft.Extensions.Configuration;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace HelpBot.Bot.Tests.Ai;

public sealed class AiOptionsTests
{
    /// <summary>The options for these settings; a later value of a key wins.</summary>
    private static AiOptions Read(params (string Key, string Value)[] values)
    {
        var settings = new Dictionary<string, string?>();
        foreach (var (key, value) in values) settings["Ai:" + key] = value;
        return AiOptions.From(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
    }

    [Fact]
    public void Generation_is_off_by_default_with_an_eight_second_timeout_and_no_tools()
    {
        var options = Read();
        Assert.Equal(AiProvider.None, options.Provider);
        Assert.False(options.Enabled);
        Assert.Equal(TimeSpan.FromSeconds(8), options.Timeout);
        Assert.False(options.Tools);
    }

    [Fact]
    public void An_openai_compatible_endpoint_is_read_as_given()
    {
        var options = Read(("Provider", "OpenAI"), ("Endpoint", "http://localhost:11434/v1"), ("Model", "qwen2.5:7b"), ("TimeoutSeconds", "2.5"), ("Tools", "true"));
        Assert.Equal(AiProvider.OpenAI, options.Provider);
        Assert.Equal(new Uri("http://localhost:11434/v1"), options.Endpoint);
        Assert.Equal("qwen2.5:7b", options.Model);
        Assert.Null(options.ApiKey);
        Assert.Equal(TimeSpan.FromSeconds(2.5), options.Timeout);
        Assert.True(options.Tools);
    }

    [Theory]
    [InlineData("Provider", "claude", "Ai:Provider")]
    [InlineData("TimeoutSeconds", "0", "Ai:TimeoutSeconds")]
    [InlineData("TimeoutSeconds", "soon", "Ai:TimeoutSeconds")]
    [InlineData("Tools", "yes", "Ai:Tools")]
    [InlineData("Endpoint", "localhost:11434", "Ai:Endpoint")]
    public void A_setting_that_cannot_work_names_itself(string key, string value, string named)
    {
        var e = Assert.Throws<InvalidOperationException>(() => Read(("Provider", key == "Provider" ? value : "openai"), ("Model", "m"),
            ("Endpoint", key == "Endpoint" ? value : "http://127.0.0.1:1/v1"), (key, value)));
        Assert.Contains(named, e.Message);
    }

    [Fact]
    public void A_provider_needs_a_model_and_azure_needs_its_endpoint_and_key()
    {
        Assert.Contains("Ai:Model", Assert.Throws<InvalidOperationException>(() => Read(("Provider", "openai"), ("Endpoint", "http://127.0.0.1:1/v1"))).Message);
        Assert.Contains("Ai:Endpoint", Assert.Throws<InvalidOperationException>(() => Read(("Provider", "openai"), ("Model", "m"))).Message);
        Assert.Contains("Ai:Endpoint", Assert.Throws<InvalidOperationException>(() => Read(("Provider", "azure"), ("Model", "m"), ("ApiKey", "k"))).Message);
        Assert.Contains("Ai:ApiKey", Assert.Throws<InvalidOperationException>(() => Read(("Provider", "azure"), ("Model", "m"), ("Endpoint", "https://x.openai.azure.com/"))).Message);
    }

    [Fact]
    public void The_api_key_never_shows_in_the_options_text()
    {
        var options = Read(("Provider", "openai"), ("Model", "m"), ("ApiKey", "sk-secret-123"));
        Assert.DoesNotContain("sk-secret-123", options.ToString());
    }

    [Theory]
    [InlineData("openai", "http://127.0.0.1:1/v1", null)]
    [InlineData("openai", null, "sk-test")]
    [InlineData("azure", "https://example.openai.azure.com/", "key")]
    public void Each_provider_gives_a_kernel_with_a_chat_service(string provider, string? endpoint, string? key)
    {
        var values = new List<(string, string)> { ("Provider", provider), ("Model", "m") };
        if (endpoint is not null) values.Add(("Endpoint", endpoint));
        if (key is not null) values.Add(("ApiKey", key));
        using var factory = new KernelFactory(Read([.. values]));
        Assert.NotNull(factory.Kernel.GetRequiredService<IChatCompletionService>());
        Assert.Empty(factory.Kernel.Plugins);
    }

    [Fact]
    public void No_kernel_is_made_when_generation_is_off() =>
        Assert.Throws<InvalidOperationException>(() => new KernelFactory(Read()));
}
