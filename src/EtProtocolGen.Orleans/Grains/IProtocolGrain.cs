using System.Threading.Tasks;
using Orleans;

namespace EtProtocolGen.Orleans.Grains;

/// <summary>
/// An entity addressed by id (a unit, a room, a player) that receives protocol messages: the grain runs the generated
/// dispatchers with a <see cref="ForwardedSession"/> of the caller's identity. Derive the entity's own grain interface from
/// it (<c>public interface IUnitGrain : IProtocolGrain</c>) and implement it with <see cref="ProtocolGrain{TSession}"/>.
/// </summary>
[Alias("EtProtocolGen.Orleans.IProtocolGrain")]
public interface IProtocolGrain : IGrainWithIntegerKey
{
    /// <summary>
    /// Dispatches one message as if <paramref name="caller"/> had sent it to this entity: scope, decoding within limits,
    /// authorization and validation are checked here, by the entity's generated dispatcher. Never throws for anything in
    /// <paramref name="message"/>: refusals come back in the reply.
    /// </summary>
    [Alias("Dispatch")]
    Task<ProtocolReply> DispatchAsync(ProtocolIdentity caller, ProtocolEnvelope message);
}
