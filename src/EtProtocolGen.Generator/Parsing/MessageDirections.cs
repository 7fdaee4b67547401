using EtProtocolGen.Generator.Model;

namespace EtProtocolGen.Generator.Parsing
{
    /// <summary>
    /// The one rule for which way a message travels, compiled into the generator (the registry's
    /// <c>MessageDescriptor.Direction</c>) and the analyzers (ETP0101-ETP0104, ETP0109, ETP0111, ETP0112, the manifest).
    /// In order: an inner message travels between servers; a declared <c>[Message(Direction = ...)]</c> wins; an ET-style
    /// name says it (<c>C2G_Login</c>, <c>C2Room_Join</c>: client to server; <c>G2C_Login</c>, <c>M2C_CreateUnits</c>: server
    /// to client); a response goes back to the client whose request it answers; a message without an opcode travels inside
    /// the messages that carry it (<see cref="Inherit"/>); anything else is treated as both ways, so that every rule for
    /// client input still applies to it.
    /// </summary>
    internal static class MessageDirections
    {
        private const char Client = 'C';

        /// <summary>
        /// The direction a message's own declaration and name give it. For a message without an opcode that declares none,
        /// <see cref="WireDirection.None"/> from <see cref="DirectionSource.Containers"/>: <see cref="Inherit"/> decides.
        /// </summary>
        /// <param name="isInner">[Message(Scope = Inner)].</param>
        /// <param name="declared">[Message(Direction = ...)], <see cref="WireDirection.None"/> when not set.</param>
        /// <param name="name">The type's own name.</param>
        /// <param name="isResponse">It implements <c>EtProtocolGen.IResponse</c>.</param>
        /// <param name="isValueOnly">[Message] without an opcode.</param>
        public static MessageDirectionModel Resolve(bool isInner, WireDirection declared, string name, bool isResponse, bool isValueOnly)
        {
            if (isInner)
            {
                return new MessageDirectionModel(WireDirection.None, DirectionSource.Inner);
            }

            if ((declared & WireDirection.Both) != WireDirection.None)
            {
                return new MessageDirectionModel(declared & WireDirection.Both, DirectionSource.Declared);
            }

            WireDirection named = FromName(name);
            if (named != WireDirection.None)
            {
                return new MessageDirectionModel(named, DirectionSource.Name);
            }

            if (isResponse)
            {
                return new MessageDirectionModel(WireDirection.ServerToClient, DirectionSource.Response);
            }

            return isValueOnly
                ? new MessageDirectionModel(WireDirection.None, DirectionSource.Containers)
                : new MessageDirectionModel(WireDirection.Both, DirectionSource.Unknown);
        }

        /// <summary>
        /// The direction of a message without an opcode that declares none, from the messages that carry it in a field
        /// (directly, or inside another such message).
        /// </summary>
        /// <param name="carriers">The directions of the outer messages that carry it, combined.</param>
        /// <param name="carriedByInner">An inner message carries it.</param>
        public static MessageDirectionModel Inherit(WireDirection carriers, bool carriedByInner)
        {
            if (carriers != WireDirection.None)
            {
                return new MessageDirectionModel(carriers, DirectionSource.Containers);
            }

            return carriedByInner
                ? new MessageDirectionModel(WireDirection.None, DirectionSource.Containers)
                : new MessageDirectionModel(WireDirection.Both, DirectionSource.Unknown);
        }

        /// <summary>
        /// The direction an ET-style name states: the part before the first '_' is sender, '2', receiver, each a word of
        /// letters (<c>C2G</c>, <c>M2C</c>, <c>C2Room</c>, <c>Match2G</c>), and a side named just <c>C</c> is the client. A
        /// name that says nothing about the client (<c>G2M_</c>, <c>Login</c>) gives <see cref="WireDirection.None"/>.
        /// </summary>
        public static WireDirection FromName(string name)
        {
            int underscore = name.IndexOf('_');
            int two = underscore < 0 ? -1 : name.IndexOf('2', 0, underscore);
            if (two <= 0 || two >= underscore - 1 || !IsWord(name, 0, two) || !IsWord(name, two + 1, underscore))
            {
                return WireDirection.None;
            }

            if (two == 1 && name[0] == Client)
            {
                return WireDirection.ClientToServer;
            }

            return underscore == two + 2 && name[two + 1] == Client ? WireDirection.ServerToClient : WireDirection.None;
        }

        /// <summary>
        /// Why a message's declared direction contradicts it (ETP0112), or null: a direction on an inner message, or one its
        /// ET-style name says the opposite of.
        /// </summary>
        public static string? FindConflict(bool isInner, WireDirection declared, string name)
        {
            if (declared == WireDirection.None)
            {
                return null;
            }

            if (isInner)
            {
                return "declares Direction = " + declared + " on an inner message, which travels between servers only; remove the Direction or make the message outer";
            }

            WireDirection named = FromName(name);
            return named != WireDirection.None && (declared & named) == WireDirection.None
                ? "is declared " + Describe(declared) + ", but its name says " + Describe(named) + "; rename it or correct the Direction"
                : null;
        }

        /// <summary>
        /// Why a request's response is found travelling the wrong way (ETP0112), or null: a response goes back the way its
        /// request came, so the side that sends the request decodes the response.
        /// </summary>
        public static string? FindResponseConflict(WireDirection request, string responseName, WireDirection response)
        {
            WireDirection back = Back(request);
            return back != WireDirection.None && (response & back) == WireDirection.None
                ? "is sent " + Describe(request) + ", but its response '" + responseName + "' is found " + Describe(response) + "; a response travels back the way its request came: declare Direction = " + back + " on '" + responseName + "'"
                : null;
        }

        /// <summary>The way back of a one-way direction, which its response takes; <see cref="WireDirection.None"/> for both ways or none.</summary>
        public static WireDirection Back(WireDirection request) => request switch
        {
            WireDirection.ClientToServer => WireDirection.ServerToClient,
            WireDirection.ServerToClient => WireDirection.ClientToServer,
            _ => WireDirection.None,
        };

        /// <summary>The direction in words: "client to server", "server to client", "both ways", "between servers".</summary>
        public static string Describe(WireDirection direction) => direction switch
        {
            WireDirection.ClientToServer => "client to server",
            WireDirection.ServerToClient => "server to client",
            WireDirection.Both => "both ways",
            _ => "between servers",
        };

        private static bool IsWord(string name, int start, int end)
        {
            for (int i = start; i < end; i++)
            {
                if (!char.IsLetter(name[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
