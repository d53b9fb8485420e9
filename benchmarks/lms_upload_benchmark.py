"""Upload benchmark: memory and throughput of returning a large video to Canvas, side by side
with curl sending the same file to the same upload address.

    .venv/bin/python benchmarks/lms_upload_benchmark.py [--size-mb 500] [--runs 1]

1. A file of --size-mb of random bytes (a video does not compress either) is written once.
2. The local Canvas of the tests (tests/support/fake_canvas.py) runs in a process of its own,
   hashing what arrives without storing it, so the server's work is the same for both clients.
3. The app's Canvas client uploads it through the documented three steps (announce, multipart
   POST with the file last, confirm) while a thread samples this process's resident memory
   (VmRSS) every 50 ms: the figure is the peak during the upload minus the level just before.
4. curl sends the same file as multipart to a fresh upload address from step 1 (`-F file=@…`),
   its resident memory sampled from /proc the same way.
The server checks that the SHA-256 of what arrived is the file's, for both.

Results: benchmarks/results/lms-upload-latest.json; docs/export.md quotes them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import platform
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "src"))

TOKEN = "benchmark-token-0123456789"


def rss_bytes() -> int:
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    raise RuntimeError("no VmRSS")


def rss_of(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


class RssSampler:
    def __init__(self, interval_s: float = 0.05) -> None:
        self.peak = 0
        self.samples = 0
        self._stop = threading.Event()
        self._interval_s = interval_s
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, rss_bytes())
            self.samples += 1
            self._stop.wait(self._interval_s)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def serve() -> None:
    """The server process: prints its address, serves until stdin closes."""
    from support.fake_canvas import FakeCanvas

    spool = Path(tempfile.mkdtemp(prefix="lms-bench-"))
    fake = FakeCanvas(spool, TOKEN, students=("1",), quota_bytes=10**12, max_file_bytes=10**12)
    fake.keep_uploads = False
    fake.start()
    print(json.dumps({"base_url": fake.base_url}), flush=True)

    def report() -> None:
        for line in sys.stdin:
            if line.strip() == "hashes":
                hashes = [a.sha256 for a in fake.attachments.values() if a.sha256]
                print(json.dumps({"hashes": hashes}), flush=True)

    report()
    fake.stop()


def make_file(path: Path, size_mb: int) -> str:
    h = hashlib.sha256()
    with open(path, "wb") as f:
        for _ in range(size_mb):
            block = os.urandom(1 << 20)
            h.update(block)
            f.write(block)
    return h.hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size-mb", type=int, default=500)
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--out", type=Path, default=ROOT / "benchmarks/results/lms-upload-latest.json"
    )
    args = parser.parse_args()
    if args.serve:
        serve()
        return

    from vidfeedback.lms.canvas import CanvasAssignment, CanvasClient
    from vidfeedback.lms.transport import RetryPolicy, Secret, Transport

    work = Path(tempfile.mkdtemp(prefix="lms-bench-file-"))
    video = work / "Feedback.mp4"
    print(f"writing {args.size_mb} MiB …", file=sys.stderr)
    digest = make_file(video, args.size_mb)
    size = video.stat().st_size
    server = subprocess.Popen(
        [sys.executable, __file__, "--serve"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert server.stdout is not None and server.stdin is not None
    base = json.loads(server.stdout.readline())["base_url"]
    result: dict[str, Any] = {
        "when_utc": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}",
        "file_bytes": size,
    }
    try:
        where = CanvasAssignment(base, "7", "42")
        with Transport("Canvas", RetryPolicy(attempts=1)) as http:
            client = CanvasClient(where, Secret(TOKEN), http)
            client.check_assignment()
            before = rss_bytes()
            sent = [0]
            with RssSampler() as sampler:
                t0 = time.perf_counter()
                file = client.upload_file("1", video, lambda n: sent.__setitem__(0, n))
                ours_s = time.perf_counter() - t0
            result["vidfeedback"] = {
                "seconds": round(ours_s, 2),
                "mb_per_s": round(size / 1e6 / ours_s, 1),
                "rss_before_mb": round(before / 1e6, 1),
                "rss_peak_mb": round(sampler.peak / 1e6, 1),
                "rss_growth_mb": round((sampler.peak - before) / 1e6, 1),
                "rss_samples": sampler.samples,
                "file_id": file["id"],
            }
            assert sent[0] == size
            # curl on a fresh upload address of the same server.
            r = http.send(
                "POST",
                f"{base}/api/v1/courses/7/assignments/42/submissions/1/comments/files",
                what="announce",
                headers={"Authorization": f"Bearer {TOKEN}"},
                data=[("name", video.name), ("size", str(size)), ("content_type", "video/mp4")],
            )
            ticket = r.json()
        form: list[str] = []
        for k, v in ticket["upload_params"].items():
            form += ["-F", f"{k}={v}"]
        t0 = time.perf_counter()
        curl = subprocess.Popen(
            ["curl", "-sS", "-o", "/dev/null", *form,
             "-F", f"file=@{video};type=video/mp4", ticket["upload_url"]],
        )  # fmt: skip
        # Sampled from /proc like ours: ru_maxrss of a child counts the pages of the Python
        # process it was forked from, before curl replaced it.
        curl_rss = 0
        while curl.poll() is None:
            curl_rss = max(curl_rss, rss_of(curl.pid))
            time.sleep(0.05)
        curl_s = time.perf_counter() - t0
        assert curl.returncode == 0
        result["curl"] = {
            "seconds": round(curl_s, 2),
            "mb_per_s": round(size / 1e6 / curl_s, 1),
            "rss_peak_mb": round(curl_rss / 1e6, 1),
        }
        result["ratio_time_vs_curl"] = round(ours_s / curl_s, 2)
        server.stdin.write("hashes\n")
        server.stdin.flush()
        arrived = json.loads(server.stdout.readline())["hashes"]
        result["both_arrived_intact"] = arrived == [digest, digest]
    finally:
        server.stdin.close()
        server.wait(30)
        video.unlink()
        work.rmdir()
    print(json.dumps(result, indent=1))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
