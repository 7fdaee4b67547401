// Look-alikes of the engine types ET's protocol files name, with the same names, namespaces and layouts as far as the wire
// is concerned (Unity's packages are not available here): what [assembly: WireSurrogate] maps to messages of our own.
#pragma warning disable CS8981 // Unity's own lower-case type names

namespace Unity.Mathematics
{
    /// <summary>Unity.Mathematics.float3: three floats, fields x, y, z.</summary>
    public struct float3
    {
        public float x;
        public float y;
        public float z;

        public float3(float x, float y, float z)
        {
            this.x = x;
            this.y = y;
            this.z = z;
        }
    }

    /// <summary>Unity.Mathematics.float4.</summary>
    public struct float4
    {
        public float x;
        public float y;
        public float z;
        public float w;

        public float4(float x, float y, float z, float w)
        {
            this.x = x;
            this.y = y;
            this.z = z;
            this.w = w;
        }
    }

    /// <summary>Unity.Mathematics.quaternion: one float4, field value.</summary>
    public struct quaternion
    {
        public float4 value;

        public quaternion(float x, float y, float z, float w) => value = new float4(x, y, z, w);
    }
}

namespace TrueSync
{
    /// <summary>TrueSync.FP: a 32.32 fixed-point number, raw value _serializedValue.</summary>
    public struct FP
    {
        public long _serializedValue;

        public static FP FromRaw(long raw) => new FP { _serializedValue = raw };
    }

    /// <summary>TrueSync.TSQuaternion: four FP, fields x, y, z, w.</summary>
    public struct TSQuaternion
    {
        public FP x;
        public FP y;
        public FP z;
        public FP w;
    }

    /// <summary>TrueSync.TSVector: three FP, fields x, y, z.</summary>
    public struct TSVector
    {
        public FP x;
        public FP y;
        public FP z;

        public TSVector(FP x, FP y, FP z)
        {
            this.x = x;
            this.y = y;
            this.z = z;
        }
    }
}

namespace ET
{
    /// <summary>ET's LSInput: one player's input of a lock-step frame (a MemoryPack struct in ET, not a .proto message).</summary>
    public struct LSInput
    {
        public TrueSync.FP MoveX;
        public TrueSync.FP MoveY;
        public int Button;
    }

    /// <summary>ET's ActorId: where an entity lives (process, fiber) and which instance it is.</summary>
    public struct ActorId
    {
        public int Process;
        public int Fiber;
        public long InstanceId;

        public ActorId(int process, int fiber, long instanceId)
        {
            Process = process;
            Fiber = fiber;
            InstanceId = instanceId;
        }
    }
}
