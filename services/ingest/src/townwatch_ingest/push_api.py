"""The push HTTP API: ``POST /articles`` (one JSON article, or NDJSON in bulk, behind a bearer token) and ``GET /healthz``."""

from __future__ import annotations

import hmac
import logging

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from townwatch_ingest.draft import ArticleDraft, parse_draft
from townwatch_ingest.intake import Intake, Outcome
from townwatch_ingest.rejection import Rejection, RejectionBody
from townwatch_ingest.settings import IngestSettings
from townwatch_runtime.http_metrics import instrument_http

__all__ = ["BULK_TYPES", "SINGLE_TYPES", "create_app"]

log = logging.getLogger(__name__)

SINGLE_TYPES = frozenset({"application/json"})
BULK_TYPES = frozenset({"application/x-ndjson", "application/ndjson", "application/jsonl",
                        "application/x-jsonlines", "application/jsonlines"})


def _media_type(header: str | None) -> tuple[str, str | None]:
    if not header:
        return "", None
    mime, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            charset = value.strip().strip('"').lower()
    return mime.strip().lower(), charset


async def _read_capped(request: Request, limit: int) -> bytes:
    body = bytearray()
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise Rejection("too_large", f"body is {declared} bytes; the limit is {limit}", 413)
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise Rejection("too_large", f"body is over the limit of {limit} bytes", 413)
    return bytes(body)


class RejectedItem(RejectionBody):
    """A refused item of a push, where it stood in the body (``index``; ``line`` in a bulk body)."""

    index: int
    line: int


def _answer(accepted: list[str], duplicates: list[str], rejected: list[RejectedItem],
            in_progress: list[str], retry_after_s: int) -> JSONResponse:
    """202 when anything was accepted (or was a duplicate, already accepted before); 503 with Retry-After when the
    only items taken are being published by another request right now (``in_progress``: send them again after
    Retry-After; if that request died, they are taken then); otherwise the rejections' shared 4xx status (400 when
    they differ)."""
    body = {"accepted": accepted, "duplicates": duplicates, "rejected": rejected, "in_progress": in_progress}
    retry = {"Retry-After": str(retry_after_s)} if in_progress else None
    if accepted or duplicates or (not rejected and not in_progress):
        return JSONResponse(body, status_code=202, headers=retry)
    if in_progress:
        return JSONResponse(body, status_code=503, headers=retry)
    statuses = {r["status"] for r in rejected}
    return JSONResponse(body, status_code=statuses.pop() if len(statuses) == 1 else 400)


def _error(status: int, reason: str, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": message, "reason": reason}, status_code=status, headers=headers)


def create_app(settings: IngestSettings, intake: Intake) -> FastAPI:
    """The push API over ``intake``. Articles are published (acks=all) before the 202 is sent."""
    app = instrument_http(FastAPI(title="townwatch ingest", docs_url=None, redoc_url=None, openapi_url=None))
    tokens = [t.encode("utf-8") for t in settings.push_token_values()]

    def authorised(request: Request) -> bool:
        scheme, _, given = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not given:
            return False
        given_bytes = given.strip().encode("utf-8", errors="replace")
        return any(hmac.compare_digest(given_bytes, token) for token in tokens)

    @app.exception_handler(Exception)
    async def internal_error(request: Request, exc: Exception) -> JSONResponse:
        log.error("push: internal error on %s: %s: %s", request.url.path, type(exc).__name__, exc)
        return _error(500, "internal", "internal error; nothing from this request was lost or half-taken beyond "
                                       "the ids already answered")

    @app.get("/healthz")
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.post("/articles")
    async def post_articles(request: Request) -> JSONResponse:
        if not tokens:
            return _error(503, "disabled", "push is disabled: no token configured (TOWNWATCH_PUSH_TOKENS)")
        if not authorised(request):
            return _error(401, "unauthorised", "a valid bearer token is required",
                          {"WWW-Authenticate": 'Bearer realm="townwatch-ingest"'})
        mime, charset = _media_type(request.headers.get("content-type"))
        try:
            if mime not in SINGLE_TYPES and mime not in BULK_TYPES:
                raise Rejection("content_type", f"content type {mime or 'missing'!r} is not accepted; send "
                                "application/json (one article) or application/x-ndjson (bulk)", 415)
            if charset not in (None, "utf-8", "utf8"):
                raise Rejection("content_type", f"charset {charset!r} is not accepted; send UTF-8", 415)
            bulk = mime in BULK_TYPES
            body = await _read_capped(request, settings.max_push_body_bytes if bulk else settings.max_article_bytes)
        except Rejection as rejection:
            intake.count_rejection(rejection)
            return _error(rejection.status, rejection.reason, rejection.message)
        if bulk:
            items = [(n, line) for n, line in enumerate(body.split(b"\n"), start=1) if line.strip()]
            if not items:
                empty = Rejection("malformed", "the body holds no NDJSON lines", 400)
                intake.count_rejection(empty)
                return _error(400, empty.reason, empty.message)
            if len(items) > settings.max_push_lines:  # refused whole, before any line is published
                many = Rejection("too_large", f"{len(items)} NDJSON lines; at most {settings.max_push_lines} per request", 413)
                intake.count_rejection(many)
                return _error(413, "too_many_lines", many.message)
        else:
            items = [(1, body)]
        accepted: list[str] = []
        duplicates: list[str] = []
        in_progress: list[str] = []
        rejected: list[RejectedItem] = []
        parsed: list[ArticleDraft | Rejection] = []
        for _line, raw in items:
            try:
                parsed.append(parse_draft(raw, settings.max_article_bytes))
            except Rejection as rejection:
                parsed.append(rejection)
        drafts = [d for d in parsed if not isinstance(d, Rejection)]
        admitted = iter(await intake.admit_many(drafts, "push") if drafts else [])
        for index, ((line, _raw), draft) in enumerate(zip(items, parsed, strict=True)):
            outcome = draft if isinstance(draft, Rejection) else next(admitted)
            if isinstance(outcome, Rejection):
                if outcome is draft:
                    intake.count_rejection(outcome)
                rejected.append({"index": index, "line": line, **outcome.as_dict()})
            elif isinstance(outcome, BaseException):  # the broker or Redis: nothing from this item on was taken
                log.error("push: could not publish: %s: %s", type(outcome).__name__, outcome)
                body_out = {"accepted": accepted, "duplicates": duplicates, "rejected": rejected, "in_progress": in_progress,
                            "error": f"could not publish item {index} (line {line}); it and the items after it "
                                     f"were not taken: {type(outcome).__name__}", "reason": "unavailable"}
                return JSONResponse(body_out, status_code=503, headers={"Retry-After": "5"})
            else:
                {Outcome.PUBLISHED: accepted, Outcome.DUPLICATE: duplicates,
                 Outcome.IN_PROGRESS: in_progress}[outcome.outcome].append(outcome.article.id)
        return _answer(accepted, duplicates, rejected, in_progress, settings.seen_lease_s)

    return app
