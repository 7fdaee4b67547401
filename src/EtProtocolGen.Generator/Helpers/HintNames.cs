using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace EtProtocolGen.Generator.Helpers
{
    /// <summary>
    /// Makes a generator's hint names unique, as <c>AddSource</c> requires (it compares them without case, and throws on a
    /// repeat: CS8785 drops every file of the generator). Distinct outputs whose names differ only in case, or that map to
    /// one name (a namespace <c>A.B</c> and a type <c>A.B</c>, which the compiler reports), get a numbered name in the
    /// ordinal order of their keys; outputs with the same key are one declaration seen twice in broken code, and are left
    /// out, since emitting either would repeat the other's members. Built from the collected names only, so it stays
    /// equal, and cached, across every edit that adds or renames nothing.
    /// </summary>
    internal sealed record HintNames(EquatableArray<HintNames.Renamed> Renames, EquatableArray<string> Ambiguous)
    {
        public static HintNames None { get; } = new HintNames(EquatableArray<Renamed>.Empty, EquatableArray<string>.Empty);

        public static HintNames Build(ImmutableArray<(string Key, string HintName)> outputs)
        {
            var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
            var byName = new Dictionary<string, SortedSet<string>>(StringComparer.OrdinalIgnoreCase);
            foreach ((string key, string hintName) in outputs)
            {
                byKey[key] = byKey.TryGetValue(key, out int count) ? count + 1 : 1;
                if (!byName.TryGetValue(hintName, out SortedSet<string>? keys))
                {
                    byName.Add(hintName, keys = new SortedSet<string>(StringComparer.Ordinal));
                }

                keys.Add(key);
            }

            var ambiguous = new List<string>();
            foreach (KeyValuePair<string, int> entry in byKey)
            {
                if (entry.Value > 1)
                {
                    ambiguous.Add(entry.Key);
                }
            }

            var renames = new List<Renamed>();
            var used = new HashSet<string>(byName.Keys, StringComparer.OrdinalIgnoreCase);
            foreach (KeyValuePair<string, SortedSet<string>> entry in byName)
            {
                int number = 1;
                bool first = true;
                foreach (string key in entry.Value)
                {
                    if (first)
                    {
                        first = false;
                        continue;
                    }

                    string renamed;
                    do
                    {
                        renamed = Numbered(entry.Key, ++number);
                    }
                    while (!used.Add(renamed));

                    renames.Add(new Renamed(key, renamed));
                }
            }

            if (ambiguous.Count == 0 && renames.Count == 0)
            {
                return None;
            }

            ambiguous.Sort(StringComparer.Ordinal);
            renames.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
            return new HintNames(new EquatableArray<Renamed>(renames.ToArray()), new EquatableArray<string>(ambiguous.ToArray()));
        }

        /// <summary>The hint name to use for the output with <paramref name="key"/>, or null to leave it out.</summary>
        public string? Resolve(string key, string hintName)
        {
            foreach (string ambiguous in Ambiguous)
            {
                if (ambiguous == key)
                {
                    return null;
                }
            }

            foreach (Renamed renamed in Renames)
            {
                if (renamed.Key == key)
                {
                    return renamed.HintName;
                }
            }

            return hintName;
        }

        /// <summary><c>Name.g.cs</c> becomes <c>Name.2.g.cs</c>: no identifier is a number, so no declared type has that name.</summary>
        private static string Numbered(string hintName, int number)
        {
            const string Extension = ".g.cs";
            string stem = hintName.EndsWith(Extension, StringComparison.OrdinalIgnoreCase) ? hintName.Substring(0, hintName.Length - Extension.Length) : hintName;
            return stem + "." + number.ToString(System.Globalization.CultureInfo.InvariantCulture) + Extension;
        }

        /// <summary>An output that gets another name than its own.</summary>
        internal sealed record Renamed(string Key, string HintName);
    }
}
