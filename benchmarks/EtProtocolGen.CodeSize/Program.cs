using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace EtProtocolGen.CodeSize
{
    /// <summary>
    /// IL size of generated code per message: compiles a synthetic ET-like protocol (200 messages by default) once with
    /// EtProtocolGen's generators and once with MemoryPack's, then sums the IL of the method bodies the generators wrote,
    /// read from the compiled assemblies with System.Reflection.Metadata. IL2CPP turns exactly this IL into native code
    /// on every Unity build. <c>--max-il-per-message N</c> fails (exit code 1) when EtProtocolGen's figure exceeds N.
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            int messageCount = IntOption(args, "--messages") ?? 200;
            int? budget = IntOption(args, "--max-il-per-message");
            if (messageCount <= 0 || messageCount % SyntheticProtocol.Shapes.Count != 0)
            {
                Console.Error.WriteLine("--messages must be a positive multiple of " + SyntheticProtocol.Shapes.Count + ".");
                return 2;
            }

            var ours = new Measurement(ProtocolCompiler.Compile(Flavor.EtProtocolGen, messageCount));
            var theirs = new Measurement(ProtocolCompiler.Compile(Flavor.MemoryPack, messageCount));
            Print(ours, theirs, messageCount);

            if (ours.UserBytes != theirs.UserBytes)
            {
                // Both protocols declare the same classes and properties; different user IL means they drifted apart.
                Console.Error.WriteLine("The two protocols' own code differs (" + ours.UserBytes + " vs " + theirs.UserBytes + " IL bytes): not the same messages.");
                return 1;
            }

            if (budget is int max && ours.PerMessage > max)
            {
                Console.Error.WriteLine(
                    "EtProtocolGen's generated IL is " + ours.PerMessage.ToString("N0", CultureInfo.InvariantCulture)
                    + " bytes per message, over the budget of " + max.ToString("N0", CultureInfo.InvariantCulture) + ".");
                return 1;
            }

            return 0;
        }

        private static void Print(Measurement ours, Measurement theirs, int messageCount)
        {
            int perShape = messageCount / SyntheticProtocol.Shapes.Count;
            Console.WriteLine(
                $"{messageCount} messages ({perShape} of each of {SyntheticProtocol.Shapes.Count} shapes), optimized (EtProtocolGen at C# 9, MemoryPack at C# 11); IL bytes of the method bodies the generators wrote");
            Console.WriteLine();
            Console.WriteLine("| library | generated methods | generated IL | IL per message | protocol-wide part | user IL (properties, initializers) |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|");
            foreach (Measurement measurement in new[] { ours, theirs })
            {
                Console.WriteLine(
                    $"| {measurement.Flavor} | {N(measurement.Generated.Count)} | {N(measurement.GeneratedBytes)} | **{N(measurement.PerMessage)}** | {N(measurement.ProtocolWideBytes)} | {N(measurement.UserBytes)} |");
            }

            Console.WriteLine();
            Console.WriteLine($"Per message of each shape (generated IL of the message's type and its nested types, mean of {perShape}):");
            Console.WriteLine();
            Console.WriteLine("| shape | EtProtocolGen | MemoryPack | ours / MemoryPack |");
            Console.WriteLine("|---|---:|---:|---:|");
            foreach (string shape in SyntheticProtocol.Shapes)
            {
                int a = ours.ShapeBytes(shape) / perShape;
                int b = theirs.ShapeBytes(shape) / perShape;
                Console.WriteLine($"| {shape} | {N(a)} | {N(b)} | {Ratio(a, b)} |");
            }

            Console.WriteLine();
            Console.WriteLine($"| all ({messageCount}) | {N(ours.PerMessage)} | {N(theirs.PerMessage)} | {Ratio(ours.PerMessage, theirs.PerMessage)} |");
            foreach (Measurement measurement in new[] { ours, theirs })
            {
                Console.WriteLine();
                Console.WriteLine($"{measurement.Flavor}: generated members by name, IL bytes per message (all messages, largest first)");
                foreach ((string name, int bytes) in measurement.ByMember(messageCount).Take(12))
                {
                    Console.WriteLine($"  {bytes,7:N0}  {name}");
                }
            }
        }

        private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

        private static string Ratio(int ours, int theirs) =>
            theirs == 0 ? "-" : ((double)ours / theirs).ToString("0.00", CultureInfo.InvariantCulture);

        private static int? IntOption(string[] args, string name)
        {
            int index = Array.FindIndex(args, arg => string.Equals(arg, name, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                return null;
            }

            if (index + 1 >= args.Length || !int.TryParse(args[index + 1], NumberStyles.None, CultureInfo.InvariantCulture, out int value))
            {
                throw new ArgumentException(name + " takes a whole number.");
            }

            return value;
        }

        /// <summary>One compiled protocol's method sizes, split into generated (per message or protocol-wide) and the user's.</summary>
        private sealed class Measurement
        {
            private readonly int _messageCount;

            public Measurement(CompiledProtocol protocol)
            {
                Flavor = protocol.Flavor;
                _messageCount = protocol.MessageCount;
                IReadOnlyList<MethodSize> methods = protocol.Methods();
                Generated = methods.Where(method => method.Generator != null).ToArray();
                UserBytes = methods.Where(method => method.Generator == null).Sum(method => method.ILBytes);
                GeneratedBytes = Generated.Sum(method => method.ILBytes);
                ProtocolWideBytes = Generated.Where(method => SyntheticProtocol.ShapeOf(method.TopLevelType) == null).Sum(method => method.ILBytes);
            }

            public Flavor Flavor { get; }

            public IReadOnlyList<MethodSize> Generated { get; }

            public int GeneratedBytes { get; }

            public int ProtocolWideBytes { get; }

            public int UserBytes { get; }

            /// <summary>All generated IL, protocol-wide types included, over the number of messages.</summary>
            public int PerMessage => (int)Math.Round((double)GeneratedBytes / _messageCount);

            public int ShapeBytes(string shape) =>
                Generated.Where(method => SyntheticProtocol.ShapeOf(method.TopLevelType) == shape).Sum(method => method.ILBytes);

            public IEnumerable<(string Name, int Bytes)> ByMember(int messageCount) =>
                Generated.GroupBy(method => SyntheticProtocol.ShapeOf(method.TopLevelType) == null ? method.TopLevelType + "." + method.Name : method.Name)
                    .Select(group => (group.Key, (int)Math.Round((double)group.Sum(method => method.ILBytes) / messageCount)))
                    .OrderByDescending(pair => pair.Item2)
                    .ThenBy(pair => pair.Key, StringComparer.Ordinal);
        }
    }
}
