"""The web application: the REST API (``rasd.web.api``), the pages, and the guards around them.

``create_app(db)`` opens the store (creating an empty one if there is none yet) and returns a
FastAPI app. Guards: request bodies over ``max_body`` bytes are refused with 413 before they are
read; errors answer JSON ``{"error": ...}`` and never a stack trace; every page is served with a
Content-Security-Policy that allows only the app's own scripts, so article text that slipped into
the page as HTML could still not run. Leaflet comes from its XStatic packages and Swagger UI (for
/docs) from swagger-ui-py: nothing is loaded from a CDN.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from collections.abc import Awaitable, Callable, MutableMapping
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from rasd import __version__

__all__ = ["DEFAULT_MAX_BODY", "OSM_TILES", "create_app"]

DEFAULT_MAX_BODY = 2 << 20
"""Request bodies larger than this many bytes (2 MiB) are refused with 413."""
OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"

STATIC = Path(__file__).resolve().parent / "static"
log = logging.getLogger("rasd.web")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
ASGIApp = Callable[[Scope, Callable[[], Awaitable[Message]], Callable[[Message], Awaitable[None]]], Awaitable[None]]


class BodyLimit:
    """ASGI middleware: refuse bodies over ``max_body`` bytes (413), by Content-Length or as they stream."""

    def __init__(self, app: ASGIApp, max_body: int) -> None:
        self.app, self.max_body = app, max_body

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            await _send_json(send, 413, f"the request body is larger than {self.max_body} bytes")
            return
        seen = 0
        started = refused = False

        async def counting_receive() -> Message:
            # Past the limit: answer 413 now (if nothing was sent yet) and tell the app the client left,
            # so it stops reading; whatever it answers to that is dropped.
            nonlocal seen, refused
            if refused:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body:
                    refused = True
                    if not started:
                        await _send_json(send, 413, f"the request body is larger than {self.max_body} bytes")
                    return {"type": "http.disconnect"}
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if refused:
                return
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting_receive, guarded_send)
        except Exception:
            if not refused:
                raise


async def _send_json(send: Any, status: int, message: str) -> None:
    body = json.dumps({"error": message}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


def _csp(tile_url: str | None) -> str:
    tiles = ""
    if tile_url:
        parts = urlsplit(tile_url.replace("{s}", "a"))
        if parts.scheme and parts.netloc:
            host = parts.netloc if "{s}" not in tile_url else "*." + parts.netloc.split(".", 1)[1]
            tiles = f" {parts.scheme}://{host}"
    return ("default-src 'self'; script-src 'self'; style-src 'self'; "
            f"img-src 'self' data:{tiles}; connect-src 'self'; font-src 'self'; object-src 'none'; "
            "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


@cache
def _swagger_dir() -> Path:
    return Path(str(resources.files("swagger_ui") / "static"))


def create_app(db: str | os.PathLike[str] | None = None, *, ingest_token: str | None = None,
               max_body: int = DEFAULT_MAX_BODY, tile_url: str | None = OSM_TILES) -> FastAPI:
    """The app over the store ``db`` (a path or URL; default $RASD_DB or rasd.db, created empty if absent).

    ``ingest_token``: POST /api/ingest is refused unless one is given, and then needs
    ``Authorization: Bearer <token>``. ``tile_url``: the map's tile server, None for the app's own
    base layer only.
    """
    import xstatic.pkg.leaflet
    import xstatic.pkg.leaflet_markercluster

    from rasd.extractor import Extractor
    from rasd.store import open_store
    from rasd.web.api import router

    if ingest_token is not None and not ingest_token.strip():
        raise ValueError("the ingest token is empty")
    store = open_store(db)
    app = FastAPI(title="Rasd", version=__version__, docs_url=None, redoc_url=None,
                  description="Conflict events extracted from Arabic news: incidents, their reports and evidence.")
    app.state.store = store
    app.state.ingest_token = ingest_token
    app.state.tile_url = tile_url
    app.state.write_lock = threading.Lock()
    app.state.extractor = cache(Extractor)  # resources load on the first extraction, not at start-up
    app.include_router(router)
    csp = _csp(tile_url)

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Any:
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = csp
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return JSONResponse({"error": str(exc.detail)}, status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def validation_error(_request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = [{"where": ".".join(str(p) for p in e.get("loc", ())), "problem": e.get("msg", "")}
                    for e in exc.errors()]
        text = "; ".join(f"{p['where']}: {p['problem']}" for p in problems)
        return JSONResponse({"error": f"bad request: {text}", "details": problems}, status_code=422)

    @app.exception_handler(Exception)
    async def server_error(request: Request, exc: Exception) -> JSONResponse:
        log.error("error answering %s %s", request.method, request.url.path, exc_info=exc)
        return JSONResponse({"error": "internal server error"}, status_code=500)

    app.mount("/vendor/leaflet", StaticFiles(directory=xstatic.pkg.leaflet.BASE_DIR), name="leaflet")
    app.mount("/vendor/markercluster", StaticFiles(directory=xstatic.pkg.leaflet_markercluster.BASE_DIR),
              name="markercluster")
    app.mount("/vendor/swagger-ui", StaticFiles(directory=_swagger_dir()), name="swagger-ui")
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    def page(name: str) -> Callable[[], FileResponse]:
        def serve() -> FileResponse:
            return FileResponse(STATIC / name, media_type="text/html; charset=utf-8")
        return serve

    app.add_api_route("/", page("index.html"), include_in_schema=False)
    app.add_api_route("/incident/{incident_id}", page("incident.html"), include_in_schema=False)
    app.add_api_route("/paste", page("paste.html"), include_in_schema=False)
    app.add_api_route("/docs", page("docs.html"), include_in_schema=False)
    app.add_api_route("/favicon.ico", lambda: Response(status_code=204), include_in_schema=False)
    app.add_middleware(BodyLimit, max_body=max_body)  # outermost: nothing reads a refused body
    return app
