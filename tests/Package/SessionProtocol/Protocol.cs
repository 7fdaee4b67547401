using EtProtocolGen;

// The protocol both session consumers compile, each with the packaged generator (one source, linked into both).
namespace Session.Protocol
{
    [Message(20001)]
    [ResponseType(typeof(G2C_Hello))]
    [AllowAnonymous]
    [RateLimit(10, 10, Per = RateLimitPartition.Connection | RateLimitPartition.RemoteAddress)]
    public partial class C2G_Hello : IRequest
    {
        [Field(1)] public int RpcId { get; set; }
        [Field(2), MaxLength(32)] public string Name { get; set; } = "";
    }

    [Message(20002)]
    [AllowAnonymous]
    public partial class G2C_Hello : IResponse
    {
        [Field(1)] public int RpcId { get; set; }
        [Field(2)] public int Error { get; set; }
        [Field(3), MaxLength(64)] public string Message { get; set; } = "";
        [Field(4), MaxLength(64)] public string Greeting { get; set; } = "";
    }

    /// <summary>Pushed by the server after every greeting.</summary>
    [Message(20003)]
    [AllowAnonymous]
    public partial class G2C_Welcome : IMessage
    {
        [Field(1)] public int Visitors { get; set; }
    }
}
