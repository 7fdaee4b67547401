using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using EtProtocolGen.Analyzers.Model;
using EtProtocolGen.Analyzers.Tests.Infrastructure;
using Xunit;

namespace EtProtocolGen.Analyzers.Tests
{
    /// <summary>
    /// ETP0105's word rules against Data/SecretNameCorpus.tsv, field names of real game protocols labelled by what they hold:
    /// the precision and recall measured here are the ones docs/diagnostics/ETP0105.md states, so the page cannot drift from
    /// the rules, and every name the corpus gets wrong is listed on failure.
    /// </summary>
    public class SecretNameCorpusTests
    {
        private const string CorpusPath = "tests/EtProtocolGen.Analyzers.Tests/Data/SecretNameCorpus.tsv";

        [Fact]
        public void The_corpus_has_at_least_200_labelled_names()
        {
            IReadOnlyList<Entry> corpus = ReadCorpus();
            Assert.True(corpus.Count >= 200, "Only " + corpus.Count + " names.");
            Assert.Contains(corpus, entry => entry.IsSecret);
            Assert.Contains(corpus, entry => !entry.IsSecret);
        }

        [Fact]
        public void The_docs_state_the_precision_and_recall_measured_on_the_corpus()
        {
            IReadOnlyList<Entry> corpus = ReadCorpus();
            var falsePositives = new List<string>();
            var falseNegatives = new List<string>();
            int truePositives = 0;
            foreach (Entry entry in corpus)
            {
                bool reported = SecretNames.Default.FindSecret(entry.Field, entry.Message) is not null;
                if (reported && entry.IsSecret)
                {
                    truePositives++;
                }
                else if (reported)
                {
                    falsePositives.Add(entry.Message + "." + entry.Field);
                }
                else if (entry.IsSecret)
                {
                    falseNegatives.Add(entry.Message + "." + entry.Field);
                }
            }

            string precision = Ratio(truePositives, truePositives + falsePositives.Count);
            string recall = Ratio(truePositives, truePositives + falseNegatives.Count);
            string docs = RepositoryFiles.ReadAllText("docs/diagnostics/ETP0105.md");
            Match stated = Regex.Match(docs, @"(?<names>\d+) names \((?<secrets>\d+) secrets\): precision (?<precision>\d+\.\d+), recall (?<recall>\d+\.\d+)");
            Assert.True(stated.Success, "docs/diagnostics/ETP0105.md does not state the corpus figures in the expected sentence.");
            string measured = corpus.Count + " names (" + corpus.Count(entry => entry.IsSecret) + " secrets): precision " + precision + ", recall " + recall
                + Environment.NewLine + "false positives: " + string.Join(", ", falsePositives)
                + Environment.NewLine + "false negatives: " + string.Join(", ", falseNegatives);
            Assert.True(
                stated.Groups["names"].Value == corpus.Count.ToString(CultureInfo.InvariantCulture)
                    && stated.Groups["secrets"].Value == corpus.Count(entry => entry.IsSecret).ToString(CultureInfo.InvariantCulture)
                    && stated.Groups["precision"].Value == precision
                    && stated.Groups["recall"].Value == recall,
                "The docs say '" + stated.Value + "'; measured: " + measured);
        }

        [Theory]
        [InlineData("KeyItemId")]
        [InlineData("EventTokens")]
        [InlineData("DungeonTickets")]
        [InlineData("TicketCount")]
        [InlineData("KeyBindings")]
        [InlineData("TokenExpiry")]
        [InlineData("SecretAchievementId")]
        [InlineData("PasswordLength")]
        [InlineData("PublicKey")]
        [InlineData("ErrorCode")]
        public void Game_words_are_not_secrets(string name) => Assert.Null(SecretNames.Default.FindSecret(name, "C2M_Use"));

        [Theory]
        [InlineData("VerificationCode", "verification code")]
        [InlineData("Pin", "pin")]
        [InlineData("AuthCode", "auth code")]
        [InlineData("Jwt", "jwt")]
        [InlineData("SessionId", "session id")]
        [InlineData("PasswordHash", "password")]
        [InlineData("api_key", "api key")]
        [InlineData("userpassword", "password")]
        public void Credentials_are_secrets_named_by_their_words(string name, string words) =>
            Assert.Equal(words, SecretNames.Default.FindSecret(name, "C2M_Use"));

        [Fact]
        public void A_bare_Key_is_a_secret_in_a_login_message_and_an_id_elsewhere()
        {
            Assert.Equal("key", SecretNames.Default.FindSecret("Key", "C2G_LoginGate"));
            Assert.Null(SecretNames.Default.FindSecret("Key", "ObjectGetRequest"));
        }

        [Fact]
        public void Project_words_add_secrets_and_silence_names()
        {
            SecretNames names = SecretNames.Default.WithProjectWords(new[] { "RealmPass", "vault seed" }, new[] { "SessionId" });

            Assert.Equal("realm pass", names.FindSecret("RealmPass", "C2M_Use"));
            Assert.Equal("vault seed", names.FindSecret("VaultSeedValue", "C2M_Use"));
            Assert.Null(names.FindSecret("SessionId", "C2M_Use"));
            Assert.Equal("password", names.FindSecret("Password", "C2M_Use"));
        }

        private static string Ratio(int part, int whole) =>
            whole == 0 ? "1.00" : ((double)part / whole).ToString("0.00", CultureInfo.InvariantCulture);

        private static IReadOnlyList<Entry> ReadCorpus() =>
            RepositoryFiles.ReadAllText(CorpusPath)
                .Split('\n')
                .Select(line => line.TrimEnd('\r'))
                .Where(line => line.Length > 0 && !line.StartsWith("#", StringComparison.Ordinal))
                .Select(line => line.Split('\t'))
                .Select(columns => new Entry(columns[0], columns[1], columns[2] switch
                {
                    "secret" => true,
                    "plain" => false,
                    _ => throw new FormatException("Label must be secret or plain: " + string.Join(" | ", columns)),
                }))
                .ToList();

        private sealed record Entry(string Message, string Field, bool IsSecret);
    }
}
