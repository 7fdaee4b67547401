using System.Threading.Tasks;
using Xunit;
using Verifier = EtProtocolGen.Analyzers.Tests.Infrastructure.Verify<EtProtocolGen.Analyzers.WireSurrogateAnalyzer>;

namespace EtProtocolGen.Analyzers.Tests
{
    /// <summary>ETP0312: an [assembly: WireSurrogate] that cannot carry its type, reported at the attribute.</summary>
    public class WireSurrogateAnalyzerTests
    {
        private const string Types = """

            namespace Game
            {
                public struct Vec2 { public float X; public float Y; }

                public class Handle { }

                [Message]
                public partial struct Vec2Wire
                {
                    [Field(1)] public float X { get; set; }
                    [Field(2)] public float Y { get; set; }

                    public static implicit operator Vec2Wire(Vec2 value) => new Vec2Wire { X = value.X, Y = value.Y };
                    public static implicit operator Vec2(Vec2Wire wire) => new Vec2 { X = wire.X, Y = wire.Y };
                }

                public struct NotAMessage
                {
                    public static implicit operator NotAMessage(Vec2 value) => default;
                    public static implicit operator Vec2(NotAMessage wire) => default;
                }

                [Message]
                public partial struct OneWay
                {
                    [Field(1)] public float X { get; set; }

                    public static implicit operator OneWay(Vec2 value) => default;
                }
            }
            """;

        [Fact]
        public Task A_usable_mapping_is_not_reported() =>
            Verifier.DiagnosticsAsync("""
                using EtProtocolGen;

                [assembly: WireSurrogate(typeof(Game.Vec2), typeof(Game.Vec2Wire))]
                """ + Types);

        [Fact]
        public Task Each_unusable_mapping_is_reported_at_its_attribute_with_the_reason() =>
            Verifier.DiagnosticsAsync(
                """
                using EtProtocolGen;

                [assembly: WireSurrogate(typeof(Game.Vec2), typeof(Game.OneWay))]
                [assembly: WireSurrogate(typeof(Game.Vec2), typeof(Game.Vec2Wire))]
                [assembly: WireSurrogate(typeof(int), typeof(Game.Vec2Wire))]
                [assembly: WireSurrogate(typeof(Game.Handle), typeof(Game.Vec2Wire))]
                """ + Types,
                Verifier.Diagnostic(DiagnosticDescriptors.WireSurrogateUnusable).WithSpan(3, 12, 3, 65).WithArguments("Vec2", "'OneWay' must declare conversion operators both ways: operator OneWay(Vec2) and operator Vec2(OneWay)"),
                Verifier.Diagnostic(DiagnosticDescriptors.WireSurrogateUnusable).WithSpan(4, 12, 4, 67).WithArguments("Vec2", "'Vec2' is mapped already; a type has one surrogate"),
                Verifier.Diagnostic(DiagnosticDescriptors.WireSurrogateUnusable).WithSpan(5, 12, 5, 61).WithArguments("Int32", "'Int32' is carried on the wire already"),
                Verifier.Diagnostic(DiagnosticDescriptors.WireSurrogateUnusable).WithSpan(6, 12, 6, 69).WithArguments("Handle", "'Handle' is not a struct: a surrogate maps a value type (engine types such as float3 and ActorId are)"));

        [Fact]
        public Task A_surrogate_that_is_not_a_message_is_reported() =>
            Verifier.DiagnosticsAsync("""
                using EtProtocolGen;

                [assembly: {|ETP0312:WireSurrogate(typeof(Game.Vec2), typeof(Game.NotAMessage))|}]
                """ + Types);
    }
}
