"""Start-up: how long `import evidencija.cli` and `evidencija --help` take, against the floor of
a bare interpreter start (`python -c pass`) and `import argparse`, in the same run.

    python -m bench.startup_bench [--runs 30]

Each figure is the median wall time of a fresh interpreter process (so nothing is cached in
memory between runs except by the operating system); the import time is the difference to the
bare start. Reported as a Markdown table on stdout for bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

CASES = {
    "bare interpreter (floor)": "pass",
    "import argparse (floor)": "import argparse",
    "import evidencija.cli": "import evidencija.cli",
    "evidencija --help": (
        "import sys\nfrom evidencija.cli import main\ntry:\n    main(['--help'])\nexcept SystemExit:\n    pass"
    ),
}


def _median_ms(code: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, stdout=subprocess.DEVNULL)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    runs = parser.parse_args().runs
    # Interleaved rounds, so a busy moment of the machine hits every case alike.
    rounds: dict[str, list[float]] = {name: [] for name in CASES}
    for _ in range(3):
        for name, code in CASES.items():
            rounds[name].append(_median_ms(code, max(1, runs // 3)))
    medians = {name: statistics.median(values) for name, values in rounds.items()}
    bare = medians["bare interpreter (floor)"]
    floor = medians["import argparse (floor)"] - bare
    print("| figure | process median | beyond a bare start | vs `import argparse` |")
    print("|---|---:|---:|---:|")
    for name, value in medians.items():
        beyond = value - bare
        ratio = f"{beyond / floor:.1f}×" if floor > 0 and "floor" not in name else ""
        print(f"| {name} | {value:.1f} ms | {beyond:.1f} ms | {ratio} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
