#!/usr/bin/env python3
"""P6: the initial bundle of the SPA, raw and gzip — the files a browser must fetch before the app
starts: the scripts and style sheets index.html names (script src, link rel=stylesheet and
modulepreload) and, transitively, the chunks they import statically (`import … from "./x.js"`,
not the lazy `import("./x.js")`). With the build's stats (ng build --stats-json writes
stats.json: esbuild's metafile), the static imports come from it instead of from the files.
Sizes: bytes on disk; gzip at level 9 (what a server precompressing would send; Angular's
"estimated transfer size" is of the same order).
Usage: bundle.py DIST_DIR_OR_URL OUT_JSON"""
import gzip, json, os, re, sys, urllib.request

src, out_json = sys.argv[1:3]
remote = src.startswith("http")


def read(name):
    if remote:
        with urllib.request.urlopen(src.rstrip("/") + "/" + name, timeout=20) as r:
            return r.read()
    with open(os.path.join(src, name), "rb") as f:
        return f.read()


index = read("index.html").decode()
roots = re.findall(r'<script[^>]*\ssrc="([^"]+)"', index)
roots += re.findall(r'<link[^>]*rel="(?:stylesheet|modulepreload)"[^>]*href="([^"]+)"', index)
roots += re.findall(r'<link[^>]*href="([^"]+)"[^>]*rel="(?:stylesheet|modulepreload)"', index)
roots = [r for r in dict.fromkeys(roots) if not r.startswith("http")]

stats = None
if not remote:
    for cand in (os.path.join(src, "..", "stats.json"), os.path.join(src, "stats.json")):
        if os.path.exists(cand):
            stats = json.load(open(cand))
            break


def static_imports(name, content):
    if stats and "outputs" in stats:
        for path, o in stats["outputs"].items():
            if os.path.basename(path) == os.path.basename(name):
                return [os.path.basename(i["path"]) for i in o.get("imports", [])
                        if i.get("kind") == "import-statement"]
    text = content.decode("utf-8", "replace")
    return re.findall(r'(?:\bfrom|\bimport)\s*["\']\./([^"\']+\.js)["\']', text)


seen, files, todo = set(), [], list(roots)
while todo:
    name = todo.pop(0).lstrip("./")
    if name in seen:
        continue
    seen.add(name)
    content = read(name)
    files.append((name, len(content), len(gzip.compress(content, 9))))
    if name.endswith(".js"):
        todo += static_imports(name, content)

res = {
    "source": src, "stats": bool(stats), "files": len(files),
    "raw_kb": sum(f[1] for f in files) / 1000.0,
    "gzip_kb": sum(f[2] for f in files) / 1000.0,
    "detail": sorted(([n, r, g] for n, r, g in files), key=lambda x: -x[1]),
}
with open(out_json, "w") as f:
    f.write(json.dumps(res) + "\n")
print("BENCH_RESULT", json.dumps({k: v for k, v in res.items() if k != "detail"}))
