using System;
using System.Collections.Generic;
using System.Linq;
using EtProtocolGen.Analyzers.Manifest;
using EtProtocolGen.Tool.Inputs;
using EtProtocolGen.Tool.Report;
using EtProtocolGen.Tool.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace EtProtocolGen.Tool.Tests
{
    /// <summary>
    /// The worst case <c>etprotocolgen report</c> prints for each outer message is an upper bound of what the generated
    /// decoder allocates for hostile frames of that message (<see cref="HostileFrames"/>), measured with
    /// GC.GetAllocatedBytesForCurrentThread; and the frames come close to it, so the bound is no figure pulled from the air.
    /// </summary>
    public class DecoderAllocationTests
    {
        private readonly ITestOutputHelper output;

        public DecoderAllocationTests(ITestOutputHelper output) => this.output = output;

        public static TheoryData<string> SampleMessages => Names(typeof(Sample.Protocol.C2R_Login));

        public static TheoryData<string> TestProtocolMessages => Names(typeof(Protocol.Inventory));

        [Theory]
        [MemberData(nameof(SampleMessages))]
        public void The_bound_holds_for_every_hostile_frame_of_a_sample_message(string message) =>
            Check(typeof(Sample.Protocol.C2R_Login), message);

        [Theory]
        [MemberData(nameof(TestProtocolMessages))]
        public void The_bound_holds_for_maps_bytes_packed_numbers_arrays_recursion_and_structs(string message) =>
            Check(typeof(Protocol.Inventory), message);

        [Fact]
        public void The_worst_frame_of_a_message_with_strings_reaches_most_of_the_bound()
        {
            (long bound, long worst) = Worst(typeof(Sample.Protocol.C2R_Login), "EtProtocolGen.Sample.Protocol.C2R_Login");

            Assert.True(worst * 10 >= bound * 8, "the frames reach " + worst + " of " + bound);
        }

        private void Check(Type anyMessage, string message)
        {
            (long bound, long worst) = Worst(anyMessage, message);
            Assert.True(worst <= bound, message + ": a frame made the decoder allocate " + worst + " bytes, above the bound " + bound);
        }

        private (long Bound, long Worst) Worst(Type anyMessage, string name)
        {
            BuiltManifest built = CompiledProtocol.Read(anyMessage.Assembly.Location);
            ProtocolManifest manifest = built.Manifest;
            MessageEntry message = manifest.Messages.Single(entry => entry.Name == name);
            long bound = new DecoderAllocation(new ProtocolCatalog(new[] { manifest })).WorstCase(message, manifest.Assembly!)
                ?? throw new InvalidOperationException("no bound for " + name);
            Type type = anyMessage.Assembly.GetType(name, throwOnError: true)!;
            var frames = new HostileFrames(candidate => manifest.Messages.FirstOrDefault(entry => entry.Name == candidate), manifest.Assembly!);
            long worst = 0;
            string worstFrame = "";
            foreach ((string frameName, byte[] frame) in frames.For(message))
            {
                (long allocated, bool decoded) = Decoders.Measure(type, frame);
                Assert.True(allocated <= bound, name + ", " + frameName + " (" + frame.Length + " bytes, decoded: " + decoded + "): " + allocated + " bytes allocated, above the bound " + bound);
                if (allocated > worst)
                {
                    (worst, worstFrame) = (allocated, frameName + (decoded ? "" : ", refused"));
                }
            }

            output.WriteLine(name + ": bound " + bound + ", worst frame " + worst + " (" + worstFrame + ")");
            return (bound, worst);
        }

        private static TheoryData<string> Names(Type anyMessage)
        {
            var names = new TheoryData<string>();
            foreach (MessageEntry message in CompiledProtocol.Read(anyMessage.Assembly.Location).Manifest.Messages.Where(entry => entry.Scope == ManifestScope.Outer))
            {
                names.Add(message.Name);
            }

            return names;
        }
    }
}
