#!/usr/bin/env bash
# Lints cypher/*.cypher with Neo4j's own parser (@neo4j-cypher/language-support): syntax, semantics and
# undeclared $parameters. Needs Node 18+ and npm (apt installs them on a bare Debian machine).
set -euo pipefail
cd "$(dirname "$0")/../../tools/cypher-lint"
if ! command -v npm >/dev/null 2>&1; then
  apt-get update
  apt-get install -y nodejs npm
fi
npm ci --no-audit --no-fund --loglevel=error
node lint.mjs ../../cypher
