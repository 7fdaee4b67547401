using System.Threading.Tasks;
using EtProtocolGen.Analyzers.Tests.Infrastructure;
using EtProtocolGen.CodeFixes;
using Xunit;
using Verifier = EtProtocolGen.Analyzers.Tests.Infrastructure.Verify<EtProtocolGen.Analyzers.ExceptionTextInResponseAnalyzer>;

namespace EtProtocolGen.Analyzers.Tests
{
    public class ExceptionTextInResponseAnalyzerTests
    {
        private const string Response = """
            using EtProtocolGen;

            [Message(2)]
            public partial class M2C_Buy : IResponse
            {
                [Field(1)] public int RpcId { get; set; }
                [Field(2)] public int Error { get; set; }
                [Field(3)] public string Message { get; set; } = "";
                [Field(4)] public string Detail { get; set; } = "";
            }
            """;

        [Fact]
        public Task Exception_message_stack_trace_and_formatted_exceptions_written_into_a_response_are_reported() =>
            Verifier.DiagnosticsAsync(
                """
                using System;

                public static class Shop
                {
                    public static M2C_Buy Fail(Exception ex, M2C_Buy response)
                    {
                        response.Message = {|ETP0108:ex.Message|};
                        response.Detail = {|ETP0108:ex.StackTrace ?? ""|};
                        return new M2C_Buy { Message = {|ETP0108:ex.ToString()|}, Detail = {|ETP0108:$"failed: {ex}"|} };
                    }

                    public static void Concatenated(InvalidOperationException ex, EtProtocolGen.IResponse response) =>
                        response.Message = {|ETP0108:"failed: " + ex|};
                }
                """,
                Response);

        [Fact]
        public Task The_message_names_the_text_the_member_and_the_response() =>
            Verifier.DiagnosticsAsync(
                new[]
                {
                    """
                    using System;

                    public static class Shop
                    {
                        public static void Fail(Exception ex, M2C_Buy response) => response.Message = ex.Message;
                    }
                    """,
                    Response,
                },
                Verifier.Diagnostic(DiagnosticDescriptors.ExceptionTextInResponse)
                    .WithSpan(5, 83, 5, 93)
                    .WithArguments("ex.Message", "Message", "M2C_Buy"));

        [Fact]
        public Task Fixed_text_error_codes_and_exception_text_kept_out_of_responses_are_not_reported() =>
            Verifier.DiagnosticsAsync(
                """
                using System;
                using EtProtocolGen;

                public sealed class LogEntry
                {
                    public string Message { get; set; } = "";
                }

                public static class Shop
                {
                    public static void Fail(Exception ex, M2C_Buy response, LogEntry log)
                    {
                        response.Error = ErrorCodes.InternalError;
                        response.Message = "purchase failed";
                        response.Detail = ex.GetType() == typeof(TimeoutException) ? "timeout" : "";
                        log.Message = ex.ToString();
                    }
                }
                """,
                Response);

        [Fact]
        public Task A_generic_handler_whose_response_is_a_constrained_type_parameter_is_reported() =>
            Verifier.DiagnosticsAsync(
                """
                using System;
                using EtProtocolGen;

                public static class ReplyHelper
                {
                    public static TResponse Fail<TResponse>(Exception exception) where TResponse : IResponse, new()
                    {
                        var response = new TResponse();
                        response.Message = {|ETP0108:exception.ToString()|};
                        return response;
                    }

                    public static void Formatted<TResponse>(TResponse response, Exception ex) where TResponse : class, IResponse =>
                        response.Message = {|ETP0108:string.Format("{0}", ex)|};

                    public static void Joined(IResponse response, Exception ex) =>
                        response.Message = {|ETP0108:string.Concat("failed: ", ex)|};

                    public static void NotAResponse<T>(T holder, Exception ex) where T : IMessage { }
                }
                """);

        [Fact]
        public Task The_fix_logs_the_exception_blanks_the_text_and_sets_an_error_code_in_statements_and_initializers() =>
            Verifier.FixAsync<ReplaceExceptionTextCodeFix>(
                new[]
                {
                    """
                    using System;
                    using EtProtocolGen;

                    public static class Shop
                    {
                        public static M2C_Buy Fail(Exception ex, M2C_Buy response)
                        {
                            response.Message = {|ETP0108:ex.Message|};
                            return response;
                        }

                        public static M2C_Buy Create(Exception ex) => new M2C_Buy { RpcId = 1, Message = {|ETP0108:ex.ToString()|} };

                        public static M2C_Buy Coded(Exception ex) => new M2C_Buy { Error = 7, Message = {|ETP0108:ex.Message|} };
                    }
                    """,
                    Response,
                },
                new[]
                {
                    """
                    using System;
                    using EtProtocolGen;

                    public static class Shop
                    {
                        public static M2C_Buy Fail(Exception ex, M2C_Buy response)
                        {
                            System.Diagnostics.Trace.TraceError(ex.ToString());
                            response.Message = "";
                            response.Error = ErrorCodes.InternalError;
                            return response;
                        }

                        public static M2C_Buy Create(Exception ex) => new M2C_Buy { RpcId = 1, Error = ErrorCodes.InternalError, Message = "" };

                        public static M2C_Buy Coded(Exception ex) => new M2C_Buy { Error = 7, Message = "" };
                    }
                    """,
                    Response,
                },
                ReplaceExceptionTextCodeFix.EquivalenceKey);

