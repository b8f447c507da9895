"""Leave-one-corpus-out figures for the geoparsing settings chosen on the corpora.

Run from the project root::

    python -m bench.loco                    # coherence and common-word cut-offs (~5 min)
    python -m bench.loco --country-points   # also the country points (rebuilds the index
                                            # once per grid point, ~20 min more)
    python -m bench.loco --limit 50 --json /tmp/loco.json

A few settings of the geoparser were chosen among a few values by their figures on LGL,
TR-News and GeoVirus (see the README), so those figures flatter them. This harness
measures by how much. For each group of settings it scores every value of a small grid
on every corpus, with the other settings as shipped; then for each corpus in turn it
picks the value that does best on the *other two* (the mean of their figures; a tie goes
to the shipped value) and reports that value's figure on the corpus left out, beside the
shipped value's. Last, each corpus is scored once with every group's left-out choice
applied together.

The groups, the figure each is judged by, and the grid:

* **coherence** (``mapper.geoparse.resolve``: the scale in km and the floor of the
  document-coherence re-weighting): resolution Acc@161;
* **common words** (``mapper.geoparse.people``: the wordfreq Zipf cut-offs for a
  common word and a very common word): end-to-end F1;
* **borrowed words** (``mapper.geoparse.people``: the Zipf cut-offs below which a word
  is English only as a borrowed spelling of a place, and below which it is no English
  at all; both set by hand with the corpora's figures in view): end-to-end F1;
* **country points** (``mapper.gazetteer.sources.countries``: whether a country's point
  starts from GeoNames' own or from countrystatecity's, the share of the way from there
  toward the Natural Earth centroid and the distance beyond which it is not taken), only
  with ``--country-points``: resolution Acc@161, the headline figure (judged by AUC
  instead, the coarse points, ``ne_share`` 0, would win: a better AUC for an Acc@161
  4 to 10 points lower). Each grid point builds its own index, in a folder of its own
  under the cache folder.

The settings are set by assigning the module constants before any text is read, in a
fresh process per grid point of the country points (the index is built from them) and
one process for the rest. Figures only are printed; nothing from the corpora is kept.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench.realtext import wrap

__all__ = ["GROUPS", "SHIPPED", "choose", "main"]

#: The settings as shipped.
SHIPPED: dict[str, float] = {
    "coherence_km": 100.0,
    "coherence_floor": 0.005,
    "common_zipf": 3.5,
    "very_common_zipf": 4.5,
    "rare_zipf": 3.0,
    "english_zipf": 2.0,
    "geonames_agree_km": 150.0,
    "ne_share": 0.75,
    "ne_agree_km": 400.0,
}

#: Where each setting lives: (module, constant).
_CONSTANTS = {
    "coherence_km": ("mapper.geoparse.resolve", "_COHERENCE_KM"),
    "coherence_floor": ("mapper.geoparse.resolve", "_COHERENCE_FLOOR"),
    "common_zipf": ("mapper.geoparse.people", "COMMON_ZIPF"),
    "very_common_zipf": ("mapper.geoparse.people", "VERY_COMMON_ZIPF"),
    "rare_zipf": ("mapper.geoparse.people", "RARE_ZIPF"),
    "english_zipf": ("mapper.geoparse.people", "ENGLISH_ZIPF"),
    "geonames_agree_km": ("mapper.gazetteer.sources.countries", "GEONAMES_AGREE_KM"),
    "ne_share": ("mapper.gazetteer.sources.countries", "NE_SHARE"),
    "ne_agree_km": ("mapper.gazetteer.sources.countries", "NE_AGREE_KM"),
}


def _grid(**values: Sequence[float]) -> list[dict[str, float]]:
    keys = list(values)
    return [dict(zip(keys, combo, strict=True)) for combo in itertools.product(*values.values())]


#: The figures a group may be judged by: how each is labelled, and the stage that gives it.
FIGURES = {
    "acc161": ("resolution Acc@161", "resolution"),
    "auc": ("resolution AUC, lower is better", "resolution"),
    "f1": ("end-to-end F1", "end_to_end"),
}
LOWER_IS_BETTER = frozenset({"auc"})

#: name -> (the figure it is judged by, the grid of values).
GROUPS: dict[str, tuple[str, list[dict[str, float]]]] = {
    "coherence": (
        "acc161",
        _grid(
            coherence_km=(25.0, 50.0, 100.0, 200.0, 400.0), coherence_floor=(0.005, 0.02, 0.05, 0.1)
        ),
    ),
    "common words": (
        "f1",
        [
            g
            for g in _grid(common_zipf=(3.5, 4.0, 4.5, 5.0), very_common_zipf=(4.0, 4.5, 5.0, 5.5))
            if g["very_common_zipf"] >= g["common_zipf"]
        ],
    ),
    "borrowed words": (
        "f1",
        [
            g
            for g in _grid(rare_zipf=(2.5, 3.0, 3.5), english_zipf=(1.5, 2.0, 2.5))
            if g["english_zipf"] <= g["rare_zipf"]
        ],
    ),
    "country points": (
        "acc161",
        [
            *_grid(geonames_agree_km=(0.0, 150.0, 250.0, 400.0, 2000.0)),
            {"ne_share": 0.0, "ne_agree_km": 400.0},
            *[
                g
                for g in _grid(ne_share=(0.5, 0.75, 1.0), ne_agree_km=(200.0, 400.0, 800.0))
                if g != {"ne_share": 0.75, "ne_agree_km": 400.0}
            ],
        ],
    ),
}


def _apply(settings: dict[str, float]) -> None:
    import importlib

    for name, value in settings.items():
        module, constant = _CONSTANTS[name]
        setattr(importlib.import_module(module), constant, value)


def _score(
    points: list[dict[str, float]], stage: str, names: Sequence[str], limit: int | None
) -> list[dict[str, dict[str, float]]]:
    """Return, for each grid point in turn (applied in this process), the figures of one
    stage ("resolution" or "end_to_end") on each corpus."""
    from bench.corpora import read_corpus
    from bench.geoparse import (
        DEFAULT_CORPORA,
        EVAL_DIR,
        _Ceiling,
        evaluate_end_to_end,
        evaluate_resolution,
        load_system,
    )

    corpora = [read_corpus(EVAL_DIR / DEFAULT_CORPORA[n], n).limit(limit) for n in names]
    system = load_system()
    out = []
    for point in points:
        _apply(point)
        ceiling = _Ceiling()
        row = {}
        for corpus in corpora:
            if stage == "resolution":
                res = evaluate_resolution(corpus, system.resolve, ceiling)
                row[corpus.name] = {"acc161": res.acc161, "auc": res.auc}
            else:
                assert system.parse is not None
                row[corpus.name] = {"f1": evaluate_end_to_end(corpus, system.parse).f1}
        out.append(row)
    return out


def _in_process(
    points: list[dict[str, float]],
    stage: str,
    names: Sequence[str],
    limit: int | None,
    cache: Path | None,
) -> list[dict]:
    """Run :func:`_score` in a fresh Python, with its own index folder when ``cache``."""
    env = dict(os.environ)
    if cache is not None:
        env["MAPPER_CACHE_DIR"] = str(cache)
    job = json.dumps({"points": points, "stage": stage, "names": list(names), "limit": limit})
    done = subprocess.run(
        [sys.executable, "-m", "bench.loco", "--worker", job],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"worker failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.splitlines()[-1])


def _country_cache(point: dict[str, float]) -> Path | None:
    """Return the index folder of a country-points grid point (None: the shipped index)."""
    from mapper.gazetteer import cache_dir

    country = {k: point[k] for k in ("geonames_agree_km", "ne_share", "ne_agree_km") if k in point}
    if all(country[k] == SHIPPED[k] for k in country):
        return None
    label = "-".join(f"{k}={v:g}" for k, v in sorted(country.items()))
    return cache_dir() / "loco" / label


def choose(
    scores: list[dict[str, float]],
    points: list[dict[str, float]],
    left_out: str,
    lower: bool = False,
) -> int:
    """Return the index of the grid point best on the corpora other than ``left_out``
    (the mean of their figures, the least when ``lower``); a tie goes to the shipped
    point, then the first."""

    def mean_others(row: dict[str, float]) -> float:
        others = [v for k, v in row.items() if k != left_out]
        return (-1 if lower else 1) * sum(others) / len(others)

    best = max(mean_others(r) for r in scores)
    tied = [i for i, r in enumerate(scores) if abs(mean_others(r) - best) < 1e-12]
    shipped = [i for i in tied if all(points[i][k] == SHIPPED[k] for k in points[i])]
    return (shipped or tied)[0]


def _label(point: dict[str, float]) -> str:
    return ", ".join(f"{k} {v:g}" for k, v in point.items())


def main(argv: Sequence[str] | None = None) -> int:
    """Run the harness; return the exit status."""
    parser = argparse.ArgumentParser(
        prog="python -m bench.loco", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "--country-points", action="store_true", help="also the country points (slow)"
    )
    parser.add_argument("--limit", type=int, metavar="N", help="first N documents per corpus")
    parser.add_argument("--json", metavar="OUT", help="also write the figures as JSON")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        job = json.loads(args.worker)
        print(json.dumps(_score(job["points"], job["stage"], job["names"], job["limit"])))
        return 0
    from bench.geoparse import DEFAULT_CORPORA, EVAL_DIR

    names = [n for n, rel in DEFAULT_CORPORA.items() if (EVAL_DIR / rel).is_file()]
    if len(names) < 2:
        print(f"Leaving one corpus out needs two corpora in {EVAL_DIR}.", file=sys.stderr)
        return 0
    groups = {g: v for g, v in GROUPS.items() if g != "country points" or args.country_points}
    results: dict[str, Any] = {}
    joint: dict[str, dict[str, float]] = {n: {} for n in names}
    print("Geoparsing settings, leave one corpus out (python -m bench.loco)\n")
    for group, (figure, points) in groups.items():
        judged, stage = FIGURES[figure]
        lower = figure in LOWER_IS_BETTER
        if group == "country points":
            runs = [
                _in_process([p], stage, names, args.limit, _country_cache(p))[0] for p in points
            ]
        else:
            runs = _in_process(points, stage, names, args.limit, None)
        scores = [{name: run[name][figure] for name in names} for run in runs]
        shipped_i = next(i for i, p in enumerate(points) if all(p[k] == SHIPPED[k] for k in p))
        rows = []
        print(f"{group}: {judged}, {len(points)} grid points")
        head = f"{'chosen on the other two':<38} {'at chosen':>9} {'shipped':>8} {'best':>6}"
        print(f"  {'left out':<9} {head}")
        for name in names:
            i = choose(scores, points, name, lower)
            joint[name].update(points[i])
            best = (min if lower else max)(r[name] for r in scores)
            at_shipped = scores[shipped_i][name]
            rows.append(
                {
                    "left_out": name,
                    "chosen": points[i],
                    "at_chosen": scores[i][name],
                    "at_shipped": at_shipped,
                    "best": best,
                }
            )
            print(
                f"  {name:<9} {_label(points[i]):<38} {scores[i][name]:>9.3f} "
                f"{at_shipped:>8.3f} {best:>6.3f}"
            )
        print(f"  shipped: {_label(points[shipped_i])}\n")
        results[group] = {"figure": figure, "grid": points, "scores": scores, "left_out": rows}

    print("All groups' left-out choices together, on the corpus left out (shipped after /):")
    print(f"  {'corpus':<9} {'Acc@161':>13} {'AUC':>13} {'F1':>13}")
    together = {}
    shipped: dict[str, dict[str, float]] = {name: {} for name in names}
    for stage in ("resolution", "end_to_end"):
        for name, figures in _in_process([{}], stage, names, args.limit, None)[0].items():
            shipped[name].update(figures)
    for name in names:
        cache = _country_cache(joint[name])
        got: dict[str, float] = {}
        for stage in ("resolution", "end_to_end"):
            got.update(_in_process([joint[name]], stage, [name], args.limit, cache)[0][name])
        together[name] = {"settings": joint[name], **got}
        cells = " ".join(
            f"{got[f]:>6.3f} / {shipped[name][f]:.3f}" for f in ("acc161", "auc", "f1")
        )
        print(f"  {name:<9} {cells}")
    print()
    print(
        wrap(
            "'chosen on the other two': the grid point with the best mean figure on the two "
            "corpora kept in; 'best': the best grid point on the corpus itself (what fitting on "
            "it would give). The groups are fitted one at a time, the others as shipped."
            + ("" if args.country_points else " Country points: not run (--country-points).")
        )
    )
    if args.json:
        Path(args.json).write_text(
            json.dumps({"groups": results, "together": together, "shipped": shipped}, indent=2)
            + "\n",
            encoding="utf-8",
        )
        print(f"\nFigures written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
