using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HelpBot.Bot.Tests.Support;

/// <summary>
/// A tiny OpenAI-compatible chat server on 127.0.0.1 (Kestrel, a free port): it answers
/// POST /v1/chat/completions — and Azure's /openai/deployments/{name}/chat/completions — with canned or
/// scripted responses and records every request, so tests reach it through Semantic Kernel's real
/// connectors and can read exactly what left HelpBot.
/// </summary>
public sealed class FakeChatServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedChatRequest> _requests = new();
    private volatile Func<RecordedChatRequest, CancellationToken, Task<IResult>> _respond = (_, _) => Task.FromResult(Completion("（未設定）"));

    private FakeChatServer(WebApplication app) => _app = app;

    /// <summary>The base URL including /v1, as Ai:Endpoint takes it.</summary>
    public Uri Endpoint { get; private set; } = null!;

    /// <summary>The server's root, as an Azure OpenAI endpoint.</summary>
    public Uri Root { get; private set; } = null!;

    public IReadOnlyList<RecordedChatRequest> Requests => [.. _requests];

    public static async Task<FakeChatServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeChatServer(app);
        app.MapPost("/v1/chat/completions", (Delegate)server.HandleAsync);
        app.MapPost("/openai/deployments/{deployment}/chat/completions", (Delegate)server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Root = new Uri(address.Replace("[::]", "127.0.0.1"));
        server.Endpoint = new Uri(server.Root, "/v1");
        return server;
    }

    /// <summary>Every request gets this assistant message.</summary>
    public void Answer(string content) => _respond = (_, _) => Task.FromResult(Completion(content));

    /// <summary>Every request gets this HTTP status with an OpenAI-style error body.</summary>
    public void Fail(int status) => _respond = (_, _) => Task.FromResult(Results.Json(
        new { error = new { message = "the fake server was told to fail", type = "server_error" } }, statusCode: status));

    /// <summary>Every request waits this long (or until the client gives up) before it is answered.</summary>
    public void Hang(TimeSpan delay, string content = "遅すぎた答え [monowasure-ninchisho]") => _respond = async (_, ct) =>
    {
        await Task.Delay(delay, ct);
        return Completion(content);
    };

    /// <summary>The n-th request gets the n-th response; later ones get the last.</summary>
    public void Script(params Func<RecordedChatRequest, IResult>[] steps) => _respond = (request, _) =>
        Task.FromResult(steps[Math.Min(request.Index, steps.Length - 1)](request));

    public static IResult Completion(string content, string finishReason = "stop") => Results.Json(new
    {
        id = "chatcmpl-fake",
        @object = "chat.completion",
        created = 1_764_000_000,
        model = "fake-model",
        choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = finishReason } },
        usage = new { prompt_tokens = 100, completion_tokens = 20, total_tokens = 120 },
    });

    /// <summary>An assistant message that calls one kernel function (name as the model sees it, e.g. helpbot-search_knowledge).</summary>
    public static IResult ToolCall(string function, object arguments) => Results.Json(new
    {
        id = "chatcmpl-fake-tool",
        @object = "chat.completion",
        created = 1_764_000_000,
        model = "fake-model",
        choices = new[]
        {
            new
            {
                index = 0,
                message = new
                {
                    role = "assistant",
                    content = (string?)null,
                    tool_calls = new[] { new { id = "call_1", type = "function", function = new { name = function, arguments = JsonSerializer.Serialize(arguments) } } },
                },
                finish_reason = "tool_calls",
            },
        },
        usage = new { prompt_tokens = 100, completion_tokens = 20, total_tokens = 120 },
    });

    private async Task<IResult> HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var request = new RecordedChatRequest(_requests.Count, context.Request.Path, context.Request.Headers.Authorization.ToString(),
            context.Request.Headers["api-key"].ToString(), body);
        _requests.Enqueue(request);
        try
        {
            return await _respond(request, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            return Results.StatusCode(499); // the client gave up; nobody reads this
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
