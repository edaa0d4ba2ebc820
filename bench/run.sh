#!/usr/bin/env bash
# The benchmark of README "Speed": warm CPU per document (cargo bench), a
# batch of 1,000 applications (wall, CPU, peak memory) and the cold render
# of one application, process start to PDF on disk (median of 21 runs).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin=target/release/tirkeme
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== warm, one worker (cargo bench)"
cargo bench --quiet --bench render 2>/dev/null

echo "== 1,000 applications: tirkeme batch --jobs 2"
mkdir -p "$work/in"
$bin new application --lang ky > "$work/app.yaml"
for i in $(seq -w 1 1000); do sed "s/Асанов/Асанов$i/" "$work/app.yaml" > "$work/in/app$i.yaml"; done
/usr/bin/time -f "   %e s wall, %U s user, %S s system, %M KiB peak memory" \
  $bin batch "$work/in" -o "$work/out" --jobs 2 2>&1 >/dev/null | tail -2
echo "   $(ls "$work/out" | wc -l) PDFs"

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
