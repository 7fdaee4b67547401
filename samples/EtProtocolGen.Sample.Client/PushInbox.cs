using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace EtProtocolGen.Sample.Client;

/// <summary>
/// The server's pushes (path results, chat lines) as they arrive on the read loop, and waits for one that matches.
/// Keeps at most <see cref="Capacity"/> unclaimed pushes, dropping the oldest. Thread-safe.
/// </summary>
public sealed class PushInbox
{
    /// <summary>Unclaimed pushes kept at most.</summary>
    public const int Capacity = 256;

    private readonly object _gate = new();
    private readonly LinkedList<IWireMessage> _unclaimed = new();
    private readonly List<Waiter> _waiters = new();

    /// <summary>Pushes received so far.</summary>
    public long Received { get; private set; }

    /// <summary>Called by the transport for every push.</summary>
    public void Add(IWireMessage message)
    {
        Waiter? claimed = null;
        lock (_gate)
        {
            Received++;
            foreach (Waiter waiter in _waiters)
            {
                if (waiter.Matches(message))
                {
                    claimed = waiter;
                    break;
                }
            }

            if (claimed is null)
            {
                _unclaimed.AddLast(message);
                if (_unclaimed.Count > Capacity)
                {
                    _unclaimed.RemoveFirst();
                }
            }
            else
            {
                _waiters.Remove(claimed);
            }
        }

        claimed?.Completion.TrySetResult(message);
    }

    /// <summary>The first push of type <typeparamref name="T"/> that <paramref name="match"/> accepts, already received or arriving within <paramref name="timeout"/>.</summary>
    /// <exception cref="TimeoutException">None arrived in time.</exception>
    public async Task<T> WaitAsync<T>(Func<T, bool> match, TimeSpan timeout, CancellationToken cancellationToken = default)
        where T : class, IWireMessage
    {
        var waiter = new Waiter(message => message is T typed && match(typed));
        lock (_gate)
        {
            for (LinkedListNode<IWireMessage>? node = _unclaimed.First; node is not null; node = node.Next)
            {
                if (waiter.Matches(node.Value))
                {
                    _unclaimed.Remove(node);
                    return (T)node.Value;
                }
            }

            _waiters.Add(waiter);
        }

        try
        {
            return (T)await waiter.Completion.Task.WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            lock (_gate)
            {
                _waiters.Remove(waiter);
            }

            throw new TimeoutException("No " + typeof(T).Name + " push arrived within " + timeout.TotalSeconds + " s.");
        }
    }

    private sealed class Waiter
    {
        private readonly Func<IWireMessage, bool> _match;

        public Waiter(Func<IWireMessage, bool> match) => _match = match;

        public TaskCompletionSource<IWireMessage> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool Matches(IWireMessage message) => _match(message);
    }
}
