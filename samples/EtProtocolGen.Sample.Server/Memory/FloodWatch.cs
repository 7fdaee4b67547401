using System;

namespace EtProtocolGen.Sample.Server.Memory;

/// <summary>
/// Decides when a partial-frame flood is over, from the bytes held in incomplete frames sampled now and then: a flood is
/// seen once they exceed half the budget; it is over once they have stayed under an eighth of it for
/// <see cref="QuietPeriod"/>; and a collection is due then, at most once per <see cref="MinimumInterval"/>. Not thread-safe:
/// one watcher samples it.
/// </summary>
public sealed class FloodWatch
{
    /// <summary>How long the incomplete frames must stay low before the collection.</summary>
    public static readonly TimeSpan QuietPeriod = TimeSpan.FromSeconds(5);

    /// <summary>The least time between two collections, so a flood repeated on purpose costs one collection a minute.</summary>
    public static readonly TimeSpan MinimumInterval = TimeSpan.FromMinutes(1);

    private readonly long _budget;
    private bool _flooded;
    private DateTimeOffset? _quietSince;
    private DateTimeOffset? _lastCollection;

    /// <summary>Watches a budget of <paramref name="budget"/> bytes.</summary>
    public FloodWatch(long budget) => _budget = budget;

    /// <summary>Takes one sample; true when the collection is due now (the caller runs it).</summary>
    public bool Observe(long charged, DateTimeOffset now)
    {
        if (charged > _budget / 2)
        {
            _flooded = true;
            _quietSince = null;
            return false;
        }

        if (!_flooded)
        {
            return false;
        }

        if (charged >= _budget / 8)
        {
            _quietSince = null;
            return false;
        }

        _quietSince ??= now;
        if (now - _quietSince.Value < QuietPeriod || (_lastCollection.HasValue && now - _lastCollection.Value < MinimumInterval))
        {
            return false;
        }

        _flooded = false;
        _quietSince = null;
        _lastCollection = now;
        return true;
    }
}
