using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace HelpBot.Bot.Tests.Support;

/// <summary>A browser-like staff session: cookies, the antiforgery token header, JSON in and out.</summary>
public sealed class StaffClient : IDisposable
{
    private readonly HttpClient _http;
    private string? _token;

    public StaffClient(Uri baseAddress)
    {
        _http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = baseAddress };
    }

    public HttpClient Http => _http;

    public async Task<HttpResponseMessage> SignInAsync(string login, string password)
    {
        var response = await PostAsync("/api/staff/login", new { login, password });
        _token = null; // the token is bound to the signed-in user: fetch a new one
        return response;
    }

    public async Task<HttpResponseMessage> PostAsync(string path, object? body = null, bool withToken = true)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body ?? new { }) };
        if (withToken) request.Headers.Add("X-CSRF-TOKEN", _token ??= await TokenAsync());
        return await _http.SendAsync(request);
    }

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        var response = await _http.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private async Task<string> TokenAsync()
    {
        var json = JsonDocument.Parse(await _http.GetStringAsync("/api/staff/antiforgery"));
        return json.RootElement.GetProperty("token").GetString()!;
    }

    public void Dispose() => _http.Dispose();
}
