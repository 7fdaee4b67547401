using System;
using System.Collections.Generic;
using System.Composition;
using System.Linq;
using EtProtocolGen.Analyzers.Tests.Infrastructure;
using EtProtocolGen.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Xunit;

namespace EtProtocolGen.Analyzers.Tests
{
    /// <summary>
    /// What every code fix declares so that an IDE finds it and Fix All works: it derives from <see cref="ProtocolCodeFix"/>, and
    /// carries its own MEF export (<c>[ExportCodeFixProvider]</c> named after the class, <c>[Shared]</c>; MEF does not read a base
    /// class's), a public parameterless constructor, a Fix All provider, and IDs that analyzers report. The fix tests create the
    /// fixes with <c>new</c>, so without this a fix that lost its export would pass them and never show in an editor.
    /// </summary>
    public class CodeFixConventionsTests
    {
        private static readonly Type[] FixTypes = typeof(ProtocolCodeFix).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(type))
            .OrderBy(type => type.Name, StringComparer.Ordinal)
            .ToArray();

        public static TheoryData<string> FixNames => new(FixTypes.Select(type => type.Name));

        [Fact]
        public void The_assembly_ships_the_code_fixes()
        {
            Assert.Contains(typeof(AddAuthorizationCodeFix), FixTypes);
            Assert.Contains(typeof(UpdateProtocolManifestCodeFix), FixTypes);
            Assert.True(FixTypes.Length >= 15, FixTypes.Length + " code fixes");
        }

        [Theory]
        [MemberData(nameof(FixNames))]
        public void The_fix_is_a_ProtocolCodeFix_exported_under_its_own_name_for_CSharp_and_shared(string name)
        {
            Type type = FixTypes.Single(t => t.Name == name);

            Assert.True(typeof(ProtocolCodeFix).IsAssignableFrom(type), name + " does not derive from ProtocolCodeFix");
            Assert.True(type.IsSealed, name + " is not sealed");
            var export = (ExportCodeFixProviderAttribute?)Attribute.GetCustomAttribute(type, typeof(ExportCodeFixProviderAttribute), inherit: false);
            Assert.NotNull(export);
            Assert.Equal(name, export!.Name);
            Assert.Equal(new[] { LanguageNames.CSharp }, export.Languages);
            Assert.NotNull(Attribute.GetCustomAttribute(type, typeof(SharedAttribute), inherit: false));
            Assert.NotNull(type.GetConstructor(Type.EmptyTypes));
        }

        [Theory]
        [MemberData(nameof(FixNames))]
        public void The_fix_fixes_diagnostics_an_analyzer_reports_and_offers_Fix_All(string name)
        {
            var fix = (CodeFixProvider)Activator.CreateInstance(FixTypes.Single(t => t.Name == name))!;
            IReadOnlyDictionary<string, DiagnosticDescriptor> reported = AllAnalyzers.Descriptors();

            Assert.NotEmpty(fix.FixableDiagnosticIds);
            Assert.All(fix.FixableDiagnosticIds, id => Assert.True(reported.ContainsKey(id), name + " fixes " + id + ", which no analyzer reports"));
            Assert.Equal(fix.FixableDiagnosticIds.Distinct(), fix.FixableDiagnosticIds);
            Assert.NotNull(fix.GetFixAllProvider());
        }
    }
}
