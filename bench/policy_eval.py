"""Per-message policy evaluation time: parse + analysis + policies, exactly as the gateway runs it.

Prints median and p99 for realistic 5 KB and 50 KB messages with the shipped policy set, and with
a set ten times as many phrases (the shipped lexicons plus nine mutated copies of every phrase,
which never match but enlarge the automaton), measured in the same run, and the ratio between them.

    .venv/bin/python bench/policy_eval.py [--rounds 2000] [--json]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gateway.policy.inspect import inspect_message  # noqa: E402
from gateway.policy.language import warm_up  # noqa: E402
from gateway.policy.loader import PolicySet, load_policy_set  # noqa: E402

ROUTES = ["legal", "team_lead", "on_call"]

COMPLAINT = """Hello,

I am writing for the third time this week. Since Monday morning none of my colleagues can log in
to the dashboard, and the export of last month's invoices fails with "error 502". We are a team of
forty people and we depend on this every day. Your status page says everything is operational,
which is simply not true. I would like to know when this will be fixed and whether we will be
compensated for the lost working days. If I do not hear back by Friday I will have to escalate this
to your management.

Kind regards,
Maria Jensen
Operations lead
"""

QUOTE = """
On Mon, 23 Nov 2026 at 09:12, Support <support@example.com> wrote:
> Dear Maria,
> thank you for reaching out. We are looking into the login problem and will get back to you.
> Best regards, the support team
"""


def message_5k() -> bytes:
    body = COMPLAINT
    while len(body) < 4300:
        body += QUOTE
    headers = (
        "From: Maria Jensen <maria@customer.example>\r\nTo: support@example.com\r\nSubject: Re: Login broken again\r\n"
        "Message-ID: <bench-5k@customer.example>\r\nDate: Tue, 24 Nov 2026 08:00:00 +0000\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
    )
    raw = (headers + body.replace("\n", "\r\n")).encode()
    return raw[:5120]


def message_50k() -> bytes:
    text = COMPLAINT + QUOTE * 20
    html_rows = "".join(f"<tr><td>Invoice {i}</td><td>{i * 17 % 900} EUR</td></tr>" for i in range(900))
    html = f"<html><body><p>{COMPLAINT.replace(chr(10), '<br>')}</p><table>{html_rows}</table></body></html>"
    raw = (
        "From: Maria Jensen <maria@customer.example>\r\nTo: support@example.com\r\nSubject: Re: Login broken again\r\n"
        "Message-ID: <bench-50k@customer.example>\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/alternative; boundary="b1"\r\n\r\n'
        f"--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{text}\r\n"
        f"--b1\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{html}\r\n--b1--\r\n"
    ).encode()
    return raw[: 50 * 1024 - 10] + b"\r\n--b1--\r\n" if len(raw) > 50 * 1024 else raw


def tenfold(source: Path, target: Path) -> None:
    """A copy of the policy directory whose lexicons hold ten times as many phrases."""
    shutil.copytree(source, target)
    for lexicon in (target / "lexicons").glob("*.toml"):
        data = tomllib.loads(lexicon.read_text(encoding="utf-8"))
        lines = [lexicon.read_text(encoding="utf-8")]
        for language, phrases in data["phrases"].items():
            lines.append(f"\n[phrases.{language}-x]")
            for copy in range(1, 10):
                for phrase in phrases:
                    words = phrase.split()
                    stem = "*" if words[-1].endswith("*") else ""  # keeps "x" and "x*" distinct keys
                    words[-1] = f"{words[-1].rstrip('*')}zq{copy}{stem}"
                    lines.append(f'"{" ".join(words)}" = 0.5')
        lexicon.write_text("\n".join(lines), encoding="utf-8")


def measure(policy_set: PolicySet, raw: bytes, rounds: int) -> tuple[list[float], list[float]]:
    """Wall time and this thread's CPU time per message: on a shared machine the CPU time is the
    steadier figure, since a preempted run only inflates the wall time."""
    for _ in range(50):
        inspect_message(raw, policy_set, mail_from="maria@customer.example")
    wall, cpu = [], []
    for _ in range(rounds):
        started, started_cpu = time.perf_counter(), time.thread_time()
        inspect_message(raw, policy_set, mail_from="maria@customer.example")
        cpu.append(time.thread_time() - started_cpu)
        wall.append(time.perf_counter() - started)
    return wall, cpu


def summary(wall: list[float], cpu: list[float]) -> dict[str, float]:
    ordered = sorted(wall)
    return {
        "median_ms": round(statistics.median(ordered) * 1000, 3),
        "p99_ms": round(ordered[int(len(ordered) * 0.99) - 1] * 1000, 3),
        "cpu_median_ms": round(statistics.median(cpu) * 1000, 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--policies", type=Path, default=ROOT / "policies")
    parser.add_argument("--rounds", type=int, default=2000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    warm_up()
    shipped = load_policy_set(args.policies, routes=ROUTES)
    with tempfile.TemporaryDirectory() as tmp:
        tenfold(args.policies, Path(tmp) / "policies")
        bigger = load_policy_set(Path(tmp) / "policies", routes=ROUTES)
    messages = {"5KB": message_5k(), "50KB": message_50k()}
    results: dict[str, dict[str, dict[str, float]]] = {}
    # Alternate the two sets round by round so machine noise hits both alike.
    for size, raw in messages.items():
        a: tuple[list[float], list[float]] = ([], [])
        b: tuple[list[float], list[float]] = ([], [])
        for _ in range(4):
            for into, policy_set in ((a, shipped), (b, bigger)):
                wall, cpu = measure(policy_set, raw, args.rounds // 4)
                into[0].extend(wall)
                into[1].extend(cpu)
        results[size] = {"shipped": summary(*a), "tenfold": summary(*b)}
        results[size]["ratio"] = {
            "median": round(statistics.median(b[0]) / statistics.median(a[0]), 3),
            "cpu_median": round(statistics.median(b[1]) / statistics.median(a[1]), 3),
        }
    meta = {
        "phrases_shipped": len(shipped.matcher.phrases),
        "phrases_tenfold": len(bigger.matcher.phrases),
        "sizes": {k: len(v) for k, v in messages.items()},
    }
    if args.json:
        print(json.dumps({"meta": meta, "results": results}, indent=2))
        return
    print(f"phrases: shipped {meta['phrases_shipped']}, tenfold {meta['phrases_tenfold']}")
    print(f"{'message':<8} {'set':<9} {'median ms':>10} {'p99 ms':>9} {'CPU median ms':>14}")
    for size, row in results.items():
        for name in ("shipped", "tenfold"):
            cells = row[name]
            times = f"{cells['median_ms']:>10.3f} {cells['p99_ms']:>9.3f} {cells['cpu_median_ms']:>14.3f}"
            print(f"{size:<8} {name:<9} {times}")
        print(f"{size:<8} {'10x/1x':<9} {row['ratio']['median']:>10.3f} {'':>9} {row['ratio']['cpu_median']:>14.3f}")
    five = results["5KB"]
    print(
        f"target: 5 KB median {five['shipped']['median_ms']:.3f} ms wall, "
        f"{five['shipped']['cpu_median_ms']:.3f} ms CPU (<= 1 ms); "
        f"10x phrases costs {five['ratio']['median']:.2f}x (<= 1.5x)"
    )


if __name__ == "__main__":
    main()
