"""Template checks: what rendering a draft in a forked, time-limited child costs against
rendering it in the web process (the admin page's previews and saves pay this per request).

    .venv/bin/python -m bench.template_check [--runs 50]
"""

from __future__ import annotations

import argparse
import statistics
import time

from bench.common import percentile
from worker import template_store
from worker.replies import TEMPLATE_NAMES, FileTemplateStore


def timed(function, *args) -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    function(*args)
    return (time.perf_counter() - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()
    files = FileTemplateStore()
    bodies = [files.source("ja", name) for name in TEMPLATE_NAMES]
    for body in bodies:  # warm Jinja's compile cache in this process, as a web worker has it
        template_store._issues_and_preview("ja", body, "high", None)
    in_process, bounded = [], []
    for _ in range(args.runs):
        for body in bodies:
            in_process.append(timed(template_store._issues_and_preview, "ja", body, "high", None))
            bounded.append(timed(template_store.check_and_preview, "ja", body, "high"))
    for label, values in (("in process", in_process), ("forked, bounded", bounded)):
        print(
            f"{label:>16}: median {statistics.median(values):6.1f} ms, "
            f"p99 {percentile(values, 99):6.1f} ms over {len(values)} checks"
        )
    extra = statistics.median(bounded) - statistics.median(in_process)
    print(f"the fork and limits add {extra:.1f} ms per check and preview (median)")


if __name__ == "__main__":
    main()
