using System.Collections.Generic;

namespace EtProtocolGen.Sample.Server.Sessions;

/// <summary>Who a session belongs to: set by the server at gate login.</summary>
/// <param name="PlayerId">The player's id.</param>
/// <param name="Account">The account name.</param>
/// <param name="Roles">The roles the account store grants.</param>
public sealed record PlayerIdentity(long PlayerId, string Account, IReadOnlySet<string> Roles);
