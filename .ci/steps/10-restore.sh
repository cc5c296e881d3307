#!/usr/bin/env bash
# NuGet packages, and Node.js/npm: the API build fetches GraphiQL's assets with npm, and the cypher lint and
# graphql-http audit steps run on node. The machine image ships Node 20; install Debian's when it is absent.
set -euo pipefail
if ! command -v npm >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq nodejs npm
fi
node --version
dotnet restore KnowledgeGraph.sln