        [Fact]
        public Task In_a_catch_block_the_catch_variable_stays_used_and_if_switch_and_lambda_forms_get_the_error_code_too() =>
            Verifier.FixAsync<ReplaceExceptionTextCodeFix>(
                new[]
                {
                    """
                    using System;
                    using System.Diagnostics;
                    using EtProtocolGen;

                    public sealed class ShopHandler
                    {
                        public M2C_Buy Buy(bool verbose)
                        {
                            var response = new M2C_Buy();
                            try
                            {
                                throw new InvalidOperationException();
                            }
                            catch (Exception ex)
                            {
                                if (verbose)
                                    response.Message = {|ETP0108:ex.Message|};
                                return ex switch
                                {
                                    TimeoutException timeout => new M2C_Buy
                                    {
                                        RpcId = 1,
                                        Message = {|ETP0108:timeout.Message|},
                                    },
                                    _ => response,
                                };
                            }
                        }

                        public Action<M2C_Buy> Later(Exception ex) => reply => reply.Detail = {|ETP0108:ex.StackTrace|};
                    }
                    """,
                    Response,
                },
                new[]
                {
                    """
                    using System;
                    using System.Diagnostics;
                    using EtProtocolGen;

                    public sealed class ShopHandler
                    {
                        public M2C_Buy Buy(bool verbose)
                        {
                            var response = new M2C_Buy();
                            try
                            {
                                throw new InvalidOperationException();
                            }
                            catch (Exception ex)
                            {
                                Trace.TraceError(ex.ToString());
                                if (verbose)
                                    (response.Message, response.Error) = ("", ErrorCodes.InternalError);
                                return ex switch
                                {
                                    TimeoutException timeout => new M2C_Buy
                                    {
                                        RpcId = 1,
                                        Error = ErrorCodes.InternalError,
                                        Message = "",
                                    },
                                    _ => response,
                                };
                            }
                        }

                        public Action<M2C_Buy> Later(Exception ex) => reply => (reply.Detail, reply.Error) = ("", ErrorCodes.InternalError);
                    }
                    """,
                    Response,
                },
                ReplaceExceptionTextCodeFix.EquivalenceKey);

        [Fact]
        public Task A_class_with_an_ILogger_logs_through_it() =>
            Verifier.FixAsync<ReplaceExceptionTextCodeFix>(
                new[]
                {
                    """
                    using System;
                    using EtProtocolGen;
                    using Microsoft.Extensions.Logging;

                    public sealed class ShopHandler
                    {
                        private readonly ILogger<ShopHandler> _logger;

                        public ShopHandler(ILogger<ShopHandler> logger) => _logger = logger;

                        public M2C_Buy Buy()
                        {
                            try
                            {
                                return new M2C_Buy();
                            }
                            catch (Exception ex)
                            {
                                return new M2C_Buy { Message = {|ETP0108:ex.Message|} };
                            }
                        }
                    }
                    """,
                    Response,
                    Logging,
                },
                new[]
                {
                    """
                    using System;
                    using EtProtocolGen;
                    using Microsoft.Extensions.Logging;

                    public sealed class ShopHandler
                    {
                        private readonly ILogger<ShopHandler> _logger;

                        public ShopHandler(ILogger<ShopHandler> logger) => _logger = logger;

                        public M2C_Buy Buy()
                        {
                            try
                            {
                                return new M2C_Buy();
                            }
                            catch (Exception ex)
                            {
                                _logger.LogError(ex, "ShopHandler.Buy failed; the client gets InternalError");
                                return new M2C_Buy { Error = ErrorCodes.InternalError, Message = "" };
                            }
                        }
                    }
                    """,
                    Response,
                    Logging,
                },
                ReplaceExceptionTextCodeFix.EquivalenceKey);

        [Fact]
        public Task The_rethrow_fix_lets_dispatch_answer_and_drops_the_unused_variable() =>
            Verifier.FixAsync<ReplaceExceptionTextCodeFix>(
                new[]
                {
                    """
                    using System;
                    using EtProtocolGen;

                    public sealed class ShopHandler
                    {
                        public M2C_Buy Buy()
                        {
                            try
                            {
                                return new M2C_Buy();
                            }
                            catch (Exception ex)
                            {
                                var failed = new M2C_Buy();
                                failed.Message = {|ETP0108:ex.Message|};
                                return failed;
                            }
                        }
                    }
                    """,
                    Response,
                },
                new[]
                {
                    """
                    using System;
                    using EtProtocolGen;

                    public sealed class ShopHandler
                    {
                        public M2C_Buy Buy()
                        {
                            try
                            {
                                return new M2C_Buy();
                            }
                            catch (Exception)
                            {
                                throw;
                            }
                        }
                    }
                    """,
                    Response,
                },
                ReplaceExceptionTextCodeFix.RethrowEquivalenceKey);

        /// <summary>The part of Microsoft.Extensions.Logging the fix uses, declared here so the test needs no package.</summary>
        private const string Logging = """
            namespace Microsoft.Extensions.Logging
            {
                public interface ILogger { }

                public interface ILogger<out TCategoryName> : ILogger { }

                public static class LoggerExtensions
                {
                    public static void LogError(this ILogger logger, System.Exception exception, string message) { }
                }
            }
            """;
    }
}
