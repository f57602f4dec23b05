namespace HelpBot.Knowledge.Evaluation;

/// <summary>A line of an eval file that cannot be read; the whole file is rejected.</summary>
public sealed class EvalFormatException(string file, int line, string message) : Exception($"{file}:{line}: {message}")
{
    public string File { get; } = file;
    public int Line { get; } = line;
}
