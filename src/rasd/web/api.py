"""The REST API under /api: incidents, one incident with its reports, statistics, map points, exports,
extraction of a pasted article, and ingest (only with the configured token).

Filters are those of ``rasd events`` (from, to, country, admin1, type, actor, bbox) plus ``q``, words
that must all appear in the incident's place, its notes or one of its articles, found through the
store's full-text index whatever the spelling variant (أ/ا, ة/ه, diacritics; ``rasd.store.search``).
Every endpoint is a thin layer over ``rasd.store`` and ``rasd.web.stats``.
"""

from __future__ import annotations

import hmac
import tempfile
from collections.abc import Iterator
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel, Field

from rasd import __version__
from rasd.store.store import IncidentFilter, Store, parse_bbox
from rasd.web import stats
from rasd.web.evidence import segment_text
from rasd.web.places import country_labels

__all__ = ["MAX_ARTICLES", "MAX_TEXT", "router"]

MAX_TEXT = 200_000
"""The longest article text the extract and ingest endpoints take, in characters."""
MAX_ARTICLES = 100
"""The most articles one ingest request may carry."""
MAX_POINTS = 100_000

router = APIRouter(prefix="/api")

HOW_TO_INGEST = ("The store is empty. Add articles with `rasd ingest PATH... --db DB` (text, HTML, JSON Lines, "
                 "RSS/Atom feeds or folders), or POST them to /api/ingest when the server was started with an "
                 "ingest token (`rasd serve --ingest-token-env VAR`).")


def _store(request: Request) -> Store:
    return request.app.state.store


def _bbox(value: str | None) -> tuple[float, float, float, float] | None:
    if not value:
        return None
    try:
        return parse_bbox(value)
    except ValueError as exc:
        raise HTTPException(400, f"bbox: {exc}") from None


def incident_filter(
    date_from: Annotated[date | None, Query(alias="from", description="first event date, YYYY-MM-DD")] = None,
    date_to: Annotated[date | None, Query(alias="to", description="last event date, YYYY-MM-DD")] = None,
    country: Annotated[str | None, Query(description="country (English name) or ISO 3166-1 numeric code")] = None,
    admin1: Annotated[str | None, Query(description="first-level unit (English name)")] = None,
    event_type: Annotated[str | None, Query(alias="type", description="ACLED event type or sub-event type")] = None,
    actor: Annotated[str | None, Query(description="part of an actor's name, any role")] = None,
    bbox: Annotated[str | None, Query(description="min_lon,min_lat,max_lon,max_lat")] = None,
    q: Annotated[str | None, Query(description="words in the place, the notes or an article's text",
                                   max_length=500)] = None,
) -> IncidentFilter:
    """The query parameters every listing, statistic and export shares, as an ``IncidentFilter``."""
    if date_from and date_to and date_from > date_to:
        raise HTTPException(400, f"'from' ({date_from}) is after 'to' ({date_to})")
    return IncidentFilter(date_from=date_from, date_to=date_to, country=country or None, admin1=admin1 or None,
                          event_type=event_type or None, actor=actor or None, bbox=_bbox(bbox),
                          text=(q or "").strip() or None)


Filter = Annotated[IncidentFilter, Depends(incident_filter)]


@router.get("/meta", summary="What the server holds and offers")
def meta(request: Request) -> dict[str, Any]:
    """Counts, event types, the countries in the store, the map's labels, and whether ingest is open."""
    store = _store(request)
    counts = store.counts()
    state = request.app.state
    return {
        "version": __version__,
        "counts": counts,
        "empty": counts["incidents"] == 0,
        "how_to_ingest": HOW_TO_INGEST if counts["documents"] == 0 else None,
        "ingest_enabled": state.ingest_token is not None,
        "tiles": state.tile_url,
        "event_types": stats.EVENT_TYPES,
        "sort_keys": list(stats.SORT_KEYS),
        "labels": country_labels(),
        **stats.store_places(store.engine),
    }


