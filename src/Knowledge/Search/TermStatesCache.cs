using System.Collections.Concurrent;
using Lucene.Net.Index;

namespace HelpBot.Knowledge.Search;

/// <summary>
/// The terms dictionary lookups of one index generation, kept. A long question is a query of a few hundred
/// term clauses and, measured, three quarters of Lucene's time went into seeking each term in the terms
/// dictionary again for every search. A generation never changes, so a term's state, once found, stays true
/// for as long as its reader is open. Bounded so that unusual questions cannot grow it without end.
/// </summary>
public sealed class TermStatesCache
{
    public const int DefaultLimit = 100_000; // about 300 bytes each: at most ~30 MB per generation

    private readonly ConcurrentDictionary<Term, TermContext> _states = new();
    private readonly int _limit;
    private IndexReaderContext? _context;

    public TermStatesCache(int limit = DefaultLimit) => _limit = limit;

    public int Count => _states.Count;

    /// <summary>The term's state in <paramref name="context"/>, from the cache when this reader has been seen.</summary>
    public TermContext For(IndexReaderContext context, Term term)
    {
        if (!ReferenceEquals(Volatile.Read(ref _context), context))
        {
            // A different reader (never expected within one generation): states of another reader are wrong there.
            lock (_states)
            {
                if (!ReferenceEquals(_context, context))
                {
                    _states.Clear();
                    Volatile.Write(ref _context, context);
                }
            }
        }
        if (_states.TryGetValue(term, out var cached)) return cached;
        var built = TermContext.Build(context, term);
        if (_states.Count < _limit) _states.TryAdd(term, built);
        return built;
    }
}
