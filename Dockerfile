# syntax=docker/dockerfile:1
# One image recipe for every townwatch service; SERVICE picks which (ingest, extract or alert).
# Build from the repository root:  docker build --build-arg SERVICE=extract --build-arg PORTS=9102 .
# (docker-compose.yml does this for each service, with the base images pinned in .env.)
ARG PYTHON_IMAGE=python:3.11.11-slim-bookworm
ARG UV_IMAGE=ghcr.io/astral-sh/uv:0.13.9

FROM ${UV_IMAGE} AS uv

FROM ${PYTHON_IMAGE} AS build
ARG SERVICE
RUN test -n "${SERVICE}" || { echo "build with --build-arg SERVICE=ingest|extract|alert" >&2; exit 1; }
COPY --from=uv /uv /usr/local/bin/uv
ENV UV_COMPILE_BYTECODE=1 UV_LINK_MODE=copy UV_PYTHON_DOWNLOADS=never \
    UV_PYTHON=/usr/local/bin/python3 UV_PROJECT_ENVIRONMENT=/app
WORKDIR /src
# uv discovers the whole workspace even for one package, so every member's pyproject.toml must be present.
COPY pyproject.toml uv.lock README.md ./
COPY schemas/pyproject.toml schemas/
COPY libs/runtime/pyproject.toml libs/runtime/
COPY libs/gazetteer/pyproject.toml libs/gazetteer/
COPY services/ingest/pyproject.toml services/ingest/
COPY services/extract/pyproject.toml services/extract/
COPY services/alert/pyproject.toml services/alert/
# Third-party dependencies first (for extract, spaCy and its model package): this layer survives code changes.
RUN --mount=type=cache,target=/root/.cache/uv \
    uv sync --package townwatch-${SERVICE} --frozen --no-dev --no-install-workspace
COPY schemas/ schemas/
COPY libs/ libs/
COPY services/${SERVICE}/ services/${SERVICE}/
RUN --mount=type=cache,target=/root/.cache/uv \
    uv sync --package townwatch-${SERVICE} --frozen --no-dev --no-editable \
    && ln -s /app/bin/townwatch-${SERVICE} /app/bin/townwatch-service

FROM ${PYTHON_IMAGE}
# PORTS: what the service listens on (ingest "8080 9101", extract "9102", alert "8000 9103"); compose sets both.
ARG SERVICE
ARG PORTS
LABEL org.opencontainers.image.title="townwatch-${SERVICE}"
RUN useradd --system --uid 10001 --home-dir /var/lib/townwatch --create-home townwatch
COPY --from=build /app /app
# Listen on every interface in a container; each service reads only its own settings (the others are ignored).
ENV PATH=/app/bin:$PATH PYTHONUNBUFFERED=1 \
    TOWNWATCH_METRICS_HOST=0.0.0.0 TOWNWATCH_HTTP_HOST=0.0.0.0 TOWNWATCH_API_HOST=0.0.0.0
WORKDIR /var/lib/townwatch
USER townwatch
EXPOSE ${PORTS}
CMD ["townwatch-service"]
