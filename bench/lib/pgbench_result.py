#!/usr/bin/env python3
"""Turns one pgbench run (its output and its per-transaction logs, -l) into the JSON line the wrk
scenarios write: tps as "rps", latency percentiles in ms, failed transactions as errors.
Usage: pgbench_result.py OUTPUT_TXT LOG_PREFIX OUT_JSON"""
import glob, json, re, sys

out_txt, prefix, out_json = sys.argv[1:4]
text = open(out_txt).read()
tps = re.search(r"tps = ([\d.]+) \(without initial connection time\)", text)
failed = re.search(r"number of failed transactions: (\d+)", text)
done = re.search(r"number of transactions actually processed: (\d+)", text)
aborted = "aborted" in text.lower() and "client" in text.lower() and not done
lat = []
for path in glob.glob(prefix + "*"):
    with open(path) as f:
        for line in f:
            parts = line.split()
            # client_id transaction_no time script_no time_epoch time_us [schedule_lag] ...
            if len(parts) >= 6 and parts[2].isdigit():
                lat.append(int(parts[2]) / 1000.0)
            # failed transactions are logged with "failed" / "serialization" / "deadlock" in col 3
lat.sort()


def pct(p):
    if not lat:
        return None
    i = min(len(lat) - 1, max(0, int(round(p / 100.0 * len(lat) + 0.5)) - 1))
    return lat[i]


res = {
    "requests": int(done.group(1)) if done else len(lat),
    "rps": float(tps.group(1)) if tps else 0.0,
    "p50": pct(50), "p90": pct(90), "p95": pct(95), "p99": pct(99),
    "max": lat[-1] if lat else None,
    "errors": (int(failed.group(1)) if failed else 0) + (1 if aborted or not tps else 0),
    "sample": "" if tps else text.strip().splitlines()[-1][:200] if text.strip() else "no output",
}
with open(out_json, "w") as f:
    f.write(json.dumps(res) + "\n")
print("BENCH_RESULT", json.dumps(res))
