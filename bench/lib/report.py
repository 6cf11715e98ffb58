#!/usr/bin/env python3
"""Prints the one table of bench/run.sh from the results of a run (RUN/results/*.json and
RUN/meta.env) and writes it to RUN/table.txt and RUN/table.md.
Usage: report.py RUN_DIR"""
import json, os, sys

run = sys.argv[1]
R = {}
for name in os.listdir(os.path.join(run, "results")):
    if name.endswith(".json"):
        try:
            R[name[:-5]] = json.loads(open(os.path.join(run, "results", name)).readline())
        except (ValueError, OSError):
            pass
meta = {}
if os.path.exists(os.path.join(run, "meta.env")):
    for line in open(os.path.join(run, "meta.env")):
        if "=" in line:
            k, v = line.rstrip("\n").split("=", 1)
            meta[k] = v


def ms(v):
    if v is None:
        return "?"
    return f"{v:.0f}" if v >= 10 else f"{v:.1f}"


def load(r, unit="req/s", p95=False):
    if not r:
        return "not run"
    s = f"{r['rps']:.1f} {unit}  {ms(r['p50'])}/{ms(r['p90'])}/{ms(r['p99'])} ms"
    if p95:
        s += f" (p95 {ms(r['p95'])})"
    return s + f"  err {r['errors']}"


def ratio(a, b):
    if not a or not b or not b.get("rps"):
        return "—"
    return f"{a['rps'] / b['rps']:.3f}×"


def verdict(checks):
    if any(c is None for c in checks):
        return "?"
    return "yes" if all(checks) else "NO"


rows = []
C, W = meta.get("clients", "16"), meta.get("writers", "50")


def http_row(label, key, anchor_key, goal, checks=None, p95=False):
    a, b = R.get(key), R.get(anchor_key)
    if not a and not b:
        return
    met = "—"
    if checks:
        met = verdict([c(a, b) if a else None for c in checks])
    rows.append([label, load(a, p95=p95), load(b, "tps", p95=p95), ratio(a, b), goal, met])


def ratio_ok(x):
    return lambda a, b: (a["rps"] / b["rps"] >= x) if b and b.get("rps") else None


def lat_ok(p, limit):
    # no request answered in the measure: nothing met
    return lambda a, b: (a.get("rps", 0) > 0 and a[p] is not None and a[p] <= limit)


def no_errors(a, b):
    return a["errors"] == 0


http_row(f"P1 logbook page, {C} clients", "p1_app_16", "p1_pg_16",
         "≥ 0.5× anchor, p99 ≤ 50 ms", [ratio_ok(0.5), lat_ok("p99", 50)])
http_row("P1 logbook page, 1 client", "p1_app_1", "p1_pg_1", "—")
http_row(f"P1b Mes patients, {C} clients", "p1b_list_app", "p1b_list_pg", "p95 ≤ 50 ms",
         [lat_ok("p95", 50)], p95=True)
http_row(f"P1b patient search, {C} clients", "p1b_search_app", "p1b_search_pg", "p95 ≤ 50 ms",
         [lat_ok("p95", 50)], p95=True)
http_row(f"P2 {W} writers, one file", "p2_one_app", "p2_one_pg",
         "p99 ≤ 50 ms, 0 err, ≥ 0.5× anchor", [lat_ok("p99", 50), no_errors, ratio_ok(0.5)])
http_row(f"P2 {W} writers, {W} files", "p2_many_app", "p2_many_pg", "—")

http_row("P7 structure dashboard, a year, warm, 1 client", "p7_structure_app", "p7_structure_pg",
         "p95 ≤ 150 ms, ≤ 2× psql", [lat_ok("p95", 150), lambda a, b: (a["p95"] <= 2 * b["p95"]) if b and b.get("p95") else None], p95=True)
http_row("P7 structure dashboard, cold (new period)", "p7_structure_cold", "p7_structure_pg",
         "≤ 1 s", [lat_ok("p95", 1000)], p95=True)
