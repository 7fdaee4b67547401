using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;

namespace EtProtocolGen
{
    /// <summary>
    /// The calling side of request/response (ET's <c>Session.Call</c>): <see cref="CallAsync{TRequest, TResponse}(TRequest, TimeSpan, CancellationToken)"/>
    /// gives the request a fresh RpcId, sends it and returns a task that the response with the same RpcId completes.
    /// The host feeds every incoming response to <see cref="OnResponse"/>, which refuses responses nobody waits for or of the
    /// wrong type. Thread-safe.
    /// </summary>
    public sealed class RpcClient : IRpcCaller, IDisposable
    {
        /// <summary>The timeout used when none is given: 30 seconds.</summary>
        public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

        private readonly object _gate = new object();
        private readonly Dictionary<int, PendingCall> _pending = new Dictionary<int, PendingCall>();
        private readonly IMessageSender _sender;
        private int _lastRpcId;
        private bool _disposed;

        /// <summary>Creates a client that sends through <paramref name="sender"/> with <see cref="DefaultTimeout"/>.</summary>
        public RpcClient(IMessageSender sender)
            : this(sender, DefaultTimeout)
        {
        }

        /// <summary>Creates a client that sends through <paramref name="sender"/>.</summary>
        /// <param name="sender">Sends requests over the host's connection.</param>
        /// <param name="timeout">How long a call waits for its response unless the call gives its own; <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> waits forever.</param>
        public RpcClient(IMessageSender sender, TimeSpan timeout)
        {
            _sender = sender ?? throw new ArgumentNullException(nameof(sender));
            ValidateTimeout(timeout);
            Timeout = timeout;
        }

        /// <summary>How long a call waits for its response unless the call gives its own timeout.</summary>
        public TimeSpan Timeout { get; }

        /// <summary>How many requests wait for their response.</summary>
        public int PendingCount
        {
            get
            {
                lock (_gate)
                {
                    return _pending.Count;
                }
            }
        }

        /// <summary>Sends <paramref name="request"/> and waits for its response with the client's <see cref="Timeout"/>.</summary>
        public Task<TResponse> CallAsync<TRequest, TResponse>(TRequest request, CancellationToken cancellationToken = default)
            where TRequest : IRequest, IWireMessage
            where TResponse : IResponse =>
            CallAsync<TRequest, TResponse>(request, Timeout, cancellationToken);

        /// <summary>
        /// Gives <paramref name="request"/> a fresh RpcId, sends it, and returns a task completed by the response with that RpcId.
        /// The task fails with <see cref="TimeoutException"/> when no response came within <paramref name="timeout"/>, is canceled
        /// when <paramref name="cancellationToken"/> is, and fails with the sender's exception when sending fails. A response
        /// whose <see cref="IResponse.Error"/> is not 0 still completes the task: check it.
        /// </summary>
        public Task<TResponse> CallAsync<TRequest, TResponse>(TRequest request, TimeSpan timeout, CancellationToken cancellationToken = default)
            where TRequest : IRequest, IWireMessage
            where TResponse : IResponse
        {
            if (request is null)
            {
                throw new ArgumentNullException(nameof(request));
            }

            ValidateTimeout(timeout);
            if (cancellationToken.IsCancellationRequested)
            {
                return Task.FromCanceled<TResponse>(cancellationToken);
            }

            var call = new PendingCall<TResponse>(this, request.MessageOpcode);
            lock (_gate)
            {
                if (_disposed)
                {
                    throw new ObjectDisposedException(nameof(RpcClient));
                }

                // Skip 0 (never a valid RpcId) and, after wrap-around, ids still waiting for an answer.
                int rpcId;
                do
                {
                    rpcId = unchecked(++_lastRpcId);
                }
                while (rpcId == 0 || _pending.ContainsKey(rpcId));

                call.RpcId = rpcId;
                _pending.Add(rpcId, call);

                // Under the lock, so no response, timeout or cancellation can complete the call before its timer exists.
                call.Start(timeout, cancellationToken);
            }

            // Registered before sending, so a response that arrives at once finds the call.
            request.RpcId = call.RpcId;

            ValueTask sending;
            try
            {
                sending = _sender.SendAsync(request, cancellationToken);
            }
            catch (Exception exception)
            {
                Fail(call, exception);
                return call.Task;
            }

            if (!sending.IsCompletedSuccessfully)
            {
                ObserveSend(sending, call);
            }

            return call.Task;
        }

        /// <summary>
        /// Completes the pending call with the response's RpcId. Refuses (and leaves every call as it was) a response whose
        /// RpcId nobody waits for, or whose type is not the one the pending call expects.
        /// </summary>
        public ResponseMatch OnResponse(IResponse response)
        {
            if (response is null)
            {
                throw new ArgumentNullException(nameof(response));
            }

            PendingCall? call;
            lock (_gate)
            {
                if (!_pending.TryGetValue(response.RpcId, out call))
                {
                    return ResponseMatch.UnknownRpcId;
                }

                if (!call.Accepts(response))
                {
                    return ResponseMatch.WrongResponseType;
                }

                _pending.Remove(response.RpcId);
            }

            call.Complete(response);
            return ResponseMatch.Completed;
        }

