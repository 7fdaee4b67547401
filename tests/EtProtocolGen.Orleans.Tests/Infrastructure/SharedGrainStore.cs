using System;
using System.Collections.Concurrent;
using System.Threading.Tasks;
using Orleans.Runtime;
using Orleans.Serialization;
using Orleans.Storage;

namespace EtProtocolGen.Orleans.Tests.Infrastructure;

/// <summary>
/// Grain storage for the test cluster: one in-memory table shared by every silo of the process, so a grain that reactivates
/// on another silo after its silo died reads what it wrote (Orleans' own memory storage keeps state in grains, which die
/// with their silo). Entries are serialized copies, written with an ETag check like a real store.
/// </summary>
public sealed class SharedGrainStore
{
    /// <summary>Serialized state and ETag, by state name and grain id.</summary>
    internal ConcurrentDictionary<string, (byte[] Data, string ETag)> Entries { get; } = new();

    /// <summary>The <see cref="IGrainStorage"/> of one silo over this table.</summary>
    public IGrainStorage StorageFor(Serializer serializer) => new Storage(this, serializer);

    private sealed class Storage : IGrainStorage
    {
        private readonly SharedGrainStore _store;
        private readonly Serializer _serializer;

        public Storage(SharedGrainStore store, Serializer serializer)
        {
            _store = store;
            _serializer = serializer;
        }

        public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            if (_store.Entries.TryGetValue(Key(stateName, grainId), out (byte[] Data, string ETag) entry))
            {
                grainState.State = _serializer.Deserialize<T>(entry.Data);
                grainState.ETag = entry.ETag;
                grainState.RecordExists = true;
            }

            return Task.CompletedTask;
        }

        public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            string key = Key(stateName, grainId);
            string etag = Guid.NewGuid().ToString("N");
            byte[] data = _serializer.SerializeToArray(grainState.State);
            bool written = grainState.ETag is null
                ? _store.Entries.TryAdd(key, (data, etag))
                : _store.Entries.TryGetValue(key, out (byte[] Data, string ETag) current)
                    && current.ETag == grainState.ETag
                    && _store.Entries.TryUpdate(key, (data, etag), current);
            if (!written)
            {
                throw new InconsistentStateException("ETag mismatch for " + key, grainState.ETag ?? "", etag);
            }

            grainState.ETag = etag;
            grainState.RecordExists = true;
            return Task.CompletedTask;
        }

        public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            _store.Entries.TryRemove(Key(stateName, grainId), out _);
            grainState.ETag = null;
            grainState.RecordExists = false;
            return Task.CompletedTask;
        }

        private static string Key(string stateName, GrainId grainId) => stateName + "/" + grainId;
    }
}
