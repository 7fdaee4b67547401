namespace EtProtocolGen.Fuzz.Protocol
{
    [Message(10020)]
    [Authorize]
    public partial class C2C_SendChatInfo : IMessage
    {
        [Field(1), Range(0, 8)] public int Channel { get; set; }
        [Field(2), Required, MinLength(1), MaxLength(256)] public string Text { get; set; } = "";
        [Field(3), MaxLength(32)] public string ToName { get; set; } = "";
    }

    /// <summary>Neither [Authorize] nor [AllowAnonymous]: denied to every session even though it has a handler.</summary>
    [Message(10021)]
    public partial class C2G_Emote : IMessage
    {
        [Field(1)] public int EmoteId { get; set; }
    }
}
