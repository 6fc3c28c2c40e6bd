"""Render an Inspection for people (`curveball test`) and for machines (`--json`)."""

from __future__ import annotations

from typing import Any

from gateway.policy.analysis import DetectorScore, Finding
from gateway.policy.inspect import Inspection


def as_json(name: str, inspection: Inspection) -> dict[str, Any]:
    decision = inspection.decision
    return {
        "file": name,
        "subject": inspection.view.subject,
        "tags": list(decision.tags),
        "policies": list(decision.policies),
        "actions": list(decision.actions),
        "disposition": decision.disposition,
        "routes": list(decision.routes) + ([decision.redirect] if decision.redirect else []),
        "language": decision.language,
        "automated": inspection.analysis.automated,
        "analysis": decision.analysis,
        "shadow": list(decision.shadow),
        "matches": [
            {
                "policy": f.policy,
                "detector": f.finding.detector,
                "phrase": f.finding.phrase,
                "weight": f.finding.weight,
                "where": f.finding.where,
                "excerpt": f.finding.excerpt,
                "source": f.finding.source,
            }
            for f in decision.findings
        ],
        "scores": {name: score.score for name, score in sorted(inspection.analysis.scores.items())},
        # Detectors that found something but stayed under their threshold, with everything they found:
        # the usual question when a message was not tagged.
        "below_threshold": [
            {
                "detector": detector,
                "score": score.score,
                "findings": [
                    {
                        "phrase": f.phrase,
                        "weight": f.weight,
                        "where": f.where,
                        "excerpt": f.excerpt,
                        "source": f.source,
                        "note": f.note,
                    }
                    for f in score.findings
                ],
            }
            for detector, score in _unfired(inspection)
        ],
        "elapsed_ms": inspection.elapsed_ms,
    }


def _unfired(inspection: Inspection) -> list[tuple[str, DetectorScore]]:
    return [(name, score) for name, score in sorted(inspection.analysis.scores.items()) if not score.fired]


def _finding_line(f: Finding) -> str:
    return f'      "{f.phrase}" ({f.detector} {f.weight:+g}, {f.where}, {f.source}): {f.excerpt}'


def as_text(name: str, inspection: Inspection) -> str:
    decision = inspection.decision
    lines = [
        name,
        f"  subject:     {inspection.view.subject}",
        f"  language:    {decision.language}    analysis: {decision.analysis} ({inspection.elapsed_ms} ms)",
        f"  tags:        {', '.join(decision.tags) or '-'}",
    ]
    if inspection.analysis.automated:
        lines.append(f"  automated:   {inspection.analysis.automated}")
    for policy in decision.policies:
        actions = [a.split(":", 1)[1] for a in decision.actions if a.startswith(policy + ":")]
        lines.append(f"  policy {policy}: {', '.join(actions)}")
        lines += [_finding_line(found.finding) for found in decision.findings if found.policy == policy]
    for shadow in decision.shadow:
        lines.append(f"  shadow (would): {shadow}")
    unfired = _unfired(inspection)
    if unfired:
        lines.append(f"  below threshold: {', '.join(f'{n} {s.score:g}' for n, s in unfired)}")
    # What each of them found, and why a match counted 0 (negated, not aimed, another language).
    lines += [_finding_line(f) for _, score in unfired for f in score.findings]
    route_note = ""
    if decision.routes:
        route_note = f" (+ copy to {', '.join(decision.routes)})"
    if decision.redirect:
        route_note = f" to {decision.redirect}"
    lines.append(f"  disposition: {decision.disposition}{route_note}")
    return "\n".join(lines)
