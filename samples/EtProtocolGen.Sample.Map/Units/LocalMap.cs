using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Orleans.Grains;

namespace EtProtocolGen.Sample.Map.Units;

/// <summary>
/// The map inside the one-process server: each unit is an in-process stand-in for its grain, so the gate's forwarding code
/// is the same in both modes. Messages still travel encoded and are dispatched by the map's generated dispatchers, one at a
/// time per unit (as a grain's turns); state lives in memory only.
/// </summary>
public sealed class LocalMap
{
    private readonly MapDispatch _dispatch;
    private readonly ConcurrentDictionary<long, LocalUnit> _units = new();

    /// <summary>Creates the map over its dispatchers.</summary>
    public LocalMap(MapDispatch dispatch) => _dispatch = dispatch ?? throw new ArgumentNullException(nameof(dispatch));

    /// <summary>The unit with <paramref name="unitId"/> (created empty on first use, as a grain activates).</summary>
    public IProtocolGrain Unit(long unitId) => _units.GetOrAdd(unitId, static (id, dispatch) => new LocalUnit(id, dispatch), _dispatch);

    private sealed class LocalUnit : IProtocolGrain, IUnitHost
    {
        private readonly long _unitId;
        private readonly MapDispatch _dispatch;
        private readonly SemaphoreSlim _turn = new(1, 1);

        public LocalUnit(long unitId, MapDispatch dispatch)
        {
            _unitId = unitId;
            _dispatch = dispatch;
        }

        public UnitState State { get; } = new();

        public Task SaveAsync() => Task.CompletedTask;

        public async Task<ProtocolReply> DispatchAsync(ProtocolIdentity caller, ProtocolEnvelope message)
        {
            await _turn.WaitAsync();
            try
            {
                var session = new UnitSession(caller, _unitId, this);
                DispatchResult result = await _dispatch.DispatchAsync(session, message.Opcode, message.Payload, CancellationToken.None);
                return ProtocolReply.From(session, result);
            }
            finally
            {
                _turn.Release();
            }
        }
    }
}