@router.get("/incidents", summary="List incidents")
def list_incidents(
    request: Request,
    where: Filter,
    limit: Annotated[int, Query(ge=1, le=1000)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
    sort: Annotated[Literal[tuple(stats.SORT_KEYS)], Query(description="column to sort by")] = "date",  # type: ignore[valid-type]
    order: Annotated[Literal["asc", "desc"], Query()] = "desc",
) -> dict[str, Any]:
    """Matching incidents, one page of them (without their reports), and how many match in all."""
    store = _store(request)
    items, total = stats.list_incidents(store, where, sort=sort, descending=order == "desc", limit=limit,
                                        offset=offset)
    return {"total": total, "limit": limit, "offset": offset, "sort": sort, "order": order,
            "incidents": [i.to_dict(reports=False) for i in items]}


@router.get("/incidents/{incident_id}", summary="One incident with every report")
def get_incident(request: Request,
                 incident_id: Annotated[str, Path(max_length=64, pattern=r"^[0-9A-Za-z_-]+$")]) -> dict[str, Any]:
    """The incident's record; each report's event with counts, sources and evidence, its article text
    and that text cut into highlighted segments (``segments``, fields prefixed ``0:``)."""
    store = _store(request)
    incident = store.incident(incident_id)
    if incident is None:
        raise HTTPException(404, f"no incident {incident_id!r}")
    texts = stats.document_texts(store.engine, [r.document_id for r in incident.reports])
    out = incident.to_dict(reports=True)
    for report, d in zip(incident.reports, out["reports"], strict=True):
        text = texts.get(report.document_id, "")
        d["text"] = text
        d["segments"] = segment_text(text, [report.event])
    return out


# The map points and the statistics are tens of thousands of plain values (JSON's own types): they
# are answered as JSON directly, the same bytes FastAPI would send, without its copy of them first.

@router.get("/points", summary="Placed incidents for the map", response_model=dict[str, Any])
def points(request: Request, where: Filter,
           limit: Annotated[int, Query(ge=1, le=MAX_POINTS)] = 20_000) -> JSONResponse:
    """Compact rows ``[id, lat, lon, type index, fatalities, date, location]``, newest first."""
    return JSONResponse(stats.map_points(_store(request).engine, where, limit=limit))


@router.get("/stats", summary="Incidents and fatalities per day, type and country", response_model=dict[str, Any])
def statistics(request: Request, where: Filter) -> JSONResponse:
    """Totals, per day and event type (the timeline), per event type and per country."""
    return JSONResponse(stats.statistics(_store(request).engine, where))


_EXPORTS = {"acled-csv": ("text/csv; charset=utf-8", "csv"), "geojson": ("application/geo+json", "geojson")}


@router.get("/export", summary="Export the matching incidents (ACLED CSV or GeoJSON)")
def export(request: Request, where: Filter,
           format: Annotated[Literal["acled-csv", "geojson"], Query()] = "acled-csv") -> StreamingResponse:
    """Every matching incident as a file to download; written to a spooled file, then streamed."""
    from rasd.export import export as write_export

    store = _store(request)
    spool = tempfile.SpooledTemporaryFile(max_size=8 << 20, mode="w+b")
    try:
        write_export(store.iter_incidents(where), format, spool)
        spool.seek(0)
    except BaseException:
        spool.close()
        raise

    def chunks() -> Iterator[bytes]:
        with spool:
            while block := spool.read(1 << 16):
                yield block

    media_type, suffix = _EXPORTS[format]
    return StreamingResponse(chunks(), media_type=media_type,
                             headers={"Content-Disposition": f'attachment; filename="rasd-incidents.{suffix}"'})


class ArticleIn(BaseModel):
    """One article: its text and, where known, its publication date, outlet, address and title."""

    text: str = Field(min_length=1, max_length=MAX_TEXT, description="the article text (Arabic)")
    published: date | None = Field(None, description="publication date; relative dates resolve against it")
    source: str | None = Field(None, max_length=500)
    url: str | None = Field(None, max_length=2000)
    title: str | None = Field(None, max_length=2000)


class IngestIn(BaseModel):
    """Articles to extract and store."""

    articles: list[ArticleIn] = Field(min_length=1, max_length=MAX_ARTICLES)


@router.post("/extract", summary="Extract the events of a pasted article (nothing is stored)")
def extract(request: Request, article: ArticleIn) -> dict[str, Any]:
    """The event record ``rasd extract`` prints, plus the text cut into highlighted segments."""
    result = request.app.state.extractor().extract(article.text, published=article.published,
                                                   source=article.source, url=article.url)
    out = result.to_dict()
    out["segments"] = segment_text(article.text, result.events)
    if result.language != "ar":
        out["message"] = "the text does not look like Arabic; nothing was extracted"
    return out


def _check_token(request: Request) -> None:
    token = request.app.state.ingest_token
    if token is None:
        raise HTTPException(403, "ingest is disabled: start the server with an ingest token "
                                 "(rasd serve --ingest-token-env VAR) to accept articles")
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise HTTPException(401, "a valid token is needed: send 'Authorization: Bearer TOKEN'",
                            headers={"WWW-Authenticate": "Bearer"})


@router.post("/ingest", summary="Store articles (needs the ingest token)", dependencies=[Depends(_check_token)])
def ingest(request: Request, body: IngestIn) -> dict[str, Any]:
    """Extract each article and store it with its events, merged into incidents; an article already
    stored (same text) is skipped. Answers what happened to each."""
    store, extractor = _store(request), request.app.state.extractor()
    results = []
    for article in body.articles:
        result = extractor.extract(article.text, published=article.published, source=article.source,
                                   url=article.url)
        with request.app.state.write_lock:  # one writer at a time: merging reads what the last one wrote
            added = store.add(result, title=article.title, origin="api")
        results.append({"document_id": added.document_id, "new": added.new, "events": added.events,
                        "incidents": list(added.incidents)})
    return {"new": sum(r["new"] for r in results), "skipped": sum(not r["new"] for r in results),
            "events": sum(r["events"] for r in results),
            "incidents": sorted({i for r in results for i in r["incidents"]}), "articles": results}
