"""The small admin HTTP server: /healthz for load balancers and monitors, /metrics for Prometheus."""

from __future__ import annotations

import asyncio
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
    return app
