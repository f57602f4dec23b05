using System.Text.Json.Serialization;

namespace HelpBot.Bot.Staff;

public sealed record SignInRequest([property: JsonPropertyName("login")] string? Login, [property: JsonPropertyName("password")] string? Password);

public sealed record TextRequest([property: JsonPropertyName("text")] string? Text);

public sealed record TransferRequest([property: JsonPropertyName("ward")] string? Ward, [property: JsonPropertyName("kind")] string? Kind);

public sealed record CloseRequest([property: JsonPropertyName("outcome")] string? Outcome);
