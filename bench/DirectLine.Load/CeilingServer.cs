using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace HelpBot.DirectLine.Load;

/// <summary>
/// The ceiling: plain Kestrel with the same routes the driver calls, no storage, no dialog — every
/// turn's reply is a fixed activity, readable at once. What the machine and the client can do at most.
/// </summary>
public static class CeilingServer
{
    public const string Verb = "ceiling";

    public static async Task<int> RunAsync(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var reply = new JsonObject
        {
            ["activities"] = new JsonArray(new JsonObject
            {
                ["type"] = "message",
                ["id"] = "ceiling|0000002",
                ["from"] = new JsonObject { ["id"] = "helpbot", ["role"] = "bot" },
                ["text"] = "65歳以上の方とそのご家族の相談は、お住まいの地域の地域包括支援センターが受けます。",
            }),
            ["watermark"] = "2",
        }.ToJsonString();
        var replyBytes = Encoding.UTF8.GetBytes(reply);
        var sockets = new ConcurrentDictionary<string, WebSocket>();
        var counter = 0L;
        app.UseWebSockets();
        app.MapGet("/healthz", () => Results.Ok());
        // The token is the conversation id: nothing is checked here.
        app.MapPost("/api/webchat/token", () =>
        {
            var id = $"c{Interlocked.Increment(ref counter)}";
            return Results.Json(new { conversationId = id, token = id, expires_in = 1800 });
        });
        app.MapPost("/v3/directline/conversations", (HttpRequest request) =>
        {
            var id = request.Headers.Authorization.ToString()["Bearer ".Length..];
            var streamUrl = $"ws://{request.Host}/v3/directline/conversations/{id}/stream?t={id}";
            return Results.Json(new { conversationId = id, token = id, expires_in = 1800, streamUrl }, statusCode: 201);
        });
        app.MapGet("/v3/directline/conversations/{id}/stream", async (string id, HttpContext context) =>
        {
            using var socket = await context.WebSockets.AcceptWebSocketAsync();
            sockets[id] = socket;
            await socket.SendAsync(replyBytes, WebSocketMessageType.Text, true, CancellationToken.None); // the welcome
            var buffer = new byte[1024];
            try
            {
                while ((await socket.ReceiveAsync(buffer, context.RequestAborted)).MessageType != WebSocketMessageType.Close)
                {
                }
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
            }
            sockets.TryRemove(id, out _);
        });
        app.MapPost("/v3/directline/conversations/{id}/activities", async (string id, HttpRequest request) =>
        {
            await request.Body.CopyToAsync(Stream.Null);
            if (sockets.TryGetValue(id, out var socket)) await socket.SendAsync(replyBytes, WebSocketMessageType.Text, true, CancellationToken.None);
            return Results.Json(new { id = $"{id}|0000001" });
        });
        app.MapGet("/v3/directline/conversations/{id}/activities", () => Results.Text(reply, "application/json"));
        await app.RunAsync();
        return 0;
    }
}
