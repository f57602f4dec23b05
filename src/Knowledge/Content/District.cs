namespace HelpBot.Knowledge.Content;

/// <summary>One of the 44 地区 (地域ケア圏域) of the 地区カルテ, with its 町名.</summary>
public sealed record District(string Name, IReadOnlyList<string> Towns);
