#!/usr/bin/env bash
# Lints cypher/*.cypher with Neo4j's own parser (@neo4j-cypher/language-support): syntax, semantics and
# undeclared $parameters; first proves on deliberately broken statements that the linter does fail.
# Needs Node 18+ and npm (installed from Debian when missing).
set -euo pipefail
cd "$(dirname "$0")/../../tools/cypher-lint"
if ! command -v npm >/dev/null 2>&1; then
  apt-get update
  apt-get install -y nodejs npm
fi
npm ci --no-audit --no-fund --loglevel=error
node selftest.mjs
node lint.mjs ../../cypher
