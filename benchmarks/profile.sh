#!/usr/bin/env bash
# CPU profile of one benchmark: samples the in-process BenchmarkDotNet run with `perf record`
# (software cpu-clock event, so it works without hardware counters) and prints where the samples fell,
# by JIT-compiled method. Usage: benchmarks/profile.sh '<BenchmarkDotNet filter>' [top-N]
#   e.g. benchmarks/profile.sh '*InventoryBench*EtProtocolGen_Serialize*'
# BENCH=EtProtocolGen.Generator.Benchmarks profiles the generator benchmarks instead of the serializers.
# INCLUSIVE=1 records call stacks and ranks methods by inclusive time (self plus callees), keeping only lines that
# match the egrep pattern INCLUDE (default: EtProtocolGen and the Roslyn calls generators make), e.g.
#   BENCH=EtProtocolGen.Generator.Benchmarks INCLUSIVE=1 benchmarks/profile.sh '*Keystroke*.TypeInHandlerBody' 30
# Needs: linux-perf (Debian package `linux-perf`), a Release build of the benchmark project.
set -euo pipefail
filter="${1:?usage: benchmarks/profile.sh '<filter>' [top-N]}"
top="${2:-12}"
root="$(cd "$(dirname "$0")/.." && pwd)"
bench="${BENCH:-EtProtocolGen.Benchmarks}"
dll="$root/benchmarks/$bench/bin/Release/net10.0/$bench.dll"
[ -f "$dll" ] || dotnet build -c Release "$root/benchmarks/$bench" >/dev/null
callgraph=()
[ "${INCLUSIVE:-0}" = 1 ] && callgraph=(-g)
out="$(mktemp -d)"
# PerfMapEnabled writes /tmp/perf-PID.map so perf can name JIT-compiled methods; W^X off keeps code at one address.
DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 \
  perf record -q "${callgraph[@]}" -e cpu-clock -F 1999 -o "$out/perf.data" \
  dotnet "$dll" --filter "$filter" --job short --inProcess > "$out/run.log" 2>&1
grep -E '^\| (Method|[A-Za-z]+)' "$out/run.log" || true
if [ "${INCLUSIVE:-0}" = 1 ]; then
  include="${INCLUDE:-EtProtocolGen|RunGenerators|ForAttributeWithMetadataName|GetAttributes\(\)|LoadAndValidateAttributes|GetDeclaredSymbol|AllInterfaces|ToDisplayString}"
  echo "-- samples by method (inclusive time), top $top matching: $include"
  perf report -i "$out/perf.data" --children --sort symbol --stdio -g none 2>/dev/null \
    | grep -E '%' | grep -E "$include" | head -n "$top" \
    | sed -E 's/\[(OptimizedTier1|Optimized|QuickJitted|Tier0|Tier1|InstrumentedTier)\]//g; s/(class|valuetype) //g; s/\[(Microsoft\.CodeAnalysis(\.CSharp)?|System[A-Za-z.]*|netstandard)\]//g; s/ +- +- *$//; s/ {2,}/ /g' \
    | cut -c1-220
  rm -rf "$out"
  exit 0
fi
echo "-- samples by method (self time), top $top"
perf report -i "$out/perf.data" --no-children --sort symbol --stdio 2>/dev/null \
  | grep -v '^#' | grep -v '^$' | head -n "$top" \
  | sed -E 's/\[(OptimizedTier1|Optimized|QuickJitted|Tier0|Tier1)\]//; s/ +- +- *$//; s/valuetype \[EtProtocolGen\]EtProtocolGen\.Wire\.//g; s/\[EtProtocolGen\.Benchmarks\] EtProtocolGen\.Benchmarks\.Messages\.//; s/ {2,}/ /g'
rm -rf "$out"
