using System.ComponentModel;

namespace EtProtocolGen
{
    /// <summary>Implemented by the generator on every message: runs the message's declared validation.</summary>
    public interface IValidatableMessage
    {
        /// <summary>Checks the message's validation attributes, then its <c>OnValidate</c> hook if it declares one.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        ValidationResult Validate();
    }
}