http_row("P7 regional view, warm, 1 client", "p7_region_app", "p7_region_pg", "≤ 500 ms",
         [lat_ok("p95", 500)], p95=True)
http_row("P7 regional view, cold (new period)", "p7_region_cold", "p7_region_pg", "≤ 500 ms",
         [lat_ok("p95", 500)], p95=True)
http_row("P7 regional view, default view (prepared ahead), 20 requests", "p7_region_default",
         "p7_region_pg", "≤ 500 ms", [lat_ok("p95", 500)], p95=True)
b, e = R.get("p5_ear"), R.get("p5_empty")
if b or e:
    def boot(r):
        if not r:
            return "not run"
        if r.get("error"):
            return "failed: " + r["error"]
        return f"{r['seconds']:.1f} s (server says {r.get('server_ms', 0) / 1000:.1f} s)"
    rat = f"{b['seconds'] / e['seconds']:.2f}×" if b and e and b.get("seconds") and e.get("seconds") else "—"
    met = "?" if not b or not b.get("seconds") else ("yes" if b["seconds"] <= 8 else "NO")
    rows.append(["P5 boot to ready (provisioned server + EAR)", boot(b), "empty server: " + boot(e),
                 rat, "≤ 8 s", met])

u = R.get("p6_bundle")
if u:
    rows.append(["P6 initial bundle, raw", f"{u['raw_kb']:.0f} kB ({u['files']} files)", "—", "—",
                 "≤ 300 kB", "yes" if u["raw_kb"] <= 300 else "NO"])
    rows.append(["P6 initial bundle, gzip", f"{u['gzip_kb']:.0f} kB", "—", "—", "≤ 100 kB",
                 "yes" if u["gzip_kb"] <= 100 else "NO"])
def lh_cell(r):
    if not r:
        return "not run"
    if r.get("score") is None:
        return "failed: " + r.get("error", "?")
    return f"{r['score']:.0f} (LCP {r['lcp_ms'] / 1000:.1f} s, TBT {r['tbt_ms']:.0f} ms)"


lh, kc = R.get("p6_lighthouse"), R.get("p6_lighthouse_kc")
if lh or kc:
    ok = lh and lh.get("score") is not None
    rat = (f"{lh['score'] / kc['score']:.2f}×" if ok and kc and kc.get("score") else "—")
    rows.append(["P6 Lighthouse performance, start page", lh_cell(lh),
                 "Keycloak login page alone: " + lh_cell(kc), rat, "≥ 90",
                 ("yes" if lh["score"] >= 90 else "NO") if ok else "?"])

head = ["measure", "Liaison (req/s  p50/p90/p99  errors)", "anchor", "ratio", "goal", "met?"]
widths = [max(len(str(r[i])) for r in rows + [head]) for i in range(len(head))]
line = "+".join("-" * (w + 2) for w in widths)
out = []
out.append(f"Liaison benchmark — {meta.get('started', '?')} — commit {meta.get('commit', '?')} — "
           f"{meta.get('url', '?')}")
if meta.get("dataset"):
    out.append("data: " + meta["dataset"])
for k in ("p1_target", "p1b_target", "p2_target", "p7_target"):
    if meta.get(k):
        out.append(meta[k])
out.append(f"{meta.get('duration', '?')} s per measure; anchors measured in the same run, "
           f"interleaved; load average at start {meta.get('load', '?')}")
out.append(line)
out.append("|".join(f" {h:<{w}} " for h, w in zip(head, widths)))
out.append(line)
for r in rows:
    out.append("|".join(f" {str(c):<{w}} " for c, w in zip(r, widths)))
out.append(line)
text = "\n".join(out)
print(text)
open(os.path.join(run, "table.txt"), "w").write(text + "\n")
md = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
md += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
open(os.path.join(run, "table.md"), "w").write("\n".join(out[:out.index(line)]) + "\n\n" + "\n".join(md) + "\n")
