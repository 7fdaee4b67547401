using System;
using System.Collections.Generic;

namespace EtProtocolGen.Analyzers.Model
{
    /// <summary>
    /// Decides whether a member name says it holds a secret. Names are split into words
    /// (<c>SessionKey</c> -> session, key; <c>api_key</c> -> api, key) so that short words match only
    /// as whole words: <c>ApiKey</c> is a secret, <c>Keyboard</c> and <c>Monkey</c> are not.
    /// </summary>
    internal static class SecretNames
    {
        /// <summary>Whole words that name a secret.</summary>
        private static readonly HashSet<string> SecretWords = new HashSet<string>(StringComparer.Ordinal)
        {
            "password", "passwords", "passwd", "pwd", "passphrase", "secret", "secrets", "token", "tokens",
            "key", "keys", "apikey", "ticket", "tickets", "credential", "credentials", "otp", "cookie", "cookies",
        };

        /// <summary>
        /// Long, unambiguous fragments that name a secret even inside a lower-case name (<c>userpassword</c>).
        /// "secret" is not one of them: it is a whole word only, or Secretary would match.
        /// </summary>
        private static readonly string[] SecretFragments =
        {
            "password", "passwd", "passphrase", "credential", "apikey", "accesstoken", "refreshtoken", "privatekey",
        };

        /// <summary>Words that, right after "key" or "token", make it an identifier or a count rather than a secret (KeyCode, TokenCount).</summary>
        private static readonly HashSet<string> HarmlessFollowers = new HashSet<string>(StringComparer.Ordinal)
        {
            "code", "codes", "board", "frame", "frames", "press", "down", "up", "name", "names", "count", "index", "type", "kind", "id", "ids", "length",
        };

        /// <summary>Words that, right before "key" or "token", make it a lookup key or a non-secret (PrimaryKey, PublicKey, CancellationToken).</summary>
        private static readonly HashSet<string> HarmlessLeaders = new HashSet<string>(StringComparer.Ordinal)
        {
            "primary", "foreign", "sort", "partition", "cache", "hash", "dictionary", "map", "lookup", "hot", "short", "public", "cancellation",
        };

        /// <summary>The word that makes <paramref name="name"/> look secret, or null.</summary>
        public static string? FindSecretWord(string name)
        {
            List<string> words = SplitWords(name);
            for (int i = 0; i < words.Count; i++)
            {
                string word = words[i];
                if (!SecretWords.Contains(word))
                {
                    continue;
                }

                bool qualifiable = word is "key" or "keys" or "token" or "tokens";
                if (qualifiable
                    && ((i + 1 < words.Count && HarmlessFollowers.Contains(words[i + 1])) || (i > 0 && HarmlessLeaders.Contains(words[i - 1]))))
                {
                    continue;
                }

                return word;
            }

            string lower = name.ToLowerInvariant();
            foreach (string fragment in SecretFragments)
            {
                if (lower.IndexOf(fragment, StringComparison.Ordinal) >= 0)
                {
                    return fragment;
                }
            }

            return null;
        }

        /// <summary>Splits PascalCase, camelCase, snake_case and ACRONYMWords names into lower-case words.</summary>
        internal static List<string> SplitWords(string name)
        {
            var words = new List<string>();
            int start = -1;
            for (int i = 0; i <= name.Length; i++)
            {
                bool end = i == name.Length || !char.IsLetter(name[i]);
                bool boundary = !end && start >= 0 && IsBoundary(name, i);
                if ((end || boundary) && start >= 0)
                {
                    words.Add(name.Substring(start, i - start).ToLowerInvariant());
                    start = -1;
                }

                if (!end && start < 0)
                {
                    start = i;
                }
            }

            return words;
        }

        private static bool IsBoundary(string name, int i)
        {
            char previous = name[i - 1];
            char current = name[i];
            if (char.IsLower(previous) && char.IsUpper(current))
            {
                return true;
            }

            // The last capital of an acronym starts the next word: APIKey -> API, Key.
            return char.IsUpper(previous) && char.IsUpper(current) && i + 1 < name.Length && char.IsLower(name[i + 1]);
        }
    }
}
