namespace EtProtocolGen.Fuzz.Protocol
{
    /// <summary>The first message of every client: the only request an anonymous session may send besides ping.</summary>
    [Message(10001)]
    [AllowAnonymous]
    [ResponseType(typeof(G2C_LoginGate))]
    public partial class C2G_LoginGate : IRequest
    {
        [Field(1)] public int RpcId { get; set; }
        [Field(2), Required, MinLength(3), MaxLength(32)] public string Account { get; set; } = "";
        [Field(3), MaxLength(64), Sensitive] public string Password { get; set; } = "";
        [Field(4, Encoding = FieldEncoding.Fixed)] public long Key { get; set; }
        [Field(5), Range(1, 1000)] public int ClientVersion { get; set; }
    }

    [Message(10002)]
    [AllowAnonymous]
    public partial class G2C_LoginGate : IResponse
    {
        [Field(1)] public int RpcId { get; set; }
        [Field(2)] public int Error { get; set; }
        [Field(3), MaxLength(256)] public string Message { get; set; } = "";
        [Field(4)] public long PlayerId { get; set; }
        [Field(5), MaxLength(64), Sensitive] public byte[] SessionToken { get; set; } = System.Array.Empty<byte>();
    }

    [Message(10003)]
    [AllowAnonymous]
    [ResponseType(typeof(G2C_Ping))]
    public partial class C2G_Ping : IRequest
    {
        [Field(1)] public int RpcId { get; set; }
    }

    [Message(10004)]
    [AllowAnonymous]
    public partial class G2C_Ping : IResponse
    {
        [Field(1)] public int RpcId { get; set; }
        [Field(2)] public int Error { get; set; }
        [Field(3), MaxLength(256)] public string Message { get; set; } = "";
        [Field(4)] public long Time { get; set; }
    }
}
