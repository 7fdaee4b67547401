using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EtProtocolGen.Analyzers.Tests.Infrastructure
{
    /// <summary>
    /// The corpus's protocol manifest: a Protocol.Shipped.txt of an older protocol that every ETP02xx rule finds a change
    /// against in <see cref="Review"/>, with lines no reader should choke on (garbage, huge numbers, stray prefixes, tabs),
    /// and a Protocol.Unshipped.txt that takes back lines that never shipped.
    /// </summary>
    internal static partial class MessyCorpus
    {
        private const string Review = """
            using System.Collections.Generic;
            using EtProtocolGen;

            [assembly: ReservedOpcodes(30050)]

            namespace Review
            {
                [Message(30001), Authorize] public partial class R_Opcode : IMessage { }

                [Message(30003), Authorize] public partial class R_Taker : IMessage { }

                [Message(30004), Authorize, Reserved(20)]
                public partial class R_Fields : IMessage
                {
                    [Field(1)] public int A { get; set; }
                    [Field(3)] public int D { get; set; }
                    [Field(4), MaxLength(8)] public string E { get; set; } = "";
                    [Field(5), MaxLength(4)] public int[] F { get; set; } = new int[0];
                    [Field(6), MaxLength(64)] public string G { get; set; } = "";
                    [Field(7), MaxLength(8)] public string H { get; set; } = "";
                    [Field(8), Range(0, 1000)] public int I { get; set; }
                    [Field(20)] public int Reused { get; set; }
                }

                [Message(30005), Authorize] public partial class R_Scope : IMessage { }

                [Message(30006), Authorize] public partial class R_Reserved : IMessage { }

                [Message(30007), Authorize] public partial class R_Contract : IMessage { }

                [Message(30050), Authorize] public partial class R_ReservedOpcode : IMessage { }

                [Message(30008), Authorize, RateLimit(50, 1), MaxConcurrency(0)] public partial class R_Limits : IMessage { }
            }
            """;

        private const string Shipped = """
            assembly limits max-message-size=1048576 max-depth=64 default-max-string-length=none default-max-bytes-length=none default-max-collection-length=none
            message Review.R_Opcode opcode=30002 scope=outer kind=one-way authorization=authenticated
            message Review.R_Gone opcode=30003 scope=outer kind=one-way authorization=authenticated
            message Review.R_Removed opcode=30009 scope=outer kind=one-way authorization=authenticated
            message Review.R_Fields opcode=30004 scope=outer kind=one-way authorization=authenticated
            message Review.R_Fields field 1 A int32 varint
            message Review.R_Fields field 2 B int32 varint
            message Review.R_Fields field 3 C int32 varint
            message Review.R_Fields field 4 E int32 varint
            message Review.R_Fields field 5 F int32 varint
            message Review.R_Fields field 6 G string len max-length=8
            message Review.R_Fields field 7 H string len max-length=8 sensitive
            message Review.R_Fields field 8 I int32 varint range=0..10
            message Review.R_Scope opcode=30005 scope=inner kind=one-way authorization=authenticated
            message Review.R_Reserved opcode=30006 scope=outer kind=one-way authorization=authenticated
            message Review.R_Reserved reserved 9
            message Review.R_Contract opcode=30007 scope=outer kind=request response=Review.R_Opcode authorization=authenticated
            message Review.R_Limits opcode=30008 scope=outer kind=one-way authorization=authenticated rate-limits=5/1s:connection,1/1s:global max-concurrency=4:global
            message Review.R_Limits2 opcode=30010 scope=outer kind=one-way authorization=authenticated rate-limits=0/0s:,/s:planet max-concurrency=-1:
            message Review.R_Odd opcode=99999999999999999999 scope=outer kind=one-way authorization=denied
            message Review.R_Odd field -1 X int32 varint
            	message   Review.R_Tabs   opcode=1
            *REMOVED*message Review.R_Opcode opcode=30002 scope=outer kind=one-way authorization=authenticated
            handler
            assembly
            message
            garbage ünïcödé line with = signs ==== and (((( parentheses
            message Review.R_Fields field 9 J map(map(int32,int32),int32) len max-length=1
            message Review.R_Fields field 10 K repeated message() len max-length=1
            """;

        private const string Unshipped = """
            *REMOVED*message Review.R_Never opcode=1 scope=outer kind=one-way authorization=denied
            *REMOVED*
            message Review.R_Opcode opcode=30002 scope=outer kind=one-way authorization=authenticated
            """;

        public static ImmutableArray<AdditionalText> AdditionalFiles() =>
            ImmutableArray.Create<AdditionalText>(new Text("Protocol.Shipped.txt", Shipped), new Text("Protocol.Unshipped.txt", Unshipped));

        private sealed class Text : AdditionalText
        {
            private readonly SourceText text;

            public Text(string path, string text)
            {
                Path = path;
                this.text = SourceText.From(text);
            }

            public override string Path { get; }

            public override SourceText GetText(CancellationToken cancellationToken = default) => text;
        }
    }
}
