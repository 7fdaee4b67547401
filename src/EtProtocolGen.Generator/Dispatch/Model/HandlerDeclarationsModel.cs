using EtProtocolGen.Generator.Helpers;

namespace EtProtocolGen.Generator.Dispatch.Model
{
    /// <summary>The handler interfaces one class implements: those whose message the compilation shows, and those that wait for the .proto messages.</summary>
    internal sealed record HandlerDeclarationsModel(EquatableArray<HandlerModel> Handlers, EquatableArray<PendingHandlerModel> Pending)
    {
        public static HandlerDeclarationsModel None { get; } = new HandlerDeclarationsModel(EquatableArray<HandlerModel>.Empty, EquatableArray<PendingHandlerModel>.Empty);
    }
}
