#!/usr/bin/env bash
# The importer's worst cases (docs/reliability.md, "Measured worst cases"):
# hostile spreadsheets made here (python3's zipfile for the raw-XML ones),
# each imported under /usr/bin/time -v; prints one Markdown table row per
# file: what it is, its size, the exit code, wall time, peak memory, and
# the first line `import` said.
# BIN=path/to/tirkeme to measure a given binary (default: a dev build,
# whose dependencies are optimised; see Cargo.toml).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${BIN:-}" ]; then
  cargo build --quiet
  BIN=target/debug/tirkeme
fi
BIN=$(realpath "$BIN")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

python3 - <<'PY'
import zipfile

def xlsx(name, sheet, shared=None, pr=""):
    types = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
             '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    book = ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' + pr +
            '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
    brels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>')
    if shared is not None:
        brels += ('<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
                  'Target="sharedStrings.xml"/>')
    brels += '</Relationships>'
    with zipfile.ZipFile(name, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", types)
        z.writestr("_rels/.rels", rels)
        z.writestr("xl/workbook.xml", book)
        z.writestr("xl/_rels/workbook.xml.rels", brels)
        z.writestr("xl/worksheets/sheet1.xml", sheet)
        if shared is not None:
            z.writestr("xl/sharedStrings.xml", shared)

def cells(dim, items):
    rows = "".join(f'<row r="{"".join(c for c in at if c.isdigit())}"><c r="{at}" t="inlineStr"><is><t>{t}</t></is></c></row>'
                   for at, t in items)
    return ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f'<dimension ref="{dim}"/><sheetData>{rows}</sheetData></worksheet>')

# A 2 KB workbook whose dimension and farthest cell claim the whole sheet.
xlsx("dimension.xlsx", cells("A1:XFD1048576", [("A1", "ФИО"), ("A2", "Асанов Бакыт"), ("XFD1048576", "x")]))
# The most text an xlsx carries within the limits: 190,000 distinct strings
# of 70 letters (27 MB unpacked, 2 MB packed), one teacher each.
n = 190000
xlsx("strings.xlsx",
     '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
     '<row r="1"><c r="A1" t="inlineStr"><is><t>ФИО</t></is></c></row>'
     + "".join(f'<row r="{i + 2}"><c r="A{i + 2}" t="s"><v>{i}</v></c></row>' for i in range(n))
     + '</sheetData></worksheet>',
     shared=f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{n}" uniqueCount="{n}">'
     + "".join(f"<si><t>{('Ж%06d' % i) * 10}</t></si>" for i in range(n)) + '</sst>')
# A shared-string table claiming ten billion strings.
xlsx("sst.xlsx", cells("A1", [("A1", "ФИО")]),
     shared='<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="10000000000" uniqueCount="10000000000"><si><t>x</t></si></sst>')
# A ZIP bomb: 1 GiB of spaces in the sheet, about 1 MB packed.
with zipfile.ZipFile("bomb.xlsx", "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
        block = b" " * (1 << 20)
        for _ in range(1024):
            f.write(block)
    z.writestr("[Content_Types].xml", "<Types/>")

def ods(name, rows):
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">'
               f'<office:body><office:spreadsheet><table:table table:name="Sheet1">{rows}</table:table>'
               '</office:spreadsheet></office:body></office:document-content>')
    with zipfile.ZipFile(name, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED)
        z.writestr("content.xml", content)

cell = lambda t: f'<table:table-cell office:value-type="string"><text:p>{t}</text:p></table:table-cell>'
# Empty rows and columns repeated to the sheet's end, then a table.
ods("repeat-empty.ods",
    '<table:table-row table:number-rows-repeated="1048575"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>'
    f'<table:table-row>{cell("ФИО")}</table:table-row><table:table-row>{cell("Асанов Бакыт")}</table:table-row>')
# A value repeated over every cell of the sheet.
ods("repeat-full.ods",
    f'<table:table-row>{cell("ФИО")}</table:table-row>'
    '<table:table-row table:number-rows-repeated="1048575"><table:table-cell table:number-columns-repeated="16384" '
    'office:value-type="string"><text:p>Асанов Бакыт</text:p></table:table-cell></table:table-row>')
# A space run of four billion in one cell.
ods("space-run.ods",
    f'<table:table-row>{cell("ФИО")}</table:table-row><table:table-row><table:table-cell office:value-type="string">'
    '<text:p>a<text:s text:c="4000000000"/>b</text:p></table:table-cell></table:table-row>')

# 16 MiB of one-letter cells: the cell limit reached by plain text.
with open("cells.csv", "w") as f:
    f.write("ФИО\n")
    line = ",".join(["a"] * 1000) + "\n"
    while f.tell() < 16 * 1024 * 1024 - len(line) * 2:
        f.write(line)
# 2 MB of rows with a bad date each: findings capped.
with open("dates.csv", "w") as f:
    f.write("ФИО,Вид,Начало\n")
    i = 0
    while f.tell() < 2_000_000:
        f.write(f"Асанов Бакыт,курсы,не дата {i}\n")
        i += 1
# A department as large as the roster allows (500 teachers, 3 activities each).
with open("department.csv", "w") as f:
    f.write("ФИО,Должность,Вид,Название,Начало,Окончание,Часы\n")
    for t in range(500):
        for a in range(3):
            f.write(f"Преподаватель{t:04d} Имя Отчество,доцент,курсы,Тема {a},01.0{a+1}.2021,14.0{a+1}.2021,72\n")
PY
truncate -s 1G huge.csv
ln -s /dev/zero zero.csv

echo "| file | size | exit | CPU | wall | peak memory | what import says |"
echo "|---|---|---|---|---|---|---|"
for f in dimension.xlsx strings.xlsx sst.xlsx bomb.xlsx repeat-empty.ods repeat-full.ods space-run.ods \
         cells.csv dates.csv department.csv huge.csv zero.csv; do
  set +e
  /usr/bin/time -v -o time.txt "$BIN" import "$f" -o roster.yaml > /dev/null 2> err.txt
  code=$?
  set -e
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' time.txt)
  peak=$(sed -n 's/.*Maximum resident set size (kbytes): //p' time.txt)
  cpu=$(awk -F': ' '/User time|System time/ { t += $2 } END { printf "%.2f s", t }' time.txt)
  size=$(stat -L -c %s "$f" 2> /dev/null || echo "-")
  [ -c "$f" ] && size="device"
  said=$(head -1 err.txt | cut -c1-110)
  printf '| `%s` | %s | %s | %s | %s | %s MiB | %s |\n' "$f" "$size" "$code" "$cpu" "$wall" "$((peak / 1024))" "$said"
  rm -f roster.yaml
done
