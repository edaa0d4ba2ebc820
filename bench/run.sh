#!/usr/bin/env bash
# The benchmark of README "Speed": warm CPU per document (cargo bench), a
# batch of 1,000 applications (wall, CPU, peak memory) and the cold render
# of one application, process start to PDF on disk (median of 21 runs).
#
# PROFILE=release measures the `--release` build instead of `dist` (the
# profile users get, Cargo.toml: link-time optimised, twice the build
# time). PARTS picks parts, e.g. PARTS="bench side" for the warm figures
# and the side by side with typst only; all four by default. RUNS: runs of
# the side by side (101; fewer move by a tenth from one block to the next).
set -euo pipefail
cd "$(dirname "$0")/.."
profile=${PROFILE:-dist}
parts=" ${PARTS:-bench batch cold side} "
cargo build --profile "$profile" --quiet
bin=target/$profile/tirkeme
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Other work on the machine shows in wall times (CPU times are per process).
echo "== $profile build; load: $(uptime | sed 's/.*load/load/')"
$bin new application --lang ky > "$work/app.yaml"

if [[ $parts == *" bench "* ]]; then
echo "== warm, one worker (cargo bench)"
cargo bench --profile "$profile" --quiet --bench render 2>/dev/null
fi

if [[ $parts == *" batch "* ]]; then
echo "== 1,000 applications: tirkeme batch --jobs 2"
mkdir -p "$work/in"
for i in $(seq -w 1 1000); do sed "s/Асанов/Асанов$i/" "$work/app.yaml" > "$work/in/app$i.yaml"; done
/usr/bin/time -f "   %e s wall, %U s user, %S s system, %M KiB peak memory" \
  $bin batch "$work/in" -o "$work/out" --jobs 2 2>&1 >/dev/null | tail -2
echo "   $(ls "$work/out" | wc -l) PDFs"
fi

if [[ $parts == *" cold "* ]]; then
echo "== cold render of one application (median of 21 runs)"
python3 - "$bin" "$work" <<'PY'
import resource, subprocess, sys, time, statistics
bin, work = sys.argv[1], sys.argv[2]
walls, cpus, peaks = [], [], []
for _ in range(21):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run([bin, "render", f"{work}/app.yaml", "-o", f"{work}/one.pdf"], check=True, capture_output=True)
    walls.append(time.perf_counter() - t)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    peaks.append(after.ru_maxrss)
print(f"   {statistics.median(walls)*1000:.1f} ms wall, {statistics.median(cpus)*1000:.1f} ms CPU, {max(peaks)/1024:.1f} MiB peak")
PY
fi

