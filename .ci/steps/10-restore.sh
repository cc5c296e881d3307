#!/usr/bin/env bash
set -euo pipefail
dotnet restore KnowledgeGraph.sln
