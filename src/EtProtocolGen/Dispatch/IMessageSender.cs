using System.Threading;
using System.Threading.Tasks;

namespace EtProtocolGen
{
    /// <summary>Sends one message over the host's connection (frames it with its opcode). Implemented by the host for <see cref="RpcClient"/>.</summary>
    public interface IMessageSender
    {
        /// <summary>Encodes and sends <paramref name="message"/>.</summary>
        /// <param name="message">The message; <see cref="IWireMessage.MessageOpcode"/> gives its opcode.</param>
        /// <param name="cancellationToken">Cancels the send.</param>
        ValueTask SendAsync(IWireMessage message, CancellationToken cancellationToken);
    }
}
