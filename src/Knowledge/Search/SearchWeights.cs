using HelpBot.Knowledge.Search.Analysis;

namespace HelpBot.Knowledge.Search;

/// <summary>
/// How much each field counts. Residents' own phrasings (examples) and domain terms are the
/// strongest evidence; character grams only fill in recall.
/// </summary>
public static class SearchWeights
{
    public static float Part(string part) => part switch
    {
        SearchFields.Examples => 2.0f,
        SearchFields.Title => 1.5f,
        _ => 1.0f,
    };

    public static float Analysis(string analysis) => analysis switch
    {
        SearchFields.Terms => 2.5f,
        SearchFields.Words => 1.0f,
        _ => 0.4f,
    };
}
