using System.Text;
using System.Threading.Tasks;
using EtProtocolGen.CodeFixes;
using Xunit;
using Verifier = EtProtocolGen.Analyzers.Tests.Infrastructure.Verify<EtProtocolGen.Analyzers.UnboundedRecursionAnalyzer>;

namespace EtProtocolGen.Analyzers.Tests
{
    public class UnboundedRecursionAnalyzerTests
    {
        [Fact]
        public Task A_message_that_contains_itself_directly_or_through_others_is_reported() =>
            Verifier.DiagnosticsAsync("""
                using System.Collections.Generic;
                using EtProtocolGen;

                [Message(1)]
                public partial class {|ETP0106:TreeNode|} : IMessage
                {
                    [Field(1)] public List<TreeNode> Children { get; set; } = new();
                }

                [Message(2)]
                public partial class {|ETP0106:Quest|} : IMessage
                {
                    [Field(1)] public QuestStep? First { get; set; }
                }

                [Message(3)]
                public partial class {|ETP0106:QuestStep|} : IMessage
                {
                    [Field(1)] public Dictionary<int, Quest> SubQuests { get; set; } = new();
                }
                """);

        [Fact]
        public Task The_message_names_the_field_through_which_it_recurses() =>
            Verifier.DiagnosticsAsync(
                """
                using EtProtocolGen;

                [Message(1)]
                public partial struct Comment : IMessage
                {
                    [Field(1)] public int Id { get; set; }
                    [Field(2)] public Comment[] Replies { get; set; }
                }
                """,
                Verifier.Diagnostic(DiagnosticDescriptors.UnboundedRecursion).WithSpan(4, 23, 4, 30).WithArguments("Comment", "field 'Replies'"));

        [Fact]
        public Task A_message_that_only_leads_into_a_cycle_is_not_itself_recursive() =>
            Verifier.DiagnosticsAsync("""
                using EtProtocolGen;

                [Message(1)]
                public partial class Forum : IMessage
                {
                    [Field(1)] public Thread Pinned { get; set; } = new();
                    [Field(2)] public Thread Latest { get; set; } = new();
                }

                [Message(2)]
                public partial class {|ETP0106:Thread|} : IMessage
                {
                    [Field(1)] public Thread? Parent { get; set; }
                }

                [Message(3)]
                public partial class Chain1 : IMessage { [Field(1)] public Chain2 Next { get; set; } = new(); }

                [Message(4)]
                public partial class Chain2 : IMessage { [Field(1)] public Chain3 Next { get; set; } = new(); }

                [Message(5)]
                public partial class Chain3 : IMessage { [Field(1)] public int End { get; set; } }
                """);

        [Fact]
        public Task In_a_long_chain_that_loops_back_halfway_exactly_the_messages_on_the_loop_are_reported()
        {
            const int count = 300;
            const int loopStart = 150;
            var source = new StringBuilder("using EtProtocolGen;\n");
            for (int i = 0; i < count; i++)
            {
                int next = i == count - 1 ? loopStart : i + 1;
                string name = i >= loopStart ? "{|ETP0106:Link" + i + "|}" : "Link" + i;
                source.Append("[Message(" + (i + 1) + ")] public partial class " + name + " : IMessage { [Field(1)] public Link" + next + "? Next { get; set; } }\n");
            }

            return Verifier.DiagnosticsAsync(source.ToString());
        }

        [Fact]
        public Task An_explicit_MaxDepth_on_the_message_or_the_assembly_silences_it() =>
            Verifier.DiagnosticsAsync(
                """
                using System.Collections.Generic;
                using EtProtocolGen;

                [Message(1, MaxDepth = 8)]
                public partial class TreeNode : IMessage
                {
                    [Field(1)] public List<TreeNode> Children { get; set; } = new();
                }
                """);

        [Fact]
        public Task An_assembly_MaxDepth_silences_every_recursive_message() =>
            Verifier.DiagnosticsAsync(
                """
                using System.Collections.Generic;
                using EtProtocolGen;

                [assembly: ProtocolLimits(MaxDepth = 12)]

                [Message(1)]
                public partial class TreeNode : IMessage
                {
                    [Field(1)] public List<TreeNode> Children { get; set; } = new();
                }
                """);

        [Fact]
        public Task The_fix_adds_MaxDepth_to_the_Message_attribute() =>
            Verifier.FixAsync<AddMaxDepthCodeFix>(
                """
                using System.Collections.Generic;
                using EtProtocolGen;

                [Message(1, Scope = MessageScope.Outer), Authorize]
                public partial class {|ETP0106:TreeNode|} : IMessage
                {
                    [Field(1)] public List<TreeNode> Children { get; set; } = new();
                }

                [EtProtocolGen.Message(2)]
                public partial class {|ETP0106:Folder|} : IMessage
                {
                    [Field(1)] public Folder? Parent { get; set; }
                }
                """,
                """
                using System.Collections.Generic;
                using EtProtocolGen;

                [Message(1, Scope = MessageScope.Outer, MaxDepth = 16), Authorize]
                public partial class TreeNode : IMessage
                {
                    [Field(1)] public List<TreeNode> Children { get; set; } = new();
                }

                [EtProtocolGen.Message(2, MaxDepth = 16)]
                public partial class Folder : IMessage
                {
                    [Field(1)] public Folder? Parent { get; set; }
                }
                """,
                AddMaxDepthCodeFix.EquivalenceKey);
    }
}
