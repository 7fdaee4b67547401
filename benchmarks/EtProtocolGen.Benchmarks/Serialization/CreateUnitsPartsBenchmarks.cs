using System;
using System.Buffers;
using BenchmarkDotNet.Attributes;
using MemoryPack;
using EtProtocolGen.Benchmarks.Messages;
using Et = EtProtocolGen.Benchmarks.Messages.Et;
using Peers = EtProtocolGen.Benchmarks.Messages.Peers;

namespace EtProtocolGen.Benchmarks.Serialization
{
    /// <summary>
    /// Where serializing Create units (10 units, each with two positions and a map of 5 int -> long entries) spends its time,
    /// next to MemoryPack: the whole message; the same units with empty maps, by both libraries; the units holding only their
    /// maps; and enumerating the 50 map entries without writing them (what any encoder of these dictionaries pays). Setup checks
    /// that every variant's bytes parse back to a message that writes the same bytes.
    /// </summary>
    [Config(typeof(SerializerConfig))]
    public class CreateUnitsPartsBenchmarks
    {
        private readonly ArrayBufferWriter<byte> _output = new(64 * 1024);
        private Et.M2C_CreateUnits _message = null!;
        private Et.M2C_CreateUnits _withoutMaps = null!;
        private Et.M2C_CreateUnits _mapsOnly = null!;
        private Peers.M2C_CreateUnits _peer = null!;
        private Peers.M2C_CreateUnits _peerWithoutMaps = null!;

        [GlobalSetup]
        public void Setup()
        {
            _message = SampleData.CreateUnits();
            _withoutMaps = SampleData.CreateUnits();
            _mapsOnly = SampleData.CreateUnits();
            for (int i = 0; i < _message.Units.Count; i++)
            {
                _withoutMaps.Units[i].KV.Clear();
                Et.UnitInfo unit = _mapsOnly.Units[i];
                (unit.UnitId, unit.ConfigId, unit.Type, unit.Position, unit.Forward) = (0, 0, 0, null, null);
            }

            _peer = SampleData.ToPeer(_message);
            _peerWithoutMaps = SampleData.ToPeer(_withoutMaps);
            foreach (Et.M2C_CreateUnits message in new[] { _message, _withoutMaps, _mapsOnly })
            {
                _output.ResetWrittenCount();
                message.WriteTo(_output);
                byte[] bytes = _output.WrittenSpan.ToArray();
                _output.ResetWrittenCount();
                Et.M2C_CreateUnits.Parse(bytes).WriteTo(_output);
                if (!_output.WrittenSpan.SequenceEqual(bytes))
                {
                    throw new InvalidOperationException("A Create units variant does not round-trip.");
                }
            }

            if (MemoryPackSerializer.Deserialize<Peers.M2C_CreateUnits>(MemoryPackSerializer.Serialize(_peerWithoutMaps))!.Units.Count != _message.Units.Count)
            {
                throw new InvalidOperationException("MemoryPack does not round-trip the units without maps.");
            }
        }

        [Benchmark(Baseline = true)]
        public int MemoryPack_Serialize()
        {
            _output.ResetWrittenCount();
            MemoryPackSerializer.Serialize(_output, _peer);
            return _output.WrittenCount;
        }

        [Benchmark]
        public int EtProtocolGen_Serialize() => Write(_message);

        /// <summary>The same units with empty maps: positions, ids and the list, by MemoryPack.</summary>
        [Benchmark]
        public int MemoryPack_SerializeWithoutMaps()
        {
            _output.ResetWrittenCount();
            MemoryPackSerializer.Serialize(_output, _peerWithoutMaps);
            return _output.WrittenCount;
        }

        /// <summary>The same units with empty maps, by the generated code.</summary>
        [Benchmark]
        public int EtProtocolGen_SerializeWithoutMaps() => Write(_withoutMaps);

        /// <summary>Units that hold only their maps: 50 entries of a tag, a length and two tagged varints each.</summary>
        [Benchmark]
        public int EtProtocolGen_SerializeMapsOnly() => Write(_mapsOnly);

        /// <summary>The 50 entries enumerated and summed, nothing written: the dictionaries' own cost.</summary>
        [Benchmark]
        public long EnumerateMaps()
        {
            long sum = 0;
            foreach (Et.UnitInfo unit in _message.Units)
            {
                foreach (var entry in unit.KV)
                {
                    sum += entry.Key + entry.Value;
                }
            }

            return sum;
        }

        private int Write(Et.M2C_CreateUnits message)
        {
            _output.ResetWrittenCount();
            message.WriteTo(_output);
            return _output.WrittenCount;
        }
    }
}
