"""Claim finding speed against a bare regex scan, measured in one run.

Run from the project root::

    python -m bench.bench_claims

Prints claims and characters per second of :func:`mapper.claims.find_claims` on a long
text (a few sentences repeated about 2,000 times, most of them holding a claim), and on
a sparse one (one claim in nine sentences, as in ordinary news), each beside a peer that
only scans for "number + distance unit" with one regular expression and parses nothing:
the ratio is the price of the full parse (hedges, ranges, directions, endpoints, the
checks that throw out speeds, heights and sizes). With ``--check`` it also times
:func:`mapper.claims.check_claims` with the default gazetteer, warm.
"""

from __future__ import annotations

import argparse
import re
import statistics
import time

#: The project's own sentences: claims of several forms, and text that holds none.
SENTENCES = (
    "Nakhodka lies some 85 km east of Vladivostok, by road rather more.",
    "The plant lies 30-40 km to the north-northwest of Toulouse.",
    "Madeira lies about 600 miles (970 km) southwest of Lisbon.",
    "The 800-km journey from Moscow to Kazan takes one night by train.",
    "The high-speed train reached 350 km/h near Wuhan after an 18-month-long upgrade.",
    "Officials said the talks would resume on Monday, weather permitting.",
    "Perth and Adelaide are more than 2,100 km apart.",
    "The monastery stands at an altitude of 2,000 m above a 300-metre-long lake.",
)
CLAIMS_PER_ROUND = 5
#: Sentences without any unit, for a text as sparse in claims as ordinary news.
PLAIN = (
    "The delegation met the regional governor on Tuesday and toured the harbour.",
    "Officials declined to say when the next round of talks would begin.",
    "Markets in Seoul and Tokyo closed higher after the announcement.",
    "The minister said the agreement covered energy, food and transport.",
)

_PEER = re.compile(r"\d[\d,.]*\s*-?\s*(?:km|kilomet(?:er|re)s?|miles?|nmi|met(?:er|re)s?)\b")


def best_seconds(func, text: str, runs: int) -> tuple[float, int]:
    """Return the best wall time of ``runs`` calls and the number of results."""
    times, found = [], 0
    for _ in range(runs):
        t0 = time.perf_counter()
        found = len(func(text))
        times.append(time.perf_counter() - t0)
    return min(times), found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=2000, help="rounds of the sentences")
    parser.add_argument("--runs", type=int, default=5, help="timed runs; the best is kept")
    parser.add_argument("--check", action="store_true", help="also time check_claims")
    args = parser.parse_args()

    from mapper.claims import check_claims, find_claims

    text = " ".join(SENTENCES * args.repeat)
    print(f"dense text: {len(text):,} characters, {len(SENTENCES) * args.repeat:,} sentences")
    ours_s, ours_n = best_seconds(find_claims, text, args.runs)
    peer_s, peer_n = best_seconds(lambda t: _PEER.findall(t), text, args.runs)
    assert ours_n == CLAIMS_PER_ROUND * args.repeat, ours_n
    print(f"  best of {args.runs} runs:")
    print(
        f"  find_claims      {ours_s * 1000:8.1f} ms  {ours_n / ours_s:10,.0f} claims/s  "
        f"{len(text) / ours_s / 1e6:6.2f} M chars/s"
    )
    print(
        f"  bare regex peer  {peer_s * 1000:8.1f} ms  {peer_n / peer_s:10,.0f} matches/s "
        f"{len(text) / peer_s / 1e6:6.2f} M chars/s  ({peer_n:,} number+unit hits)"
    )
    print(f"  find_claims takes {ours_s / peer_s:.0f}x the time of the bare scan")

    sparse = " ".join((SENTENCES[0], *PLAIN, *PLAIN) * args.repeat)
    sparse_s, sparse_n = best_seconds(find_claims, sparse, args.runs)
    peer_sparse_s, _ = best_seconds(lambda t: _PEER.findall(t), sparse, args.runs)
    print(
        f"sparse text ({len(sparse):,} characters, one claim in nine sentences):\n"
        f"  find_claims      {sparse_s * 1000:8.1f} ms  {sparse_n / sparse_s:10,.0f} claims/s  "
        f"{len(sparse) / sparse_s / 1e6:6.2f} M chars/s  "
        f"({sparse_s / peer_sparse_s:.0f}x the bare scan)"
    )

    if args.check:
        from mapper.gazetteer import default_gazetteer

        gaz = default_gazetteer()
        short = " ".join(SENTENCES * 5)
        check_claims(short, gaz)  # warm the gazetteer's caches
        times = []
        for _ in range(args.runs):
            t0 = time.perf_counter()
            checks = check_claims(short, gaz)
            times.append(time.perf_counter() - t0)
        best = min(times)
        print(
            f"  check_claims     {best * 1000:8.1f} ms for {len(checks)} claims "
            f"({len(checks) / best:,.0f} checks/s, median {statistics.median(times) * 1000:.1f} ms)"
        )


if __name__ == "__main__":
    main()
