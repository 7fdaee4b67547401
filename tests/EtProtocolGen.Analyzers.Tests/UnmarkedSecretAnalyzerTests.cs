using System.Threading.Tasks;
using EtProtocolGen.CodeFixes;
using Xunit;
using Verifier = EtProtocolGen.Analyzers.Tests.Infrastructure.Verify<EtProtocolGen.Analyzers.UnmarkedSecretAnalyzer>;

namespace EtProtocolGen.Analyzers.Tests
{
    public class UnmarkedSecretAnalyzerTests
    {
        [Fact]
        public Task Fields_named_like_secrets_without_Sensitive_are_reported_at_the_field() =>
            Verifier.DiagnosticsAsync("""
                using EtProtocolGen;

                [Message(1), AllowAnonymous]
                public partial class C2G_Login : IMessage
                {
                    [Field(1)] public string Account { get; set; } = "";
                    [Field(2)] public string {|ETP0105:Password|} { get; set; } = "";
                    [Field(3)] public long {|ETP0105:SessionKey|} { get; set; }
                    [Field(4)] public string {|ETP0105:Token|} { get; set; } = "";
                    [Field(5)] public string {|ETP0105:api_key|} = "";
                    [Field(6)] public byte[] {|ETP0105:GateTicket|} { get; set; } = new byte[0];
                    [Field(7)] public string {|ETP0105:userpassword|} { get; set; } = "";
                    [Field(8)] public string {|ETP0105:ClientSecret|} { get; set; } = "";
                }
                """);

        [Fact]
        public Task The_message_names_the_word_that_looks_secret() =>
            Verifier.DiagnosticsAsync(
                """
                using EtProtocolGen;

                [Message(1)]
                public partial class R2C_Login : IMessage
                {
                    [Field(1)] public long GateKey { get; set; }
                }
                """,
                Verifier.Diagnostic(DiagnosticDescriptors.UnmarkedSecret).WithSpan(6, 28, 6, 35).WithArguments("GateKey", "R2C_Login", "gate key"));

        [Fact]
        public Task Game_words_stay_quiet_and_credentials_the_old_rules_missed_are_reported() =>
            Verifier.DiagnosticsAsync("""
                using EtProtocolGen;

                [Message(1)]
                public partial class C2M_Inventory : IMessage
                {
                    [Field(1)] public int KeyItemId { get; set; }
                    [Field(2)] public int EventTokens { get; set; }
                    [Field(3)] public int DungeonTickets { get; set; }
                    [Field(4)] public int TicketCount { get; set; }
                    [Field(5)] public string KeyBindings { get; set; } = "";
                    [Field(6)] public long TokenExpiry { get; set; }
                    [Field(7)] public int SecretAchievementId { get; set; }
                    [Field(8)] public long Key { get; set; }
                }

                [Message(2)]
                public partial class C2G_LoginGate : IMessage
                {
                    [Field(1)] public long {|ETP0105:Key|} { get; set; }
                    [Field(2)] public string {|ETP0105:VerificationCode|} { get; set; } = "";
                    [Field(3)] public int {|ETP0105:Pin|} { get; set; }
                    [Field(4)] public string {|ETP0105:AuthCode|} { get; set; } = "";
                    [Field(5)] public string {|ETP0105:Jwt|} { get; set; } = "";
                    [Field(6)] public string {|ETP0105:SessionId|} { get; set; } = "";
                }
                """);

        [Fact]
        public async Task The_editorconfig_adds_project_words_and_silences_names()
        {
            var test = new Infrastructure.ProtocolTest<UnmarkedSecretAnalyzer, Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>
            {
                TestCode = """
                    using EtProtocolGen;

                    [Message(1)]
                    public partial class C2R_Enter : IMessage
                    {
                        [Field(1)] public string {|ETP0105:RealmPass|} { get; set; } = "";
                        [Field(2)] public string SessionId { get; set; } = "";
                        [Field(3)] public string {|ETP0105:Password|} { get; set; } = "";
                    }
                    """,
            };
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", """
                root = true

                [*.cs]
                etprotocolgen_secret_words = RealmPass
                etprotocolgen_not_secret_words = SessionId
                """));
            await test.RunAsync();
        }

        [Fact]
        public Task Sensitive_fields_and_names_that_only_resemble_secrets_are_not_reported() =>
            Verifier.DiagnosticsAsync("""
                using EtProtocolGen;

                [Message(1)]
                public partial class C2M_Settings : IMessage
                {
                    [Field(1), Sensitive] public string Password { get; set; } = "";
                    [Field(2)][Sensitive] public long SessionKey { get; set; }
                    [Field(3)] public bool HasPassword { get; set; }
                    [Field(4)] public int KeyCode { get; set; }
                    [Field(5)] public string Keyboard { get; set; } = "";
                    [Field(6)] public string Monkey { get; set; } = "";
                    [Field(7)] public string PublicKey { get; set; } = "";
                    [Field(8)] public int TokenCount { get; set; }
                    [Field(9)] public string Secretary { get; set; } = "";
                    [Field(10)] public C2M_Token Token { get; set; } = new();
                    public string NotSerializedPassword { get; set; } = "";
                }

                [Message(2)]
                public partial class C2M_Token : IMessage
                {
                    [Field(1), Sensitive] public string Value { get; set; } = "";
                }

                public class NotAMessage
                {
                    [Field(1)] public string Password { get; set; } = "";
                }
                """);

        [Fact]
        public Task The_fix_adds_Sensitive_next_to_Field_or_in_a_list_of_its_own() =>
            Verifier.FixAsync<AddSensitiveCodeFix>(
                """
                using EtProtocolGen;

                [Message(1), AllowAnonymous]
                public partial class C2G_Login : IMessage
                {
                    [Field(1), MaxLength(32)] public string Account { get; set; } = "";
                    [Field(2), MaxLength(64)] public string {|ETP0105:Password|} { get; set; } = "";
                    [MaxLength(64)]
                    [Field(3)]
                    public string {|ETP0105:Token|} { get; set; } = "";
                }
                """,
                """
                using EtProtocolGen;

                [Message(1), AllowAnonymous]
                public partial class C2G_Login : IMessage
                {
                    [Field(1), MaxLength(32)] public string Account { get; set; } = "";
                    [Field(2), MaxLength(64), Sensitive] public string Password { get; set; } = "";
                    [MaxLength(64)]
                    [Field(3), Sensitive]
                    public string Token { get; set; } = "";
                }
                """,
                AddSensitiveCodeFix.EquivalenceKey);
    }
}
