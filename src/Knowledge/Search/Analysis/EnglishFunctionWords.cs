using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace HelpBot.Knowledge.Search.Analysis;

/// <summary>
/// English words that say nothing about a worry: Lucene's stop words, pronouns, question words, auxiliaries and
/// the verbs of asking (get, help, need, want). Lucene's own list is only the 33 articles and prepositions, so
/// "Where can I get help for my father" matched the English page for foreign residents by five words and buried
/// the dementia page. What an English question is about reaches the Japanese content through the domain terms
/// (dementia → 認知症), which these words never touch.
/// </summary>
public static class EnglishFunctionWords
{
    private static readonly string[] Extra =
    [
        "i", "i'm", "i've", "i'd", "i'll", "me", "my", "mine", "myself", "we", "we're", "us", "our", "ours",
        "you", "you're", "your", "yours", "he", "he's", "him", "his", "she", "she's", "her", "hers", "its", "them",
        "what", "which", "who", "whom", "whose", "where", "when", "why", "how", "am", "were", "been", "being",
        "have", "has", "had", "having", "do", "does", "did", "doing", "done", "don't", "doesn't", "didn't",
        "can", "can't", "cannot", "could", "couldn't", "would", "should", "shall", "may", "might", "must",
        "about", "from", "up", "down", "out", "off", "over", "again", "also", "just", "so", "than", "too", "very",
        "all", "any", "some", "each", "other", "more", "most", "only", "own", "same", "now", "here", "there's",
        "please", "get", "got", "getting", "help", "want", "wants", "need", "needs", "like", "would've",
        "someone", "somebody", "anyone", "anybody", "something", "anything", "know", "tell", "ask", "thing", "things",
        "go", "going", "really", "lot", "hi", "hello", "thanks", "thank",
    ];

    public static CharArraySet Set { get; } = Build();

    private static CharArraySet Build()
    {
        var set = new CharArraySet(LuceneVersion.LUCENE_48, StopAnalyzer.ENGLISH_STOP_WORDS_SET, ignoreCase: true);
        foreach (var word in Extra) set.Add(word);
        return set.AsReadOnly();
    }
}
