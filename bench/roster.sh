#!/usr/bin/env bash
# The roster's benchmark (docs/roster.md): the largest roster the tool
# accepts (500 teachers, 60,000 characters of text), here 500 teachers and
# 2,000 completed activities, through `tirkeme import`
# then `tirkeme status`, each timed (median of 5 runs), from CSV and, when
# LibreOffice is at hand, from the same sheet saved as xlsx.
# BIN=path/to/tirkeme to time a given binary (default: a release build).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${BIN:-}" ]; then
  cargo build --release --quiet
  BIN=target/release/tirkeme
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# 500 teachers, 4 activities each, of every counted kind, over 2016-2025
# (every fourth teacher over 2008-2015 only, so overdue).
awk 'BEGIN {
  print "ФИО,Должность,Вид,Начало,Окончание,Часы"
  split("курсы,семинар,конференция,стажировка,переподготовка", kinds, ",")
  for (t = 1; t <= 500; t++)
    for (a = 0; a < 4; a++) {
      y = (t % 4 == 0) ? 2008 + (t + a) % 8 : 2016 + (t + a) % 10; m = 1 + (t * 7 + a) % 12; d = 1 + (t + a * 3) % 27
      k = kinds[1 + (t + a) % 5]; h = (k == "семинар" || k == "конференция") ? 24 : 72
      printf "Преподаватель%04d Имя Отчество,доцент,%s,%02d.%02d.%d,%02d.%02d.%d,%d\n", \
        t, k, d, m, y, d + 1, m, y, h
    }
}' > "$work/staff.csv"

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
timed() { # label, then the command; prints the median wall time of 5 runs
  local label=$1; shift
  for _ in 1 2 3 4 5; do
    /usr/bin/time -f "%e %M %U %S" -o "$work/t" "$@" > /dev/null 2>&1
    cat "$work/t" >> "$work/$label.times"
  done
  printf "   %-24s %s s wall, %s s CPU (medians of 5), %s KiB peak\n" "$label" \
    "$(cut -d' ' -f1 "$work/$label.times" | median)" \
    "$(awk '{ printf "%.2f\n", $3 + $4 }' "$work/$label.times" | median)" \
    "$(cut -d' ' -f2 "$work/$label.times" | sort -n | tail -1)"
}

echo "== 500 teachers, 2,000 activities ($(wc -l < "$work/staff.csv") lines of CSV)"
timed "import staff.csv" "$BIN" import "$work/staff.csv" -o "$work/roster.yaml"
echo "   roster.yaml: $(wc -c < "$work/roster.yaml") bytes"
timed "status --format json" "$BIN" status "$work/roster.yaml" --on 2025-11-03 --format json
timed "status (table)" "$BIN" status "$work/roster.yaml" --on 2025-11-03
"$BIN" status "$work/roster.yaml" --on 2025-11-03 | tail -1
if command -v soffice > /dev/null; then
  (cd "$work" && timeout 300 soffice --headless --infilter="CSV:44,34,76,1" --convert-to xlsx staff.csv > /dev/null 2>&1) || true
  if [ -f "$work/staff.xlsx" ]; then
    timed "import staff.xlsx" "$BIN" import "$work/staff.xlsx" -o "$work/roster-x.yaml"
  fi
fi
both() {
  "$BIN" import "$work/staff.csv" -o "$work/roster.yaml" 2> /dev/null
  "$BIN" status "$work/roster.yaml" --on 2025-11-03 --format json > /dev/null
}
export -f both; export BIN work
timed "import + status" bash -c both
