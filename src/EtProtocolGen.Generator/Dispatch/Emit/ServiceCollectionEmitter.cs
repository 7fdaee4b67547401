using System.Collections.Generic;
using EtProtocolGen.Generator.Dispatch.Model;
using EtProtocolGen.Generator.Dispatch.Planning;
using EtProtocolGen.Generator.Helpers;
using static EtProtocolGen.Generator.Dispatch.Emit.GeneratedCode;

namespace EtProtocolGen.Generator.Dispatch.Emit
{
    /// <summary>Writes the Microsoft.Extensions.DependencyInjection extension that registers every handler and dispatcher.</summary>
    internal static class ServiceCollectionEmitter
    {
        public const string ClassName = "ProtocolServiceCollectionExtensions";

        private const string Services = "global::Microsoft.Extensions.DependencyInjection.IServiceCollection";
        private const string Descriptors = "global::Microsoft.Extensions.DependencyInjection.Extensions.ServiceCollectionDescriptorExtensions";
        private const string Provider = "global::Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions";

        /// <summary>The extension method's name: unique per assembly, so a host that references two handler assemblies can call both.</summary>
        public static string MethodName(CompilationTargetModel target) => "Add" + target.AssemblyIdentifier + "Dispatchers";

        public static string Emit(IReadOnlyList<DispatcherPlan> plans, IReadOnlyList<LimitsPlan> limits, CompilationTargetModel target)
        {
            IndentedTextWriter writer = Begin(target.GeneratedNamespace);
            writer.WriteLine("/// <summary>Registers this assembly's message handlers and dispatchers with Microsoft.Extensions.DependencyInjection.</summary>");
            writer.WriteLine(RuntimeContract.GeneratedCodeAttribute);
            writer.WriteLine("public static class " + ClassName);
            writer.OpenBlock();
            writer.WriteLine("/// <summary>");
            writer.WriteLine("/// Registers every handler class as a singleton unless it is already registered (register one yourself first to choose");
            writer.WriteLine("/// another lifetime or instance), and every dispatcher (" + string.Join(", ", DispatcherNames(plans)) + ") as a singleton built from them.");
            bool usesLimiter = false;
            foreach (LimitsPlan planLimits in limits)
            {
                usesLimiter |= planLimits.UsesLimiter;
            }

            if (usesLimiter)
            {
                writer.WriteLine("/// Dispatchers with rate or concurrency limits take the registered <see cref=\"global::EtProtocolGen.IDispatchLimiter\"/>:");
                writer.WriteLine(target.HasDispatchLimiter
                    ? "/// a <see cref=\"global::EtProtocolGen.DispatchLimiter\"/> unless one is registered first."
                    : "/// register one first (this runtime build has no DispatchLimiter).");
            }

            writer.WriteLine("/// </summary>");
            writer.WriteLine("public static " + Services + " " + MethodName(target) + "(this " + Services + " services)");
            writer.OpenBlock();
            writer.WriteLine("if (services is null)");
            writer.OpenBlock();
            writer.WriteLine("throw new global::System.ArgumentNullException(nameof(services));");
            writer.CloseBlock();
            writer.WriteLine();

            var handlerTypes = new SortedSet<string>(System.StringComparer.Ordinal);
            foreach (DispatcherPlan plan in plans)
            {
                foreach (DispatcherPlan.HandlerParameter parameter in plan.Parameters)
                {
                    handlerTypes.Add(parameter.TypeName);
                }
            }

            foreach (string handlerType in handlerTypes)
            {
                writer.WriteLine(Descriptors + ".TryAddSingleton<" + handlerType + ">(services);");
            }

            if (usesLimiter && target.HasDispatchLimiter)
            {
                writer.WriteLine(Descriptors + ".TryAddSingleton<global::EtProtocolGen.IDispatchLimiter>(services, static _ => new global::EtProtocolGen.DispatchLimiter());");
            }

            for (int p = 0; p < plans.Count; p++)
            {
                DispatcherPlan plan = plans[p];
                var arguments = new List<string>();
                if (limits[p].UsesLimiter)
                {
                    arguments.Add(Provider + ".GetRequiredService<global::EtProtocolGen.IDispatchLimiter>(provider)");
                }

                foreach (DispatcherPlan.HandlerParameter parameter in plan.Parameters)
                {
                    arguments.Add(Provider + ".GetRequiredService<" + parameter.TypeName + ">(provider)");
                }

                writer.WriteLine(Descriptors + ".TryAddSingleton<" + plan.ClassName + ">(services, static provider => new " + plan.ClassName + "(");
                writer.Indent();
                for (int i = 0; i < arguments.Count; i++)
                {
                    writer.WriteLine(arguments[i] + (i == arguments.Count - 1 ? "));" : ","));
                }

                writer.Unindent();
            }

            writer.WriteLine("return services;");
            writer.CloseBlock();
            writer.CloseBlock();
            return End(writer);
        }

        private static IEnumerable<string> DispatcherNames(IReadOnlyList<DispatcherPlan> plans)
        {
            foreach (DispatcherPlan plan in plans)
            {
                yield return "<see cref=\"" + plan.ClassName + "\"/>";
            }
        }
    }
}