        /// <summary>Fails every pending call with <paramref name="reason"/> (for example when the connection closed).</summary>
        public void FailAll(Exception reason)
        {
            if (reason is null)
            {
                throw new ArgumentNullException(nameof(reason));
            }

            PendingCall[] calls;
            lock (_gate)
            {
                calls = new PendingCall[_pending.Count];
                _pending.Values.CopyTo(calls, 0);
                _pending.Clear();
            }

            foreach (PendingCall call in calls)
            {
                call.Fail(reason);
            }
        }

        /// <summary>Fails every pending call with <see cref="ObjectDisposedException"/>; later calls throw it.</summary>
        public void Dispose()
        {
            lock (_gate)
            {
                if (_disposed)
                {
                    return;
                }

                _disposed = true;
            }

            FailAll(new ObjectDisposedException(nameof(RpcClient)));
        }

        private static void ValidateTimeout(TimeSpan timeout)
        {
            if (timeout != System.Threading.Timeout.InfiniteTimeSpan && (timeout <= TimeSpan.Zero || timeout.TotalMilliseconds > int.MaxValue))
            {
                throw new ArgumentOutOfRangeException(nameof(timeout));
            }
        }

        private static async void ObserveSend(ValueTask sending, PendingCall call)
        {
            try
            {
                await sending.ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                call.Owner.Fail(call, exception);
            }
        }

        private void Fail(PendingCall call, Exception exception)
        {
            if (Remove(call))
            {
                call.Fail(exception);
            }
        }

        private bool Remove(PendingCall call)
        {
            lock (_gate)
            {
                if (_pending.TryGetValue(call.RpcId, out PendingCall? current) && ReferenceEquals(current, call))
                {
                    _pending.Remove(call.RpcId);
                    return true;
                }

                return false;
            }
        }

        /// <summary>One request waiting for its response; the type parameter lives in the subclass so matching needs no reflection.</summary>
        private abstract class PendingCall
        {
            protected PendingCall(RpcClient owner, ushort opcode)
            {
                Owner = owner;
                Opcode = opcode;
            }

            public RpcClient Owner { get; }

            public ushort Opcode { get; }

            public int RpcId { get; set; }

            public abstract bool Accepts(IResponse response);

            public abstract void Complete(IResponse response);

            public abstract void Fail(Exception exception);
        }

        private sealed class PendingCall<TResponse> : PendingCall
            where TResponse : IResponse
        {
            private readonly TaskCompletionSource<TResponse> _completion =
                new TaskCompletionSource<TResponse>(TaskCreationOptions.RunContinuationsAsynchronously);

            private CancellationTokenSource? _timer;
            private CancellationTokenRegistration _timeoutRegistration;
            private CancellationTokenRegistration _cancellationRegistration;
            private CancellationToken _cancellationToken;

            public PendingCall(RpcClient owner, ushort opcode)
                : base(owner, opcode)
            {
            }

            public Task<TResponse> Task => _completion.Task;

            public void Start(TimeSpan timeout, CancellationToken cancellationToken)
            {
                _cancellationToken = cancellationToken;
                if (timeout != System.Threading.Timeout.InfiniteTimeSpan)
                {
                    _timer = new CancellationTokenSource();
                    _timeoutRegistration = _timer.Token.Register(static state => ((PendingCall<TResponse>)state!).Expire(), this);
                    _timer.CancelAfter(timeout);
                }

                if (cancellationToken.CanBeCanceled)
                {
                    _cancellationRegistration = cancellationToken.Register(static state => ((PendingCall<TResponse>)state!).Cancel(), this);
                }
            }

            public override bool Accepts(IResponse response) => response is TResponse;

            public override void Complete(IResponse response)
            {
                _completion.TrySetResult((TResponse)response);
                Release();
            }

            public override void Fail(Exception exception)
            {
                _completion.TrySetException(exception);
                Release();
            }

            private void Expire()
            {
                if (Owner.Remove(this))
                {
                    _completion.TrySetException(new TimeoutException(
                        "No response to the request with opcode " + Opcode.ToString(CultureInfo.InvariantCulture)
                        + " and RpcId " + RpcId.ToString(CultureInfo.InvariantCulture) + " arrived in time."));
                    Release();
                }
            }

            private void Cancel()
            {
                if (Owner.Remove(this))
                {
                    _completion.TrySetCanceled(_cancellationToken);
                    Release();
                }
            }

            private void Release()
            {
                _timeoutRegistration.Dispose();
                _cancellationRegistration.Dispose();
                _timer?.Dispose();
            }
        }
    }
}
