using System;
using System.Collections;
using System.Collections.Generic;

namespace EtProtocolGen.Generator.Helpers
{
    /// <summary>
    /// An immutable array compared by its elements, so that models holding lists stay value-equatable
    /// and the incremental pipeline can cache them.
    /// </summary>
    internal readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IEnumerable<T>
        where T : IEquatable<T>
    {
        private readonly T[]? _items;

        public EquatableArray(T[] items) => _items = items;

        public static EquatableArray<T> Empty => new EquatableArray<T>(Array.Empty<T>());

        public int Length => _items?.Length ?? 0;

        public bool IsEmpty => Length == 0;

        public T this[int index] => _items![index];

        public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

        public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

        public bool Equals(EquatableArray<T> other)
        {
            T[] items = _items ?? Array.Empty<T>();
            T[] otherItems = other._items ?? Array.Empty<T>();
            if (items.Length != otherItems.Length)
            {
                return false;
            }

            for (int i = 0; i < items.Length; i++)
            {
                if (!EqualityComparer<T>.Default.Equals(items[i], otherItems[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

        public override int GetHashCode()
        {
            int hash = 17;
            if (_items is not null)
            {
                foreach (T item in _items)
                {
                    hash = unchecked((hash * 31) + (item is null ? 0 : item.GetHashCode()));
                }
            }

            return hash;
        }

        public ReadOnlySpan<T> AsSpan() => _items ?? Array.Empty<T>();

        public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)(_items ?? Array.Empty<T>())).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
