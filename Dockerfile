# syntax=docker/dockerfile:1
# The KnowledgeGraph API (GraphQL + ingestion worker), multi-stage: SDK image builds, ASP.NET runtime image runs.
# The store is chosen by configuration only: docker-compose.yml sets Graph__Store=Neo4j and Graph__Neo4j__*;
# without them the image runs on the embedded SQLite store under /data.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# The API's build copies GraphiQL's assets from npm (ClientApp/, see KnowledgeGraph.Api.csproj): it needs Node.
RUN apt-get update \
    && apt-get install -y --no-install-recommends nodejs npm \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# Restore first, from the project files only, so the package layer is cached until a dependency changes.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/KnowledgeGraph.Domain/KnowledgeGraph.Domain.csproj src/KnowledgeGraph.Domain/
COPY src/KnowledgeGraph.Extraction/KnowledgeGraph.Extraction.csproj src/KnowledgeGraph.Extraction/
COPY src/KnowledgeGraph.Storage.Sqlite/KnowledgeGraph.Storage.Sqlite.csproj src/KnowledgeGraph.Storage.Sqlite/
COPY src/KnowledgeGraph.Storage.Neo4j/KnowledgeGraph.Storage.Neo4j.csproj src/KnowledgeGraph.Storage.Neo4j/
COPY src/KnowledgeGraph.Api/KnowledgeGraph.Api.csproj src/KnowledgeGraph.Api/
RUN dotnet restore src/KnowledgeGraph.Api/KnowledgeGraph.Api.csproj
# cypher/ is embedded into KnowledgeGraph.Storage.Neo4j at build time (the runtime image needs no .cypher files).
COPY cypher/ cypher/
COPY src/ src/
RUN dotnet publish src/KnowledgeGraph.Api/KnowledgeGraph.Api.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
RUN mkdir -p /data/inbox && chown -R "$APP_UID" /data
VOLUME /data
# Bulletins dropped into /data/inbox are ingested; the API listens on 8080. Two malloc arenas: see
# src/KnowledgeGraph.Api/Hosting/NativeHeap.cs (it must be in the environment before the runtime starts). The GC is
# the one the project ships (server GC): with workstation GC, chain maps served during ingestion went from a 12 ms
# to a 592 ms p95 at 1M entities, and the worker ingested ~20% fewer bulletins/s (docs/benchmarks.md).
ENV ASPNETCORE_URLS=http://+:8080 \
    Ingestion__Inbox=/data/inbox \
    MALLOC_ARENA_MAX=2
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["dotnet", "KnowledgeGraph.Api.dll"]