# Side by side with the stock typst command line on the anchors' pages, when
# one is at hand (cargo install typst-cli --locked; or TYPST=/path/to/typst).
typst=${TYPST:-$(command -v typst || true)}
anchors=bench/anchors
if [[ $parts == *" side "* ]] && [ -n "$typst" ] && [ -d "$anchors" ]; then
  echo "== cold, side by side with $($typst --version | head -1) (median of ${RUNS:-101} interleaved runs)"
  cp "$anchors"/* "$work"/ && mkdir -p "$work/fonts" && cp fonts/*.ttf "$work/fonts/"
  python3 - "$bin" "$typst" "$work" <<'PY'
import os, resource, subprocess, sys, statistics
import time
bin, typst, work = sys.argv[1:]
import json
# The plan the anchor prints: its own 40 rows (annual-plan.json), as a
# secretary would type them for tirkeme.
anchor = json.load(open(f"{work}/annual-plan.json"))
plan = ("form: annual-plan\nlang: ky\nyear: " + anchor["year"] + "\nfaculty: " + anchor["faculty"]
        + "\ndepartment: " + anchor["department"] + "\napprover: " + anchor["dean"]
        + "\nhead: " + anchor["head"] + "\nteachers:\n")
kinds = {"Стажировка": "internship"}
for r in anchor["rows"]:
    position, subject = r["position"].split(", ")
    start, end = (".".join(reversed(d.split("."))).replace(".", "-") for d in r["period"].split("–"))
    plan += (f"  - name: {r['name']}\n    position: {position}\n    subject: {subject}\n"
             f"    degree: {r['degree']}\n    last_courses: [{r['last']}]\n    kind: {kinds[r['kind']]}\n"
             f"    start: {start}\n    end: {end}\n    institution: {r['institution']}\n")
open(f"{work}/plan40.yaml", "w").write(plan)
# A plan with more to print than the anchor: 72-hour courses, released
# from work at the budget's expense (a note in every row): a third more text.
notes = "form: annual-plan\nlang: ky\nyear: 2025-2026\nfaculty: Табигый илимдер\ndepartment: Информатика\napprover: Нурлан Тургунбек уулу\nhead: Токтогулова Айжан Мирлан кызы\nteachers:\n"
for i in range(40):
    notes += f"  - name: Асанов{i} Бакыт Жумабекович\n    position: доцент\n    subject: Программалоо\n    degree: т.и.к.\n    last_courses: [2021, 2023]\n    kind: course\n    start: 2025-11-03\n    end: 2025-11-14\n    hours: 72\n    institution: Кыргыз улуттук университети\n    mode: release\n    funding: budget\n"
open(f"{work}/plan40-notes.yaml", "w").write(notes)
tc = [typst, "compile", "--font-path", f"{work}/fonts", "--ignore-system-fonts"]
cmds = {
    "typst compile application.typ": tc + [f"{work}/application.typ", f"{work}/t1.pdf"],
    "tirkeme render application (PDF/A)": [bin, "render", f"{work}/app.yaml", "-o", f"{work}/k1.pdf"],
    "typst compile annual-plan.typ, 40 rows": tc + [f"{work}/annual-plan.typ", f"{work}/t2.pdf"],
    "tirkeme render annual plan, 40 rows": [bin, "render", f"{work}/plan40.yaml", "-o", f"{work}/k2.pdf"],
    "tirkeme render plan, 40 rows with notes": [bin, "render", f"{work}/plan40-notes.yaml", "-o", f"{work}/k3.pdf"],
}
res = {k: ([], [], []) for k in cmds}
for _ in range(int(os.environ.get("RUNS", "101"))):
    for k, c in cmds.items():
        b = resource.getrusage(resource.RUSAGE_CHILDREN); t = time.perf_counter()
        subprocess.run(c, check=True, capture_output=True)
        w = time.perf_counter() - t; a = resource.getrusage(resource.RUSAGE_CHILDREN)
        res[k][0].append(w); res[k][1].append(a.ru_utime - b.ru_utime + a.ru_stime - b.ru_stime)
        res[k][2].append(a.ru_minflt - b.ru_minflt)
# Page faults: the kernel's share of a run this short, and steady from run to run.
for k, (w, c, f) in res.items():
    print(f"   {k:40} {statistics.median(w)*1000:5.1f} ms wall {statistics.median(c)*1000:5.1f} ms CPU {statistics.median(f):6.0f} page faults")
cpu = {k: statistics.median(c) for k, (w, c, f) in res.items()}
ks = list(cpu)
print(f"   CPU tirkeme / typst: application {cpu[ks[1]] / cpu[ks[0]]:.2f}, 40-row plan {cpu[ks[3]] / cpu[ks[2]]:.2f}"
      f" (with notes, against the same anchor: {cpu[ks[4]] / cpu[ks[2]]:.2f})")
# The same ratios taken run by run (each tirkeme run against the typst run
# just before it), then their median and quartiles: a machine whose speed
# drifts during the measurement moves both runs of a pair alike.
def paired(k, t):
    r = sorted(a / b for a, b in zip(res[ks[k]][1], res[ks[t]][1]))
    q = statistics.quantiles(r, n=4)
    return f"{statistics.median(r):.2f} (quartiles {q[0]:.2f}-{q[2]:.2f})"
print(f"   run by run: application {paired(1, 0)}, 40-row plan {paired(3, 2)}, with notes {paired(4, 2)}")
PY
fi
echo "== load at the end: $(uptime | sed 's/.*load/load/')"
