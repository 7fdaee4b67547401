using EtProtocolGen;

namespace Consumer;

// Deliberately insecure: no [MaxLength] on an Outer string (ETP0101), no [Authorize]/[AllowAnonymous]
// (ETP0102), and a secret-looking field without [Sensitive] (ETP0105). The package check expects
// these diagnostics in the build output.
[Message(10100, Scope = MessageScope.Outer)]
public partial class C2M_Chat : IMessage
{
    [Field(1)] public string Text { get; set; } = "";
    [Field(2), MaxLength(64)] public string AuthToken { get; set; } = "";
}
