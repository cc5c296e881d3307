#!/usr/bin/env bash
# The service's own ingestion rate in steady state, into a file that grows: N generated bulletins are put in the
# inbox before the service starts, and the rate is measured from the FROM-th to the N-th committed bulletin (the
# first ones warm the JIT and grow the file). Extra arguments are environment settings for the service, e.g.
# Graph__Sqlite__WriteCacheMegabytes=64 or DOTNET_TieredCompilation=0. It prints the rate, the service CPU per bulletin
# and the service's peak RSS (VmHWM) at the end. --dense first generates the dense issues (2.3x the seeds' mentions)
# instead of seed-size ones: the heavier backlog, the one that sets the memory peak.
#
#   bench/scripts/service-ingest.sh 1200 400
#   bench/scripts/service-ingest.sh 3000 2000 Graph__Sqlite__WriteCacheMegabytes=64
#   bench/scripts/service-ingest.sh --dense 2400 400
set -euo pipefail
dense=(); if [ "${1:-}" = --dense ]; then dense=(--dense); shift; fi
total=${1:?usage: service-ingest.sh TOTAL FROM [NAME=VALUE ...]}; from=${2:?usage: service-ingest.sh TOTAL FROM [NAME=VALUE ...]}; shift 2
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d); trap '[ -n "${pid:-}" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
command -v sqlite3 >/dev/null || { echo "needs the sqlite3 command-line shell (apt-get install sqlite3)" >&2; exit 2; }

dotnet build -c Release "$root/bench/KnowledgeGraph.Bench" >/dev/null
dotnet "$root/bench/KnowledgeGraph.Bench/bin/Release/net10.0/KnowledgeGraph.Bench.dll" generate --bulletins "$total" --out "$work/inbox" "${dense[@]}" >/dev/null
ingested() { sqlite3 "$work/kg.db" "SELECT count(*) FROM bulletins WHERE status = 'Ingested'" 2>/dev/null || echo 0; }
cpu() { awk '{ print $14 + $15 }' "/proc/$pid/stat"; }   # clock ticks, user + system

cd "$root/src/KnowledgeGraph.Api"
env "$@" Graph__Sqlite__Path="$work/kg.db" Ingestion__Inbox="$work/inbox" ASPNETCORE_URLS=http://127.0.0.1:5099 \
  Logging__LogLevel__Default=Warning dotnet bin/Release/net10.0/KnowledgeGraph.Api.dll >"$work/service.log" 2>&1 &
pid=$!
until [ "$(ingested)" -ge "$from" ]; do sleep 0.05; done
n0=$(ingested); t0=$(cpu); s0=$(date +%s.%N)
until [ "$(ingested)" -ge "$total" ]; do sleep 0.05; done
n1=$(ingested); t1=$(cpu); s1=$(date +%s.%N)
ticks=$(getconf CLK_TCK)
hwm=$(awk '/^VmHWM/ { print $2 }' "/proc/$pid/status")   # kB: the service's peak resident memory so far
python3 - "$n0" "$n1" "$t0" "$t1" "$s0" "$s1" "$ticks" "$hwm" <<'PY'
import sys
n0, n1, t0, t1, s0, s1, hz, hwm = (float(x) for x in sys.argv[1:])
print(f"bulletins {n0:.0f}–{n1:.0f}: {(n1 - n0) / (s1 - s0):.0f} bulletins/s, service CPU {(t1 - t0) / hz * 1000 / (n1 - n0):.1f} ms per bulletin, peak RSS {hwm / 1024:.0f} MB")
PY
