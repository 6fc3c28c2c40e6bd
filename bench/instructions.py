"""Instructions per message of policy evaluation, counted by valgrind: to compare source trees.

Time on a shared 2-core machine varies by 10 % from run to run, more than most single changes
to the engine gain. An instruction count does not: the same tree counts the same within about
0.2 %. Each tree runs in its own process under callgrind, with counting switched on only around
the measured messages (loading the policy set, lingua's models and the warm-up are not counted).
Instructions are not time (cache misses and branch costs are not in them): confirm a kept change
with `policy_eval.py`.

    .venv/bin/python bench/instructions.py [--tree DIR ...] [--messages 200] [--size 5KB|50KB]

Needs valgrind (`apt-get install valgrind`). Every tree is measured with the same policy set
(`--policies`, default this tree's), so only the code differs. To compare with a commit:
`git worktree add /tmp/base REV`, then `--tree /tmp/base --tree .`.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNNER = """
import os, subprocess, sys
tree, policies, message, count, routes = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5:]
sys.path.insert(0, tree)
from pathlib import Path
from gateway.policy.inspect import inspect_message
from gateway.policy.language import warm_up
from gateway.policy.loader import load_policy_set
assert Path(sys.modules["gateway"].__file__).parent.parent == Path(tree), "imported another tree's gateway"
warm_up()
policy_set = load_policy_set(Path(policies), routes=routes)
raw = Path(message).read_bytes()
for _ in range(20):
    inspect_message(raw, policy_set, mail_from="maria@customer.example")
toggle = ["callgrind_control", "--instr=on", str(os.getpid())]
subprocess.run(toggle, check=True, capture_output=True)
for _ in range(count):
    inspect_message(raw, policy_set, mail_from="maria@customer.example")
subprocess.run([*toggle[:1], "--instr=off", *toggle[2:]], check=True, capture_output=True)
"""
_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")


def count(tree: Path, policies: Path, message: Path, messages: int, routes: list[str]) -> int:
    """Instructions per message for one source tree (its own process: it imports that tree's gateway)."""
    command = [
        "valgrind", "--tool=callgrind", "--instr-atstart=no", "--callgrind-out-file=/dev/null",
        sys.executable, "-P", "-c", RUNNER, str(tree), str(policies), str(message), str(messages), *routes,
    ]  # fmt: skip
    # A fixed hash seed: set and dict order, and with it the work done, is the same on every run.
    result = subprocess.run(command, capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    found = _COLLECTED.search(result.stderr)
    if result.returncode != 0 or found is None:
        raise SystemExit(f"{tree}: valgrind run failed:\n{result.stderr[-2000:]}")
    return int(found.group(1)) // messages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tree", type=Path, action="append", help="source tree (repeatable; default: this one)")
    parser.add_argument("--policies", type=Path, default=ROOT / "policies")
    parser.add_argument("--messages", type=int, default=200)
    parser.add_argument("--size", default="5KB", choices=["5KB", "50KB"])
    args = parser.parse_args()
    if shutil.which("valgrind") is None or shutil.which("callgrind_control") is None:
        raise SystemExit("valgrind is not installed (apt-get install valgrind)")
    sys.path.insert(0, str(ROOT))
    from bench.policy_eval import ROUTES, message_5k, message_50k  # what the timing benchmark uses

    trees = args.tree or [ROOT]
    first = 0
    print(f"{args.size} message, {args.messages} messages per tree, policies {args.policies}")
    with tempfile.TemporaryDirectory() as tmp:
        message = Path(tmp) / "message.eml"
        message.write_bytes(message_5k() if args.size == "5KB" else message_50k())
        for tree in trees:
            per_message = count(tree.resolve(), args.policies.resolve(), message, args.messages, ROUTES)
            first = first or per_message
            print(f"{per_message:>12,} instructions/message  {per_message / first:6.3f}  {tree}")


if __name__ == "__main__":
    main()
