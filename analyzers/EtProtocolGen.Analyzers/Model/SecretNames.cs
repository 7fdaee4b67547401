using System;
using System.Collections.Generic;
using System.Linq;

namespace EtProtocolGen.Analyzers.Model
{
    /// <summary>
    /// Decides whether a member name says it holds a secret. A name is split into words (<c>SessionKey</c> -> session, key;
    /// <c>api_key</c> -> api, key) and judged by its head noun, the last word once representation words are set aside
    /// (<c>PasswordHash</c>, <c>TokenValue</c>): a password, passphrase, PIN, OTP or credential is always secret; a key, token,
    /// ticket, code or id only with a qualifier that makes it one (<c>SessionKey</c>, <c>AuthToken</c>, <c>LoginTicket</c>,
    /// <c>VerificationCode</c>, <c>SessionId</c>), so that game words stay quiet (<c>KeyItemId</c>, <c>EventTokens</c>,
    /// <c>DungeonTickets</c>, <c>ErrorCode</c>). A bare <c>Key</c>, <c>Ticket</c> or <c>Code</c> is a secret in a login,
    /// gate or verification message (ET's <c>C2G_LoginGate.Key</c>) and an id elsewhere (ET's location <c>ObjectGetRequest.Key</c>).
    /// Projects add their own words, and silence others, with .editorconfig (<see cref="WithProjectWords"/>).
    /// </summary>
    internal sealed class SecretNames
    {
        /// <summary>Secret whatever qualifies them, as the head noun.</summary>
        private static readonly HashSet<string> AlwaysSecret = Words(
            "password", "passwords", "passwd", "pwd", "passphrase", "passcode", "otp", "totp", "hotp", "jwt", "credential", "credentials",
            "mnemonic", "cvv", "cvc", "cookie", "cookies", "apikey", "privatekey", "secret", "secrets");

        /// <summary>Words after the head noun that describe how the secret is held, not what it is.</summary>
        private static readonly HashSet<string> Representation = Words(
            "value", "values", "string", "text", "data", "bytes", "hash", "hashed", "base", "hex", "raw", "plain", "encrypted", "cipher",
            "ciphertext", "digest", "md", "sha", "confirm", "confirmation", "again", "repeat", "input");

        private static readonly HashSet<string> KeyQualifiers = Words(
            "private", "secret", "api", "session", "access", "auth", "authentication", "authorization", "encryption", "encrypt", "crypto",
            "cipher", "signing", "sign", "hmac", "aes", "rsa", "des", "xor", "master", "license", "licence", "activation", "product", "cd",
            "serial", "login", "logon", "gate", "shared", "symmetric", "refresh", "verification", "verify", "recovery", "reset", "security",
            "client", "server", "http", "app", "cdkey");

        private static readonly HashSet<string> TokenQualifiers = Words(
            "access", "refresh", "auth", "authentication", "authorization", "session", "login", "logon", "bearer", "id", "csrf", "xsrf",
            "reset", "verification", "verify", "api", "security", "jwt", "oauth", "sso", "steam", "gate", "realm", "client", "user",
            "remember", "identity", "reconnect", "resume", "relogin", "entity", "game", "match", "join", "weak", "google", "facebook", "apple");

        private static readonly HashSet<string> TicketQualifiers = Words(
            "auth", "authentication", "session", "login", "logon", "steam", "app", "encrypted", "access", "kerberos", "service", "gate",
            "sso", "realm", "ownership");

        private static readonly HashSet<string> CodeQualifiers = Words(
            "verification", "verify", "auth", "authentication", "authorization", "otp", "totp", "sms", "email", "mail", "reset", "activation",
            "pin", "security", "confirmation", "confirm", "mfa", "factor", "recovery", "backup", "login", "access", "secret", "bind",
            "unlock", "redeem", "safe", "guard");

        private static readonly HashSet<string> IdQualifiers = Words("session");

        /// <summary>Qualifiers that make a PIN a place on a map, not a number to keep secret.</summary>
        private static readonly HashSet<string> PlacePins = Words("map", "marker", "waypoint", "location", "quest", "chat", "world", "mini", "position", "pos", "message");

        /// <summary>Words of a message name that make a bare Key, Ticket or Code the login secret it exchanges.</summary>
        private static readonly HashSet<string> LoginContext = Words(
            "login", "logon", "auth", "authenticate", "authentication", "gate", "session", "handshake", "verify", "verification", "reconnect",
            "relogin", "signin", "guard", "otp");

        /// <summary>Long, unambiguous fragments that name a secret inside a one-word lower-case name (<c>userpassword</c>).</summary>
        private static readonly string[] Fragments =
        {
            "password", "passwd", "passphrase", "credential", "apikey", "accesstoken", "refreshtoken", "privatekey", "sessionkey", "secretkey",
        };

        private readonly IReadOnlyList<string[]> _projectSecrets;
        private readonly IReadOnlyList<string[]> _projectNonSecrets;

