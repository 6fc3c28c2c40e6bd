"""The small admin HTTP server: /healthz, /metrics, and the token-protected outage API."""

from __future__ import annotations

import asyncio
import hmac
import time
from typing import TYPE_CHECKING

import sqlalchemy as sa
from aiohttp import web

from gateway import __version__

if TYPE_CHECKING:
    from gateway.app import Gateway

CHECK_TIMEOUT = 5.0


async def _check(name: str, probe: asyncio.Future[object] | asyncio.Task[object]) -> tuple[str, str]:
    try:
        async with asyncio.timeout(CHECK_TIMEOUT):
            await probe
    except Exception as exc:
        return name, f"error: {exc or type(exc).__name__}"
    return name, "ok"


def build_admin_app(gateway: Gateway) -> web.Application:
    started = time.time()

    async def healthz(request: web.Request) -> web.Response:
        async def database() -> object:
            async with gateway.engine.connect() as connection:
                return await connection.execute(sa.text("SELECT 1"))

        async def upstream() -> object:
            await gateway.upstream.check()
            return None

        results = dict(
            await asyncio.gather(
                _check("database", asyncio.ensure_future(database())),
                _check("upstream", asyncio.ensure_future(upstream())),
            )
        )
        healthy = all(value == "ok" for value in results.values())
        body = {
            "status": "ok" if healthy else "degraded",
            "gateway": gateway.config.server.gateway_id,
            "version": __version__,
            "uptime_seconds": round(time.time() - started, 1),
            "checks": results,
            "connections": len(gateway.handler.gate.open),
            "draining": gateway.handler.gate.draining,
            "policies": {
                "version": gateway.policies.current.version,
                "count": len(gateway.policies.current.policies),
                "loaded_at": gateway.policies.current.loaded_at,
                "last_error": gateway.policies.last_error,
            },
        }
        return web.json_response(body, status=200 if healthy else 503)

    async def metrics(request: web.Request) -> web.Response:
        return web.Response(body=gateway.metrics.render(), content_type="text/plain", charset="utf-8")

    app = web.Application()
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/metrics", metrics)
    add_outage_api(app, gateway)
    return app


def add_outage_api(app: web.Application, gateway: Gateway) -> None:
    """POST /api/outage (start), POST /api/outage/end, GET /api/outage; Bearer token required.

    Without `[admin] token` the API is not served at all: no unauthenticated writes, ever.
    """
    from gateway.errors import CurveballError
    from gateway.operations import outage_end, outage_start
    from gateway.store.incidents import current_incident

    token = gateway.config.admin.token
    if not token:
        return

    def authorised(request: web.Request) -> bool:
        supplied = request.headers.get("Authorization", "").removeprefix("Bearer ").strip()
        return hmac.compare_digest(supplied.encode(), token.encode())

    def denied() -> web.Response:
        return web.json_response({"error": "missing or wrong bearer token"}, status=401)

    async def status(request: web.Request) -> web.Response:
        if not authorised(request):
            return denied()
        incident = await current_incident(gateway.engine)
        return web.json_response({"active": incident.as_dict() if incident else None})

    async def start(request: web.Request) -> web.Response:
        if not authorised(request):
            return denied()
        try:
            body = await request.json()
            incident = await outage_start(
                gateway.engine, incident_id=str(body["id"]), summary=str(body["summary"]),
                status_url=body.get("status_url"), next_update=body.get("next_update"), source="api",
                actor=str(body.get("actor", "api")),
            )  # fmt: skip
        except (KeyError, ValueError) as exc:
            return web.json_response({"error": f"bad request: {exc}"}, status=400)
        except CurveballError as exc:
            return web.json_response({"error": str(exc)}, status=409)
        await gateway.state.refresh()
        return web.json_response({"active": incident.as_dict()}, status=201)

    async def end(request: web.Request) -> web.Response:
        if not authorised(request):
            return denied()
        body = await request.json() if request.can_read_body else {}
        try:
            ended = await outage_end(
                gateway.engine, gateway.config, gateway.policies.current.templates,
                notify=bool(body.get("notify", False)), actor=str(body.get("actor", "api")),
            )  # fmt: skip
        except CurveballError as exc:
            return web.json_response({"error": str(exc)}, status=409)
        await gateway.state.refresh()
        gateway.outbox.wake()
        return web.json_response({"ended": ended.incident.as_dict(), "notified": ended.notified})

    app.router.add_get("/api/outage", status)
    app.router.add_post("/api/outage", start)
    app.router.add_post("/api/outage/end", end)
