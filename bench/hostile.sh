#!/usr/bin/env bash
# Hostile input: time and peak memory of `check`, `render` and `extract` on
# inputs that grow to the input limit (4 MiB for YAML, 64 MiB for a PDF),
# so that growth is seen to be linear and the worst case stays under 2 s and
# 300 MiB on this project's 2-core machine. Prints one line per run:
#   class  command  input size  wall seconds  CPU seconds  peak MiB  exit code
# Usage: bench/hostile.sh [path/to/tirkeme]  (default: a release build)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-}
if [ -z "$bin" ]; then
  cargo build --release --quiet
  bin=target/release/tirkeme
fi
bin=$(realpath "$bin")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work" <<'PY'
import sys, os, zlib
work = sys.argv[1]
report = open("examples/ky/report.yaml", encoding="utf-8").read()
plan = open("examples/ky/annual-plan.yaml", encoding="utf-8").read()
MiB = 1024 * 1024
sizes = {"q": MiB // 4, "h": MiB // 2, "1": MiB, "2": 2 * MiB, "4": 4 * MiB - 4096}

def put(name, text):
    with open(os.path.join(work, name), "w", encoding="utf-8") as f:
        f.write(text)

lectures = "  new_lectures: [Булуттагы эсептөөлөр, Веб-программалоонун негиздери]\n"
head, rows = plan.split("teachers:\n", 1)
row = "  - " + rows.split("  - ", 2)[1]
for tag, size in sizes.items():
    # Look-alike flood: Latin letters in Cyrillic words, lines of 8 KB.
    line = "    - " + "жaeopcx " * 1000 + "\n"
    n = max(1, (size - len(report.encode())) // len(line.encode()))
    put(f"lookalike-{tag}.yaml", report.replace(lectures, "  new_lectures:\n" + line * n))
    # One line: a flow list as long as the file, an unknown key at its end.
    item = "маалыматтык технологиялар"
    n = max(1, size // (len(item.encode()) + 2))
    n = min(n, 150_000)  # under the node limit, so the whole line is read
    put(f"longline-{tag}.yaml",
        "{form: report, lang: ky, applied: {new_lectures: [" + ", ".join([item] * n) + "]}, oops: 1}\n")
    # An unknown key as long as the file (an explicit key may be that long).
    put(f"longkey-{tag}.yaml", report + "? " + "x" * (size - len(report) - 16) + "\n: 1\n")
    # Characters the font cannot print, on many lines.
    line = "    - " + "中文字符 " * 300 + "\n"
    n = max(1, (size - len(report.encode())) // len(line.encode()))
    put(f"glyphs-{tag}.yaml", report.replace(lectures, "  new_lectures:\n" + line * n))
    # Runs of combining marks on one letter, one run per line.
    line = "    - а" + "\u0301" * 5000 + "\n"
    n = max(1, (size - len(report.encode())) // len(line.encode()))
    put(f"combining-{tag}.yaml", report.replace(lectures, "  new_lectures:\n" + line * n))
    # Many unknown keys.
    n = max(1, size // 24)
    n = min(n, 90_000)
    put(f"keys-{tag}.yaml", report + "".join(f"unknown_key_{i:08}: 1\n" for i in range(n)))

# Render: the largest valid inputs: plans of up to the row limit, and the
# longest texts (10,000 characters, one word or accented letters).
for rows_n in (125, 250, 500, 2000):
    put(f"plan-{rows_n}.yaml", head + "teachers:\n" + row * rows_n)
# Near the most text a document may hold (60,000 characters): 3 paragraphs
# of 9,990 characters of words, a single 9,990-letter word and 1,990
# letters with 4 accents each, beside the report's own text.
words = ("сөздөр " * 1427)[:9990].strip()
items = "".join(f"    - {words}\n" for _ in range(3))
items += "    - " + "ж" * 9990 + "\n" + "    - " + ("а" + "\u0301" * 4) * 1990 + "\n"
put("maxtext.yaml", report.replace(lectures, "  new_lectures:\n" + items))
# Extract: PDFs up to the 64 MiB cap, deep nesting, compression bombs.
def pdf(extra, filt, body):
    return (b"%%PDF-1.7\n1 0 obj\n<</Length %d/Type/EmbeddedFile%s%s>>\nstream\n" % (len(body), filt, extra)
            + body + b"\nendstream\nendobj\n%EOF\n")
for tag, size in {"4": 4 * MiB, "16": 16 * MiB, "64": 64 * MiB - 4096}.items():
    junk = (b"1 0 obj [/EmbeddedFile /EmbeddedFiles (x) <<>>] endobj\n" * (size // 56 + 1))[:size]
    open(os.path.join(work, f"junk-{tag}.pdf"), "wb").write(b"%PDF-1.7\n" + junk)
    open(os.path.join(work, f"deep-{tag}.pdf"), "wb").write(
        b"%PDF-1.7\n1 0 obj\n<</Type/EmbeddedFile/X " + b"[" * size + b">>\nstream\nx\n")
zeros = bytes(64 * MiB)
open(os.path.join(work, "bomb.pdf"), "wb").write(pdf(b"", b"/Filter/FlateDecode", zlib.compress(zeros, 9)))
open(os.path.join(work, "bomb2.pdf"), "wb").write(
    pdf(b"", b"/Filter[/FlateDecode/FlateDecode]", zlib.compress(zlib.compress(zeros, 9), 9)))
yaml = open("examples/ky/application.yaml", "rb").read()
full = yaml + b"#" * (4 * MiB - len(yaml) - 2) + b"\n"
open(os.path.join(work, "limit.pdf"), "wb").write(pdf(b"/Params<</Size %d>>" % len(full), b"/Filter/FlateDecode", zlib.compress(full, 9)))
PY

timed() {  # class command file [args...]: one line of the table
  local class=$1 cmd=$2 file=$3; shift 3
  local size wall user sys kib code
  size=$(stat -c %s "$work/$file" 2>/dev/null || echo 0)
  (cd "$work" && /usr/bin/time -o "$work/time" -f "%e %U %S %M %x" "$bin" "$cmd" "$file" "$@" >/dev/null 2>/dev/null) || true
  read -r wall user sys kib code < <(grep -v '^Command' "$work/time")
  printf "%-11s %-8s %8.2f MiB %6s s wall %5.2f s CPU %7.1f MiB peak  exit %s\n" \
    "$class" "$cmd" "$(echo "$size / 1048576" | bc -l)" "$wall" "$(echo "$user + $sys" | bc -l)" \
    "$(echo "$kib / 1024" | bc -l)" "$code"
}

echo "== check (sizes 0.25, 0.5, 1, 2, 4 MiB)"
for class in lookalike longline longkey glyphs combining keys; do
  for tag in q h 1 2 4; do timed "$class" check "$class-$tag.yaml"; done
done
echo "== check --format json"
for class in lookalike glyphs; do timed "$class" check "$class-4.yaml" --format json; done
echo "== render (largest valid inputs; hostile ones are refused by the check)"
for f in plan-125 plan-250 plan-500 plan-2000 maxtext; do timed "${f%%-*}" render "$f.yaml" -o "$f.pdf" --force; done
timed maxtext render maxtext.yaml --draft -o draft.pdf --force
for class in lookalike combining; do timed "$class" render "$class-4.yaml" -o out.pdf --force; done
echo "== extract"
for tag in 4 16 64; do timed junk extract "junk-$tag.pdf"; done
for tag in 4 16 64; do timed deep extract "deep-$tag.pdf"; done
for f in bomb bomb2 limit; do timed "$f" extract "$f.pdf"; done
ln -s /dev/zero "$work/zero.pdf"
timed endless extract zero.pdf
