using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Client;
using EtProtocolGen.Sample.Protocol;
using EtProtocolGen.Sample.Protocol.Generated;

namespace EtProtocolGen.Client.UnityShaped
{
    /// <summary>
    /// What a Unity game's network script does with the client (C# 9, netstandard2.1): log in through the realm and the gate
    /// it names, enter a map, chat and wait for the broadcast push, read the inventory, close cleanly.
    /// </summary>
    public static class UnityShapedPlayer
    {
        private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

        /// <summary>Plays one session against the realm at <paramref name="realm"/>; returns what happened, one line per step.</summary>
        public static async Task<IReadOnlyList<string>> PlayAsync(EndPoint realm, string account, string password, CancellationToken cancellationToken)
        {
            var log = new List<string>();
            R2C_Login ticket;
            ProtocolClient realmConnection = await ProtocolClient.ConnectAsync(realm, ProtocolRegistry.TryParse, Options(null), cancellationToken);
            try
            {
                ticket = await realmConnection.Rpc.CallAsync(new C2R_Login { Account = account, Password = password }, cancellationToken);
                log.Add("realm error " + ticket.Error.ToString(CultureInfo.InvariantCulture));
                await realmConnection.CloseAsync(cancellationToken);
            }
            finally
            {
                await realmConnection.DisposeAsync();
            }

            if (ticket.Error != ErrorCodes.Success)
            {
                return log;
            }

            var pushes = new BlockingCollection<IWireMessage>();
            ProtocolClient gate = await ProtocolClient.ConnectAsync(ParseAddress(ticket.GateAddress), ProtocolRegistry.TryParse, Options(pushes), cancellationToken);
            try
            {
                G2C_LoginGate login = await gate.Rpc.CallAsync(new C2G_LoginGate { GateKey = ticket.GateKey }, cancellationToken);
                log.Add("gate error " + login.Error.ToString(CultureInfo.InvariantCulture) + ", player " + login.PlayerId.ToString(CultureInfo.InvariantCulture));

                G2C_EnterMap map = await gate.Rpc.CallAsync(new C2G_EnterMap { MapId = 1 }, cancellationToken);
                log.Add("map error " + map.Error.ToString(CultureInfo.InvariantCulture));

                await gate.SendAsync(new C2C_SendChat { Channel = 0, Text = "hello from unity" }, cancellationToken);
                G2C_ChatBroadcast line = await Task.Run(() => WaitForBroadcast(pushes, login.PlayerId, cancellationToken), cancellationToken);
                log.Add("chat \"" + line.Text + "\"");

                M2C_Inventory inventory = await gate.Rpc.CallAsync(new C2M_GetInventory { Bag = 0 }, cancellationToken);
                log.Add("inventory error " + inventory.Error.ToString(CultureInfo.InvariantCulture) + ", " + inventory.Items.Count.ToString(CultureInfo.InvariantCulture) + " stacks");

                CloseReason closed = await gate.CloseAsync(cancellationToken);
                log.Add("closed " + closed);
            }
            finally
            {
                await gate.DisposeAsync();
            }

            return log;
        }

        private static ProtocolClientOptions Options(BlockingCollection<IWireMessage> pushes)
        {
            var options = new ProtocolClientOptions { RequestTimeout = Patience };
            if (pushes != null)
            {
                options.MessageReceived = pushes.Add;
            }

            return options;
        }

        private static G2C_ChatBroadcast WaitForBroadcast(BlockingCollection<IWireMessage> pushes, long playerId, CancellationToken cancellationToken)
        {
            while (pushes.TryTake(out IWireMessage message, (int)Patience.TotalMilliseconds, cancellationToken))
            {
                if (message is G2C_ChatBroadcast line && line.FromPlayerId == playerId)
                {
                    return line;
                }
            }

            throw new TimeoutException("No chat broadcast came back.");
        }

        private static IPEndPoint ParseAddress(string address)
        {
            int colon = address.LastIndexOf(':');
            return new IPEndPoint(IPAddress.Parse(address.Substring(0, colon)), int.Parse(address.Substring(colon + 1), CultureInfo.InvariantCulture));
        }
    }
}
