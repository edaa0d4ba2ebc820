#!/usr/bin/env bash
# The benchmark of `tirkeme serve` (docs/serve.md "Speed"), over HTTP with oha:
#  1. application renders at 16 concurrent clients: renders/s and p99;
#  2. the preview of a 60-row annual plan, one user at a time: p50/p95;
#  3. memory over 100,000 renders: the server's RSS after 1k, 10k, 50k, 100k.
# TIRKEME=/path/to/tirkeme benchmarks that binary (default: a release build);
# N_MEMORY=100000 sets the length of the memory run. oha is installed with
# `cargo install` when missing (built in OHA_TARGET_DIR, outside the
# repository). The machine's load is printed with every figure: the numbers
# mean little while something else compiles.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v oha >/dev/null; then
  CARGO_TARGET_DIR="${OHA_TARGET_DIR:-${TMPDIR:-/tmp}/oha-target}" cargo install oha --locked
fi
if [ -z "${TIRKEME:-}" ]; then
  cargo build --release --quiet
  TIRKEME="${CARGO_TARGET_DIR:-target}/release/tirkeme"
fi
work=$(mktemp -d)
"$TIRKEME" serve "$work" --listen 127.0.0.1:0 > "$work/url" 2> "$work/log" &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 100); do [ -s "$work/url" ] && break; sleep 0.1; done
url=$(head -1 "$work/url")
load() { awk '{printf "load %s %s %s", $1, $2, $3}' /proc/loadavg; }
echo "server: $url (pid $pid, $(nproc) cores, $(load)), $(oha --version)"

"$TIRKEME" new application --lang ky > "$work/app.yaml"
python3 - "$work" <<'PY'
import sys
work = sys.argv[1]
rows = []
for i in range(60):
    kind, hours, start, end = [("internship", 72, "2025-11-03", "2025-11-16"), ("course", 72, "2026-01-19", "2026-01-30"), ("retraining", 280, "2026-02-02", "2026-05-29")][i % 3]
    rows.append(f"""  - name: Асанов{i:02} Бакыт Жумабекович
    position: доцент
    subject: Программалоо
    degree: т.и.к.
    last_courses: [2021]
    kind: {kind}
    direction: Маалыматтык технологиялар
    start: {start}
    end: {end}
    hours: {hours}
    institution: Кыргыз улуттук университети
    mode: release
    funding: budget
""")
open(f"{work}/plan60.yaml", "w").write(f"""form: annual-plan
lang: ky
year: 2025-2026
faculty: Табигый илимдер
department: Информатика
approver: Нурлан Тургунбек уулу
head: Токтогулова Айжан Мирлан кызы
teachers:
{''.join(rows)}""")
PY

cat > "$work/summary.py" <<'PY'
import json, sys
d = json.load(sys.stdin)
s, p = d["summary"], d["latencyPercentiles"]
codes = d.get("statusCodeDistribution", {})
ms = lambda k: p[k] * 1000
print("   %.0f req/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, statuses %s"
      % (s["requestsPerSec"], ms("p50"), ms("p95"), ms("p99"), codes))
PY
# One user typing: every request's body differs from the last (the first
# teacher's or the applicant's direction gets a number), so nothing of the
# previous render can be reused as it is. oha sends one body only.
cat > "$work/typing.py" <<'PY'
import http.client, sys, time, urllib.parse
url, path, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
u = urllib.parse.urlparse(url)
body = open(path, encoding="utf-8").read()
conn = http.client.HTTPConnection(u.hostname, u.port)
times, codes = [], {}
for i in range(n):
    b = body.replace("direction: Маалыматтык технологиялар", "direction: Маалыматтык технологиялар %d" % i, 1)
    assert b != body
    t = time.perf_counter()
    conn.request("POST", "/api/render", b.encode(), {"Content-Type": "application/yaml"})
    r = conn.getresponse()
    r.read()
    times.append((time.perf_counter() - t) * 1000)
    codes[r.status] = codes.get(r.status, 0) + 1
times.sort()
q = lambda p: times[min(len(times) - 1, int(p * len(times)))]
print("   %d requests, each body different: p50 %.1f ms, p95 %.1f ms, max %.1f ms, statuses %s"
      % (n, q(0.5), q(0.95), times[-1], codes))
PY
summary() { python3 "$work/summary.py"; }
rss() { awk '/VmRSS/ {printf "%.1f MiB", $2/1024}' /proc/$pid/status; }
# The server's CPU time (user + system, in clock ticks): per request, a
# figure the other programs on the machine hardly change.
ticks() { awk '{print $14 + $15}' /proc/$pid/stat; }
per() { awk -v a="$1" -v b="$(ticks)" -v n="$2" -v hz="$(getconf CLK_TCK)" \
  'BEGIN {printf "   server CPU %.1f ms a request\n", (b - a) * 1000 / hz / n}'; }
post() { oha --no-tui --output-format json -m POST -T application/yaml "$@"; }

# Warm up: the engine, the fonts, the allocator.
post -n 200 -c 2 -D "$work/app.yaml" "$url"api/render > /dev/null

echo "== application renders, 16 concurrent clients, 5,000 requests ($(load))"
t0=$(ticks)
post -n 5000 -c 16 -D "$work/app.yaml" "$url"api/render | summary
per "$t0" 5000

# The same at 16 clients with every body new: 2,000 applications, one a
# line (JSON is YAML too), each with its own direction; oha takes the next
# line for each request.
curl -s --data-binary @"$work/app.yaml" "$url"api/parse > "$work/app.json"
python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
data = json.load(open(f"{work}/app.json"))["data"]
with open(f"{work}/apps.lines", "w") as out:
    for i in range(2000):
        out.write(json.dumps(dict(data, direction=f"{data['direction']} {i}"), ensure_ascii=False) + "\n")
PY
echo "== application renders, 16 concurrent clients, every body new, 5,000 requests ($(load))"
t0=$(ticks)
oha --no-tui --output-format json -m POST -T application/yaml -n 5000 -c 16 -Z "$work/apps.lines" "$url"api/render | summary
per "$t0" 5000

echo "== preview of a 60-row annual plan, one user, 100 requests ($(load))"
curl -s -o "$work/plan60.pdf" -X POST --data-binary @"$work/plan60.yaml" "$url"api/render
echo "   $(pdfinfo "$work/plan60.pdf" 2>/dev/null | awk '/Pages/ {print $2}') pages"
t0=$(ticks)
post -n 100 -c 1 -D "$work/plan60.yaml" "$url"api/render | summary
per "$t0" 100
echo "== the same plan as one user edits it, 100 requests ($(load))"
t0=$(ticks)
python3 "$work/typing.py" "$url" "$work/plan60.yaml" 100
per "$t0" 100
echo "== an application as one user edits it, 300 requests ($(load))"
t0=$(ticks)
python3 "$work/typing.py" "$url" "$work/app.yaml" 300
per "$t0" 300

total=${N_MEMORY:-100000}
echo "== memory over $total application renders (16 clients)"
echo "   before: $(rss)"
done_=0
for at in $((total / 100)) $((total / 10)) $((total / 2)) "$total"; do
  post -n "$((at - done_))" -c 16 -D "$work/app.yaml" "$url"api/render > "$work/r.json"
  done_=$at
  echo "   after $at: $(rss) ($(load)); $(summary < "$work/r.json")"
done