        private SecretNames(IReadOnlyList<string[]> projectSecrets, IReadOnlyList<string[]> projectNonSecrets)
        {
            _projectSecrets = projectSecrets;
            _projectNonSecrets = projectNonSecrets;
        }

        /// <summary>The built-in rules alone.</summary>
        public static SecretNames Default { get; } = new SecretNames(Array.Empty<string[]>(), Array.Empty<string[]>());

        /// <summary>
        /// The built-in rules plus a project's words, each a name or a phrase (<c>GateKey</c>, <c>realm_pass</c>): a name that
        /// contains one of <paramref name="secrets"/> is secret, one that contains one of <paramref name="nonSecrets"/> is not.
        /// </summary>
        public SecretNames WithProjectWords(IEnumerable<string> secrets, IEnumerable<string> nonSecrets)
        {
            string[][] secretPhrases = secrets.Select(SplitWords).Where(words => words.Count > 0).Select(words => words.ToArray()).ToArray();
            string[][] nonSecretPhrases = nonSecrets.Select(SplitWords).Where(words => words.Count > 0).Select(words => words.ToArray()).ToArray();
            return secretPhrases.Length == 0 && nonSecretPhrases.Length == 0 ? this : new SecretNames(secretPhrases, nonSecretPhrases);
        }

        /// <summary>The words that make <paramref name="name"/> look secret (<c>"session key"</c>), or null.</summary>
        /// <param name="name">The member's name.</param>
        /// <param name="messageName">The name of the message that declares it: a bare Key is a secret in a login message only.</param>
        public string? FindSecret(string name, string? messageName = null)
        {
            List<string> words = SplitWords(name);
            foreach (string[] phrase in _projectNonSecrets)
            {
                if (IndexOf(words, phrase) >= 0)
                {
                    return null;
                }
            }

            foreach (string[] phrase in _projectSecrets)
            {
                if (IndexOf(words, phrase) >= 0)
                {
                    return string.Join(" ", phrase);
                }
            }

            return FindBuiltIn(words, messageName);
        }

        private static string? FindBuiltIn(List<string> words, string? messageName)
        {
            int head = words.Count - 1;
            while (head > 0 && Representation.Contains(words[head]))
            {
                head--;
            }

            if (head < 0)
            {
                return null;
            }

            string noun = words[head];
            string? qualifier = head > 0 ? words[head - 1] : null;
            if (AlwaysSecret.Contains(noun) || (noun is "pin" or "pins" && (qualifier is null || !PlacePins.Contains(qualifier))))
            {
                return qualifier is null ? noun : qualifier + " " + noun;
            }

            HashSet<string>? qualifiers = noun switch
            {
                "key" or "keys" => KeyQualifiers,
                "token" or "tokens" => TokenQualifiers,
                "ticket" or "tickets" => TicketQualifiers,
                "code" or "codes" => CodeQualifiers,
                "id" or "ids" => IdQualifiers,
                _ => null,
            };
            if (qualifiers is not null && qualifier is not null)
            {
                return qualifiers.Contains(qualifier) ? qualifier + " " + noun : null;
            }

            // A bare word: a token is a credential; a key, ticket or code is one only where a login exchanges it, or in a
            // message named after that secret (Steam's CMsgClientGetAppOwnershipTicketResponse.ticket).
            if (qualifiers is not null && head == 0)
            {
                if (noun == "token" || (noun is "key" or "ticket" or "code" && messageName is not null && NamesLoginOrSecret(SplitWords(messageName), noun, qualifiers)))
                {
                    return noun;
                }

                return null;
            }

            if (words.Count == 1)
            {
                foreach (string fragment in Fragments)
                {
                    if (noun.IndexOf(fragment, StringComparison.Ordinal) >= 0)
                    {
                        return fragment;
                    }
                }
            }

            return null;
        }

        /// <summary>Splits PascalCase, camelCase, snake_case and ACRONYMWords names into lower-case words; digits separate words.</summary>
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

        /// <summary>The message name speaks of a login, or holds <paramref name="noun"/> after a qualifier that makes it a secret.</summary>
        private static bool NamesLoginOrSecret(List<string> messageWords, string noun, HashSet<string> qualifiers)
        {
            for (int i = 0; i < messageWords.Count; i++)
            {
                if (LoginContext.Contains(messageWords[i])
                    || (i > 0 && messageWords[i].TrimEnd('s') == noun.TrimEnd('s') && qualifiers.Contains(messageWords[i - 1])))
                {
                    return true;
                }
            }

            return false;
        }

        private static int IndexOf(List<string> words, string[] phrase)
        {
            for (int start = 0; start + phrase.Length <= words.Count; start++)
            {
                int matched = 0;
                while (matched < phrase.Length && words[start + matched] == phrase[matched])
                {
                    matched++;
                }

                if (matched == phrase.Length)
                {
                    return start;
                }
            }

            return -1;
        }

        private static HashSet<string> Words(params string[] words) => new HashSet<string>(words, StringComparer.Ordinal);
    }
}
