using System;
using System.Collections.Generic;
using System.Globalization;

namespace EtProtocolGen.Analyzers.Manifest
{
    /// <summary>
    /// What a manifest line is about, read from its first words only: the entity (the assembly, a message or a handler)
    /// and its place in the sorted file. Works on lines the reader would refuse, so that every line sorts and groups.
    /// </summary>
    internal readonly struct ManifestLine
    {
        private ManifestLine(string text, bool removed, int kindRank, string entity, int partRank, long number, string rest)
        {
            Text = text;
            IsRemoved = removed;
            KindRank = kindRank;
            Entity = entity;
            PartRank = partRank;
            Number = number;
            Rest = rest;
        }

        /// <summary>Orders lines as the writer does: assembly, messages, handlers; by name; header, fields, reservations; by number.</summary>
        public static IComparer<string> Comparer { get; } = new LineComparer();

        /// <summary>The line without the *REMOVED* prefix.</summary>
        public string Text { get; }

        /// <summary>The line carried the *REMOVED* prefix.</summary>
        public bool IsRemoved { get; }

        /// <summary><c>assembly</c>, <c>message Game.C2M_Move</c>, <c>handler Game.MoveHandler</c>; the whole text for a line that names none.</summary>
        public string Entity { get; }

        private int KindRank { get; }

        private int PartRank { get; }

        private long Number { get; }

        private string Rest { get; }

        public static ManifestLine Parse(string line)
        {
            bool removed = line.StartsWith(ManifestText.RemovedPrefix, StringComparison.Ordinal);
            string text = removed ? line.Substring(ManifestText.RemovedPrefix.Length) : line;
            string[] words = text.Split(' ');
            switch (words[0])
            {
                case ManifestText.Assembly when words.Length >= 2:
                    return words[1] == ManifestText.ReservedOpcode && words.Length >= 3
                        ? new ManifestLine(text, removed, 0, ManifestText.Assembly, 1, ParseNumber(words[2]), text)
                        : new ManifestLine(text, removed, 0, ManifestText.Assembly, 0, 0, text);
                case ManifestText.Message when words.Length >= 3:
                {
                    string entity = ManifestText.Message + " " + words[1];
                    return words[2] switch
                    {
                        ManifestText.Field when words.Length >= 4 => new ManifestLine(text, removed, 1, entity, 1, ParseNumber(words[3]), text),
                        ManifestText.Reserved when words.Length >= 4 => new ManifestLine(text, removed, 1, entity, 2, ParseNumber(words[3]), text),
                        ManifestText.ReservedName => new ManifestLine(text, removed, 1, entity, 3, 0, text),
                        _ => new ManifestLine(text, removed, 1, entity, 0, 0, text),
                    };
                }

                case ManifestText.Handler when words.Length >= 2:
                    return new ManifestLine(text, removed, 2, ManifestText.Handler + " " + words[1], 0, 0, text);
                default:
                    return new ManifestLine(text, removed, 3, text, 0, 0, text);
            }
        }

        private static long ParseNumber(string text) =>
            long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long number) ? number : long.MaxValue;

        private sealed class LineComparer : IComparer<string>
        {
            public int Compare(string? x, string? y)
            {
                ManifestLine left = Parse(x ?? string.Empty);
                ManifestLine right = Parse(y ?? string.Empty);
                int result = left.KindRank.CompareTo(right.KindRank);
                if (result == 0)
                {
                    result = string.CompareOrdinal(left.Entity, right.Entity);
                }

                if (result == 0)
                {
                    result = left.PartRank.CompareTo(right.PartRank);
                }

                if (result == 0)
                {
                    result = left.Number.CompareTo(right.Number);
                }

                // A removed line sorts right before the line that replaces it.
                if (result == 0)
                {
                    result = right.IsRemoved.CompareTo(left.IsRemoved);
                }

                return result != 0 ? result : string.CompareOrdinal(left.Rest, right.Rest);
            }
        }
    }
}
