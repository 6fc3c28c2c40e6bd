"""The running gateway's policy set: loaded at start, reloaded on change or SIGHUP, swapped atomically.

A message takes `registry.current` once and uses that set throughout, so a reload never mixes two
sets in one decision. A broken edit keeps the last good set running and leaves the exact error in
`last_error` (shown by /healthz) and in the log.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterable
from pathlib import Path

from watchfiles import awatch

from gateway.errors import ConfigError
from gateway.metrics import Metrics
from gateway.policy.loader import PolicySet, load_policy_set
from gateway.tasks import cancel

log = logging.getLogger("curveball.policy")


class PolicyRegistry:
    def __init__(
        self,
        directory: Path,
        *,
        routes: Iterable[str],
        metrics: Metrics,
        on_swap: Callable[[], None] = lambda: None,
    ) -> None:
        self.directory = directory
        self._on_swap = on_swap  # called after a new set became active (the old one is garbage now)
        self._routes = tuple(routes)
        self._metrics = metrics
        self.current: PolicySet = PolicySet.empty(directory)
        self.last_error: str | None = None
        self._lock = asyncio.Lock()
        self._watcher: asyncio.Task[None] | None = None
        self._stop = asyncio.Event()

    def load_initial(self) -> PolicySet:
        """At start a broken policy set is fatal (raises ConfigError): there is no last good set yet."""
        self.current = load_policy_set(self.directory, routes=self._routes)
        self._metrics.policy_reloads.labels("ok").inc()
        log.info("policy.loaded", extra={"fields": self._summary()})
        return self.current

    def _summary(self) -> dict[str, object]:
        return {
            "version": self.current.version,
            "policies": len(self.current.policies),
            "detectors": len(self.current.detectors),
            "phrases": len(self.current.matcher.phrases),
            "calibrated": sorted(self.current.calibrated),
            "warnings": list(self.current.warnings),
        }

    async def reload(self) -> bool:
        """Load the directory again; True if the new set is now active."""
        async with self._lock:
            try:
                loaded = await asyncio.to_thread(load_policy_set, self.directory, routes=self._routes)
            except ConfigError as exc:
                self.last_error = "\n".join(exc.problems)
                self._metrics.policy_reloads.labels("failed").inc()
                log.error(
                    "policy.reload_failed",
                    extra={"fields": {"problems": exc.problems, "still_active": self.current.version}},
                )
                return False
            changed = loaded.version != self.current.version
            self.current = loaded
            self.last_error = None
            self._metrics.policy_reloads.labels("ok").inc()
            if changed:
                log.info("policy.reloaded", extra={"fields": self._summary()})
                self._on_swap()
            return True

    def start_watching(self) -> None:
        self._watcher = asyncio.get_running_loop().create_task(self._watch(), name="policy-watcher")

    async def _watch(self) -> None:
        async for _changes in awatch(self.directory, stop_event=self._stop, debounce=300, recursive=True):
            await self.reload()

    async def stop(self) -> None:
        self._stop.set()
        await cancel(self._watcher)
