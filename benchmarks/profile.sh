#!/usr/bin/env bash
# CPU profile of one serializer benchmark: samples the in-process BenchmarkDotNet run with `perf record`
# (software cpu-clock event, so it works without hardware counters) and prints where the samples fell,
# by JIT-compiled method. Usage: benchmarks/profile.sh '<BenchmarkDotNet filter>' [top-N]
#   e.g. benchmarks/profile.sh '*InventoryBench*EtProtocolGen_Serialize*'
# Needs: linux-perf (Debian package `linux-perf`), a Release build of benchmarks/EtProtocolGen.Benchmarks.
set -euo pipefail
filter="${1:?usage: benchmarks/profile.sh '<filter>' [top-N]}"
top="${2:-12}"
root="$(cd "$(dirname "$0")/.." && pwd)"
dll="$root/benchmarks/EtProtocolGen.Benchmarks/bin/Release/net10.0/EtProtocolGen.Benchmarks.dll"
[ -f "$dll" ] || dotnet build -c Release "$root/benchmarks/EtProtocolGen.Benchmarks" >/dev/null
out="$(mktemp -d)"
# PerfMapEnabled writes /tmp/perf-PID.map so perf can name JIT-compiled methods; W^X off keeps code at one address.
DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 \
  perf record -q -e cpu-clock -F 1999 -o "$out/perf.data" \
  dotnet "$dll" --filter "$filter" --job short --inProcess > "$out/run.log" 2>&1
grep -E '^\| (Method|[A-Za-z]+_)' "$out/run.log" || true
echo "-- samples by method (self time), top $top"
perf report -i "$out/perf.data" --no-children --sort symbol --stdio 2>/dev/null \
  | grep -v '^#' | grep -v '^$' | head -n "$top" \
  | sed -E 's/\[(OptimizedTier1|Optimized|QuickJitted|Tier0|Tier1)\]//; s/ +- +- *$//; s/valuetype \[EtProtocolGen\]EtProtocolGen\.Wire\.//g; s/\[EtProtocolGen\.Benchmarks\] EtProtocolGen\.Benchmarks\.Messages\.//; s/ {2,}/ /g'
rm -rf "$out"
