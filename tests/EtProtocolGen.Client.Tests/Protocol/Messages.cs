// The client tests' protocol: a request and its response, and a push the server sends unasked.
namespace EtProtocolGen.Client.Tests.Protocol
{
    [Message(3003)]
    [AllowAnonymous]
    [ResponseType(typeof(G2C_Ping))]
    public partial class C2G_Ping : IRequest
    {
        [Field(1)] public int RpcId { get; set; }
        [Field(2)] public int Sequence { get; set; }
    }

    [Message(3004)]
    [AllowAnonymous]
    public partial class G2C_Ping : IResponse
    {
        [Field(1)] public int RpcId { get; set; }
        [Field(2)] public int Error { get; set; }
        [Field(3), MaxLength(256)] public string Message { get; set; } = "";
        [Field(4)] public int Sequence { get; set; }
    }

    [Message(3008)]
    [AllowAnonymous]
    public partial class G2C_ChatLine : IMessage
    {
        [Field(1), MaxLength(256)] public string Text { get; set; } = "";
    }
}
