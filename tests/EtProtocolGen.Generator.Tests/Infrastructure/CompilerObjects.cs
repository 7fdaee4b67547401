using System;
using System.Collections;
using System.Collections.Generic;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace EtProtocolGen.Generator.Tests.Infrastructure;

/// <summary>
/// Walks a pipeline step's output value (fields, collections, nested models) and fails if it holds a symbol, a syntax
/// node, a compilation or a semantic model: any of these defeats caching and keeps whole compilations alive.
/// </summary>
public static class CompilerObjects
{
    public static void AssertNone(object? value, string step) =>
        AssertNone(value, step, new HashSet<object>(ReferenceEqualityComparer.Instance));

    private static void AssertNone(object? value, string step, HashSet<object> visited)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum)
        {
            return;
        }

        Assert.False(value is ISymbol, $"{step} holds a symbol ({value.GetType().Name}).");
        Assert.False(value is SyntaxNode, $"{step} holds a syntax node ({value.GetType().Name}).");
        Assert.False(value is Compilation, $"{step} holds a compilation.");
        Assert.False(value is SemanticModel, $"{step} holds a semantic model.");

        if (!value.GetType().IsValueType && !visited.Add(value))
        {
            return;
        }

        if (value is IEnumerable items)
        {
            foreach (object? item in items)
            {
                AssertNone(item, step, visited);
            }
        }

        for (Type? type = value.GetType(); type is not null && type != typeof(object); type = type.BaseType)
        {
            foreach (FieldInfo field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                AssertNone(field.GetValue(value), step, visited);
            }
        }
    }
}
