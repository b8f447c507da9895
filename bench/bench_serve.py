"""Load on ``mapper serve``: concurrent clients on loopback, latency and errors, and
whether the server keeps answering while it reads a long story.

Run from the project root::

    python -m bench.bench_serve                    # 20 clients x 50 requests
    python -m bench.bench_serve --clients 4 --requests 5

The server runs as ``mapper serve`` does (uvicorn, one process) in a child process on a
free loopback port. Each client posts short stories of its own (two sentences built from
place names and a figure that change with each request, so no answer comes from the
server's cache) to ``/api/story``. Printed: p50, p95 and the worst latency, errors,
requests/s; the same stories read in this process without HTTP (the peer) and the ratio;
and, while one long story (the bundled example repeated to ~300 kB) is being read,
the worst latency of ``/api/health`` polled every 50 ms.
"""

from __future__ import annotations

import argparse
import itertools
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TOWNS = ("Vladivostok", "Ussuriysk", "Khabarovsk", "Harbin", "Irkutsk", "Novosibirsk",
         "Omsk", "Perm", "Kazan", "Tomsk", "Chita", "Tynda")  # fmt: skip


def story(client: int, n: int) -> str:
    a, b = TOWNS[(client + n) % len(TOWNS)], TOWNS[(client * 7 + n * 3 + 1) % len(TOWNS)]
    if a == b:
        b = TOWNS[(TOWNS.index(a) + 1) % len(TOWNS)]
    km = 100 + 37 * client + 11 * n
    return (f"The delegation flew from {a} to {b} on day {n} of visit {client}. "
            f"{b} lies about {km} km from {a}.")  # fmt: skip


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--requests", type=int, default=50, help="per client")
    args = parser.parse_args()
    import httpx2 as httpx  # the test extra's HTTP client

    port = free_port()
    url = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [sys.executable, "-m", "mapper", "serve", "--port", str(port), "--no-browser"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                if httpx.get(url + "/api/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        else:
            raise SystemExit("the server did not start")
        httpx.post(url + "/api/story", json={"text": story(99, 99)}, timeout=60)  # warm

        latencies: list[float] = []
        errors: list[str] = []
        lock = threading.Lock()

        def client(k: int) -> None:
            with httpx.Client(timeout=120) as http:
                for n in range(args.requests):
                    t0 = time.perf_counter()
                    try:
                        r = http.post(url + "/api/story", json={"text": story(k, n)})
                        ok = r.status_code == 200 and r.json()["claims"]
                        problem = None if ok else f"{r.status_code} {r.text[:80]}"
                    except httpx.HTTPError as exc:
                        problem = repr(exc)
                    with lock:
                        latencies.append(time.perf_counter() - t0)
                        if problem:
                            errors.append(problem)

        t0 = time.perf_counter()
        threads = [threading.Thread(target=client, args=(k,)) for k in range(args.clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - t0
        total = args.clients * args.requests
        q = statistics.quantiles(latencies, n=20)
        print(f"load: {args.clients} clients x {args.requests} requests = {total} on loopback")
        print(f"  p50 {statistics.median(latencies) * 1000:8.1f} ms   p95 {q[18] * 1000:8.1f} ms"
              f"   worst {max(latencies) * 1000:8.1f} ms")  # fmt: skip
        print(f"  errors {len(errors)}   {total / wall:6.1f} requests/s   wall {wall:6.1f} s")
        for e in errors[:5]:
            print("   ", e)

        sys.path.insert(0, str(ROOT))
        from mapper.serve.session import corrected_story
        from mapper.serve.shapes import story_json

        pairs = list(itertools.product(range(args.clients), range(min(args.requests, 10))))
        t0 = time.perf_counter()
        for k, n in pairs:
            story_json(corrected_story(story(k + 1000, n)))
        direct = (time.perf_counter() - t0) / len(pairs)
        print(f"peer (the same reading in this process, no HTTP, one at a time): "
              f"{direct * 1000:.1f} ms per story")  # fmt: skip
        print(
            f"  throughput served / direct: {total / wall * direct:.2f}x "
            f"({total / wall:.1f} against {1 / direct:.1f} stories/s)"
        )

        long_text = "\n\n".join(
            __import__("mapper.example", fromlist=["x"]).example_article() for _ in range(220)
        )
        health: list[float] = []
        done = threading.Event()

        def long_read() -> None:
            httpx.post(url + "/api/story", json={"text": long_text}, timeout=600)
            done.set()

        t0 = time.perf_counter()
        worker = threading.Thread(target=long_read)
        worker.start()
        with httpx.Client(timeout=30) as http:
            while not done.is_set():
                t1 = time.perf_counter()
                http.get(url + "/api/health")
                health.append(time.perf_counter() - t1)
                time.sleep(0.05)
        worker.join()
        print(
            f"while a {len(long_text) / 1000:.0f} kB story was read "
            f"({time.perf_counter() - t0:.1f} s): /api/health answered {len(health)} times, "
            f"p50 {statistics.median(health) * 1000:.1f} ms, worst {max(health) * 1000:.1f} ms"
        )
    finally:
        server.terminate()
        server.wait(10)


if __name__ == "__main__":
    main()
