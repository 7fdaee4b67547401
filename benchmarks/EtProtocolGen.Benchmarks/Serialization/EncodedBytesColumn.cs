using System;
using System.Collections.Concurrent;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace EtProtocolGen.Benchmarks.Serialization
{
    /// <summary>
    /// The "Bytes" column: the length of the encoding each library produces for the benchmark's message. Computed in
    /// the host process from the same setup the benchmarks run, so it always describes the data that was timed.
    /// </summary>
    public sealed class EncodedBytesColumn : IColumn
    {
        private readonly ConcurrentDictionary<Type, IEncodedSizes> _setups = new ConcurrentDictionary<Type, IEncodedSizes>();

        public string Id => nameof(EncodedBytesColumn);

        public string ColumnName => "Bytes";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Size;

        public string Legend => "Encoded length of the message in bytes";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            Type type = benchmarkCase.Descriptor.Type;
            if (!typeof(IEncodedSizes).IsAssignableFrom(type))
            {
                return "-";
            }

            IEncodedSizes sizes = _setups.GetOrAdd(type, static t =>
            {
                var instance = (IEncodedSizes)Activator.CreateInstance(t)!;
                instance.Setup();
                return instance;
            });
            int bytes = sizes.EncodedBytes(Libraries.Of(benchmarkCase.Descriptor.WorkloadMethod.Name));
            return bytes < 0 ? "-" : bytes.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
