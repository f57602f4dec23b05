namespace HelpBot.Bot.Ai;

/// <summary>Who writes generative answers (<c>Ai:Provider</c>): nobody (the default), an OpenAI-compatible endpoint, or Azure OpenAI.</summary>
public enum AiProvider
{
    /// <summary>No model: the dialog shows the extractive answer and nothing leaves the machine.</summary>
    None,
    /// <summary>Any OpenAI-compatible chat completions endpoint: OpenAI, Ollama, vLLM.</summary>
    OpenAI,
    /// <summary>An Azure OpenAI resource; <c>Ai:Model</c> is the deployment name.</summary>
    Azure,
}
