# syntax=docker/dockerfile:1
# Casting Agency API: build with the .NET 10 SDK, run on the ASP.NET Core runtime as a non-root user.
#   docker build -t casting-agency-api .
#   docker compose up --build          (with SQL Server; see docker-compose.yml and docs/deployment.md)

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src

# Restore first, from the project files only, so that the layer is cached until a dependency changes.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Domain/CastingAgency.Domain.csproj src/Domain/
COPY src/Application/CastingAgency.Application.csproj src/Application/
COPY src/Infrastructure/CastingAgency.Infrastructure.csproj src/Infrastructure/
COPY src/WebApi/CastingAgency.WebApi.csproj src/WebApi/
RUN dotnet restore src/WebApi/CastingAgency.WebApi.csproj

COPY src/ src/
RUN dotnet publish src/WebApi/CastingAgency.WebApi.csproj -c Release -o /app --no-restore -p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    DOTNET_NOLOGO=1 \
    DOTNET_CLI_TELEMETRY_OPTOUT=1
COPY --from=build /app ./
# The aspnet images ship an unprivileged "app" user; APP_UID is its numeric id.
USER $APP_UID
EXPOSE 8080
# No HEALTHCHECK: the runtime image has no curl or wget. Probe GET /health/live and /health/ready from the
# orchestrator instead (Kubernetes probes, a load balancer, or a sidecar).
ENTRYPOINT ["dotnet", "CastingAgency.WebApi.dll"]
