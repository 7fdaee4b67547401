using System.Collections.Generic;
using System.Net;

namespace EtProtocolGen.Transport.Server.Sockets
{
    /// <summary>The endpoints <c>ListenProtocol</c> bound, so that socket settings meant for the protocol reach only them.</summary>
    internal sealed class ProtocolEndpoints
    {
        private readonly object _gate = new object();
        private readonly List<EndPoint> _endPoints = new List<EndPoint>();

        public void Add(EndPoint endPoint)
        {
            lock (_gate)
            {
                _endPoints.Add(endPoint);
            }
        }

        public bool Contains(EndPoint endPoint)
        {
            lock (_gate)
            {
                foreach (EndPoint known in _endPoints)
                {
                    if (ReferenceEquals(known, endPoint) || known.Equals(endPoint))
                    {
                        return true;
                    }
                }

                return false;
            }
        }
    }
}
