namespace EtProtocolGen.Sample.Protocol
{
    /// <summary>A chat line from a player (one-way); the gate broadcasts it to every player as <see cref="G2C_ChatBroadcast"/>.</summary>
    [Message(10010, Scope = MessageScope.Outer)]
    [Authorize]
    public partial class C2C_SendChat : IMessage
    {
        [Field(1), Range(0, 3)] public int Channel { get; set; }

        [Field(2), Required, MinLength(1), MaxLength(200)] public string Text { get; set; } = "";
    }

    /// <summary>Pushed by the gate to every player. The sender's name comes from the server's session, not from the client.</summary>
    [Message(10011, Scope = MessageScope.Outer)]
    [Authorize]
    public partial class G2C_ChatBroadcast : IMessage
    {
        [Field(1)] public int Channel { get; set; }

        [Field(2)] public long FromPlayerId { get; set; }

        [Field(3), MaxLength(32)] public string FromAccount { get; set; } = "";

        [Field(4), MaxLength(200)] public string Text { get; set; } = "";
    }
}
