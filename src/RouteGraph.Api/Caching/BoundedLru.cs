namespace RouteGraph.Api.Caching;

/// <summary>
/// A fixed-capacity map that drops the least recently used entry when full. Written here because MemoryCache's size
/// limit refuses new entries while it compacts in the background, and a persisted-query store must always accept the
/// newest document.
/// </summary>
public sealed class BoundedLru<TKey, TValue>(int capacity) where TKey : notnull
{
    readonly Dictionary<TKey, LinkedListNode<(TKey Key, TValue Value)>> _index = new();
    readonly LinkedList<(TKey Key, TValue Value)> _order = new();
    readonly Lock _gate = new();

    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity), "must be positive");

    public int Count
    {
        get
        {
            lock (_gate)
                return _index.Count;
        }
    }

    public bool TryGet(TKey key, out TValue value)
    {
        lock (_gate)
        {
            if (_index.TryGetValue(key, out var node))
            {
                _order.Remove(node);
                _order.AddFirst(node);
                value = node.Value.Value;
                return true;
            }
        }

        value = default!;
        return false;
    }

    public void Set(TKey key, TValue value)
    {
        lock (_gate)
        {
            if (_index.TryGetValue(key, out var existing))
            {
                _order.Remove(existing);
                _index.Remove(key);
            }
            else if (_index.Count >= Capacity && _order.Last is { } oldest)
            {
                _order.RemoveLast();
                _index.Remove(oldest.Value.Key);
            }

            _index[key] = _order.AddFirst((key, value));
        }
    }
}
