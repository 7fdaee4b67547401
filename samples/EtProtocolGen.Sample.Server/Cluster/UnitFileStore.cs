using System;
using System.IO;
using System.Threading.Tasks;
using Orleans.Runtime;
using Orleans.Serialization;
using Orleans.Storage;

namespace EtProtocolGen.Sample.Server.Cluster;

/// <summary>
/// The development cluster's grain storage for units: one file per unit in a directory every silo of this machine shares
/// (<see cref="SiloSettings.StateDirectory"/>), so a unit whose map silo stopped or died comes back on another map with
/// what it last wrote. Orleans' memory storage would keep the state in grains, which can live on the map that goes away.
/// A file holds an ETag line and the state serialized by Orleans; writes go to a temporary file first and replace the
/// old one. For one machine and development only: a deployment uses a durable provider (a database, Azure, ...).
/// </summary>
public sealed class UnitFileStore : IGrainStorage
{
    private readonly string _directory;
    private readonly Serializer _serializer;

    /// <summary>A store over <paramref name="directory"/> (created when missing).</summary>
    public UnitFileStore(string directory, Serializer serializer)
    {
        _directory = directory ?? throw new ArgumentNullException(nameof(directory));
        _serializer = serializer ?? throw new ArgumentNullException(nameof(serializer));
        Directory.CreateDirectory(directory);
    }

    /// <summary>Removes what an earlier cluster of this machine left in <paramref name="directory"/>: a new cluster starts with no units.</summary>
    public static void Clear(string directory)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <inheritdoc />
    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        string path = PathOf(stateName, grainId);
        if (!File.Exists(path))
        {
            return;
        }

        byte[] file = await File.ReadAllBytesAsync(path).ConfigureAwait(false);
        int newline = Array.IndexOf(file, (byte)'\n');
        grainState.ETag = System.Text.Encoding.ASCII.GetString(file, 0, newline);
        grainState.State = _serializer.Deserialize<T>(file.AsMemory(newline + 1));
        grainState.RecordExists = true;
    }

    /// <inheritdoc />
    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        string path = PathOf(stateName, grainId);
        string? stored = File.Exists(path) ? ReadETag(path) : null;
        if (stored != grainState.ETag)
        {
            throw new InconsistentStateException("The unit's stored state changed since it was read.", stored ?? "", grainState.ETag ?? "");
        }

        string etag = Guid.NewGuid().ToString("N");
        string temporary = path + "." + etag + ".tmp";
        await using (FileStream output = File.Create(temporary))
        {
            await output.WriteAsync(System.Text.Encoding.ASCII.GetBytes(etag + "\n")).ConfigureAwait(false);
            await output.WriteAsync(_serializer.SerializeToArray(grainState.State)).ConfigureAwait(false);
        }

        File.Move(temporary, path, overwrite: true);
        grainState.ETag = etag;
        grainState.RecordExists = true;
    }

    /// <inheritdoc />
    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        File.Delete(PathOf(stateName, grainId));
        grainState.ETag = null;
        grainState.RecordExists = false;
        return Task.CompletedTask;
    }

    private static string ReadETag(string path)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.ASCII);
        return reader.ReadLine() ?? "";
    }

    // "unit" and "unit/10001" become unit_unit_10001: the key's characters a file name cannot hold are replaced.
    private string PathOf(string stateName, GrainId grainId)
    {
        char[] name = (stateName + "_" + grainId).ToCharArray();
        for (int i = 0; i < name.Length; i++)
        {
            if (!char.IsAsciiLetterOrDigit(name[i]) && name[i] != '-')
            {
                name[i] = '_';
            }
        }

        return Path.Combine(_directory, new string(name) + ".state");
    }
}
