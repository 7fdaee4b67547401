namespace EtProtocolGen.Analyzers.Tests.Infrastructure
{
    /// <summary>Directions as they are typed: contradicted, half-typed, out of range, on inner messages, and values carried in cycles.</summary>
    internal static partial class MessyCorpus
    {
        private const string Directions = """
            using System.Collections.Generic;
            using EtProtocolGen;

            namespace Game.Directions
            {
                [Message(60001, Direction = MessageDirection.ServerToClient), Authorize]
                public partial class C2M_Contradicted : IMessage { [Field(1)] public string Text { get; set; } = ""; }

                [Message(60002, Direction = MessageDirection.)]
                public partial class M2C_HalfTyped : IMessage { [Field(1)] public List<int> Ids { get; set; } = new(); }

                [Message(60003, Direction = (MessageDirection)100), Authorize]
                public partial class OutOfRange : IMessage { [Field(1)] public string Text { get; set; } = ""; }

                [Message(60004, Direction = 2)]
                public partial class WrongType : IMessage { }

                [Message(60005, Scope = MessageScope.Inner, Direction = MessageDirection.Both)]
                public partial class G2M_Directed : IMessage { [Field(1)] public LoopA A { get; set; } = new(); }

                [Message] public partial class LoopA { [Field(1)] public LoopB? B { get; set; } [Field(2)] public string Name { get; set; } = ""; }
                [Message] public partial class LoopB { [Field(1)] public LoopA? A { get; set; } [Field(2)] public List<string> Tags { get; set; } = new(); }
                [Message] public partial class Island { [Field(1)] public Island? Self { get; set; } [Field(2)] public string Note { get; set; } = ""; }

                [Message(60006), ResponseType(typeof(C2M_Answer))]
                public partial class M2C_Question : IRequest { [Field(1)] public int RpcId { get; set; } [Field(2)] public LoopB B { get; set; } = new(); }

                [Message(60007)]
                public partial class C2M_Answer : IResponse { [Field(1)] public int RpcId { get; set; } [Field(2)] public int Error { get; set; } [Field(3)] public string Message { get; set; } = ""; }

                [Message(60008), ResponseType(typeof(M2C_Missing))]
                public partial class C2M_Ask : IRequest { [Field(1)] public int RpcId { get; set; } }

                [Message(60009), ResponseType(typeof())]
                public partial class C2M_Blank : IRequest { [Field(1)] public int RpcId { get; set; } }
            }
            """;
    }
}
