using System.Threading;
using System.Threading.Tasks;

namespace EtProtocolGen
{
    /// <summary>
    /// Handles a one-way message. The generator finds every non-abstract class that implements this interface and
    /// routes <typeparamref name="TMessage"/> to it, after scope, decoding, authorization and validation passed.
    /// </summary>
    /// <typeparam name="TSession">The host's session type.</typeparam>
    /// <typeparam name="TMessage">The message type (a <see cref="MessageAttribute"/> type).</typeparam>
    public interface IMessageHandler<in TSession, in TMessage>
        where TSession : IProtocolSession
        where TMessage : IMessage
    {
        /// <summary>Handles one message. Complete synchronously when you can: dispatch then allocates nothing.</summary>
        /// <param name="session">The session the message came from.</param>
        /// <param name="message">The decoded, authorized and validated message.</param>
        /// <param name="cancellationToken">Canceled when the host stops processing the session.</param>
        ValueTask HandleAsync(TSession session, TMessage message, CancellationToken cancellationToken);
    }
}
