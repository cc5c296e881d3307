#!/usr/bin/env bash
# GraphQL-over-HTTP conformance: starts the service with the README's run command on a free port and a temp
# data dir, waits for /health/ready, runs the graphql-http server audits, stops the service. Fails if any
# MUST audit fails; SHOULD/MAY results are printed.
set -euo pipefail
cd "$(dirname "$0")/../.."

command -v node >/dev/null || { echo "node is required for the graphql-http audit" >&2; exit 1; }
(cd tools/graphql-http-audit && npm ci --no-audit --no-fund --loglevel=error)

dotnet build src/KnowledgeGraph.Api -c Release -v quiet -nologo

port=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();})')
data=$(mktemp -d)
log="$data/service.log"
url="http://127.0.0.1:$port"

# The README's run command, pointed at a free port (--urls beats the launch profile) and a throw-away store.
# setsid: the service gets its own process group, so stopping it also stops the app dotnet run started.
Graph__Sqlite__Path="$data/graph.db" \
  setsid dotnet run --project src/KnowledgeGraph.Api -c Release --no-build -- --urls "$url" >"$log" 2>&1 &
pid=$!
cleanup() {
  kill -TERM -- "-$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  rm -rf "$data"
}
trap cleanup EXIT

ready() { node -e 'fetch(process.argv[1]).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))' "$url/health/ready"; }
for _ in $(seq 1 120); do
  if ready; then break; fi
  if ! kill -0 "$pid" 2>/dev/null; then echo "service exited early:" >&2; cat "$log" >&2; exit 1; fi
  sleep 1
done
ready || { echo "service not ready after 120 s:" >&2; cat "$log" >&2; exit 1; }

node tools/graphql-http-audit/audit.mjs "$url/graphql"
