using Microsoft.SemanticKernel;

namespace HelpBot.Bot.Ai;

/// <summary>
/// Builds the Semantic Kernel for <see cref="AiOptions"/>: an OpenAI-compatible chat completion service at
/// <c>Ai:Endpoint</c> (OpenAI itself when none is set) or an Azure OpenAI deployment, both over one
/// HttpClient whose timeout is <c>Ai:TimeoutSeconds</c>. Semantic Kernel turns the SDK's own retries off
/// when it is given an HttpClient, so a failing model costs one request, not four.
/// The kernel gets no logger factory on purpose: Semantic Kernel's trace logging prints chat histories,
/// and the masked question and the model's answer must stay out of the logs.
/// </summary>
public sealed class KernelFactory : IDisposable
{
    private readonly HttpClient _http;

    public KernelFactory(AiOptions options)
    {
        if (!options.Enabled) throw new InvalidOperationException("no kernel without Ai:Provider");
        Options = options;
        _http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = options.Timeout };
        Kernel = Build(options, _http);
    }

    public AiOptions Options { get; }

    /// <summary>The shared kernel: chat completion only, no plugins (a turn that offers tools clones it).</summary>
    public Kernel Kernel { get; }

    private static Kernel Build(AiOptions options, HttpClient http)
    {
        var builder = Kernel.CreateBuilder();
        switch (options.Provider)
        {
            case AiProvider.OpenAI when options.Endpoint is { } endpoint:
                builder.AddOpenAIChatCompletion(options.Model!, endpoint, options.ApiKey, httpClient: http);
                break;
            case AiProvider.OpenAI:
                builder.AddOpenAIChatCompletion(options.Model!, options.ApiKey!, httpClient: http);
                break;
            case AiProvider.Azure:
                builder.AddAzureOpenAIChatCompletion(options.Model!, options.Endpoint!.ToString(), options.ApiKey!, httpClient: http);
                break;
            default:
                throw new InvalidOperationException($"no kernel for provider {options.Provider}");
        }
        return builder.Build();
    }

    public void Dispose() => _http.Dispose();
}
