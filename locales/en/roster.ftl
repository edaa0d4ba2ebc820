### The department's roster (SPEC §8): its findings, `status`, `import`,
### `draft` and the checks of a folder against the roster, in English.

## Reading a roster

roster-no-end = an activity of {$name} without `end`: it cannot count towards the five-year rule until its last day is given
roster-no-hours = an activity of {$name} without `hours`: it counts towards the five-year rule only with its hours (at least 72, or 72 together for seminars and conferences)

## status

roster-bad-date-arg = `{$found}` is not a date: write `--on 2025-11-03` or `--on 03.11.2025`
roster-not-roster = {$path} is a form, not a roster: a roster starts with `form: roster`
roster-unreadable = {$path}: the roster has errors (above); nothing is computed
status-header = standing with the five-year rule on {$date}
status-col-name = name
status-col-position = position
status-col-last = last
status-col-hours = hours in 5 years
status-col-due = due
status-col-state = state
status-summary = teachers: {$teachers}; overdue: {$overdue}, never: {$never}, due this academic year: {$due}, ok: {$ok}
state-never = never
state-overdue = overdue
state-due = due
state-ok = ok

## import

# The words a spreadsheet's first row may use for each column, separated by
# commas (letter case, spaces and punctuation do not matter).
roster-column-name = name, full name, teacher
roster-column-position = position, post
roster-column-degree = degree, scientific degree, academic degree
roster-column-subject = subject, discipline
roster-column-gender = gender, sex
roster-column-kind = kind, type
roster-column-title = title, topic
roster-column-start = start, from, start date
roster-column-end = end, to, end date
roster-column-hours = hours
roster-column-institution = institution, organisation, organization, host
roster-column-document = document, certificate
import-empty = the sheet is empty: one of its first rows must name the columns
import-unknown-column = column «{$found}» is not one the roster knows; it is left out
import-twice = column «{$found}» names a field that another column already holds
import-no-name = no column holds the teachers' names: name one «Аты-жөнү», «ФИО» or `name`
import-row-no-name = a row with an activity but no teacher's name
import-no-kind = an activity without its kind (course, seminar, internship …)
import-bad-kind = «{$found}» is not a kind of professional development; the kinds: {$allowed}
import-bad-gender = «{$found}» is not a gender: write `m` or `f` (эр/аял, м/ж, муж/жен)
import-bad-date = «{$found}» is not a date: write it as a date of the spreadsheet, `03.11.2025`, `2025-11-03` or «3 ноября 2025»
import-bad-hours = «{$found}» is not a number of hours: write a whole number
import-unreadable = cannot read the spreadsheet {$path}: {$detail}
import-not-written = {$path}: no roster written; errors found: {$errors} (above)
import-done = wrote {$path}: {$teachers} teachers, {$activities} activities
import-too-large = the file is larger than {$max} MiB, far more than a department's spreadsheet: it is not read; is it the right file?
import-not-a-file = this is not a file (a folder, a device or a pipe): give the spreadsheet's file
import-damaged = this is not a spreadsheet that can be read: the file is damaged, or it is not an xlsx, ods or csv file; open it in Excel or LibreOffice and save it again as xlsx
import-protected = the workbook is protected by a password or saved as Excel 97-2003: save it without a password as «Excel Workbook (*.xlsx)»
import-old-excel = Excel 97-2003 (xls) and binary (xlsb) workbooks are not read: in Excel, «File → Save As → Excel Workbook (*.xlsx)»
import-unzipped = the workbook unpacks to more than {$max} MiB: it is not read; save the roster's sheet alone as a new workbook
import-too-many-cells = more than {$max} filled cells: the spreadsheet is read no further; keep only the roster's sheet
import-too-many-teachers = more than {$max} teachers: a roster holds at most {$max}; the rest of the sheet is not read (split it by department)
import-no-sheet = the workbook has no visible sheet
import-quote-unclosed = the quotation mark opened on line {$line} is never closed: every row after it would be one cell; remove it or close it
import-quote-swallowed = the quotation mark opened on line {$line} closes only on line {$end}: the rows between would be one cell; remove the stray quotation mark
import-quote-text-after = on line {$line} a quoted value goes on after its closing quotation mark: quote the whole value or remove the quotation marks

## draft

draft-bad-year = `{$found}` is not an academic year: write it as `2026-2027`, two consecutive years
draft-written = wrote {$path}
draft-not-written = the plan could not be written as YAML: {$detail}

## Documents of a folder checked against its roster

rule-roster-name = a person is named as in the department's roster
rule-plan-agreement = applications, programmes and certificates agree with the teacher's row in the annual plan
rule-certificate-hours = an internship certificate has at least the hours of its programme
cross-name = «{$found}» is not in the roster; the roster writes «{$roster}»
cross-plan-date = the {$what ->
        [start] start
       *[end] end
    } {$found} differs from the teacher's row in {$plan} ({$planned})
cross-plan-direction = the direction «{$found}» differs from the teacher's row in {$plan} («{$planned}»)
cross-certificate-hours = the certificate states {$hours} hours, fewer than the {$planned} hours of the programme {$program}
batch-roster-skipped = {$path}: a roster, not a form: nothing to render (its page: `tirkeme status {$path} --pdf FILE`)
import-encoding = the file is not UTF-8 text (Excel's «CSV» is often Windows-1251): save it as «CSV UTF-8», or as xlsx or ods

## Command line help

cli-import-about = turn the department's spreadsheet (xlsx, ods, csv, or Excel's «Unicode text») into a roster
cli-import-file = the spreadsheet: a header row naming the columns (under any title rows), then one row per completed activity
cli-import-output = where to write the roster's YAML (default: standard output)
cli-status-about = each teacher's standing with the five-year rule, from the roster
cli-status-roster = the roster (`form: roster`)
cli-status-on = the date to judge on: `2025-11-03` or `03.11.2025` (default: today)
cli-status-format = `human` (a table), `json` (one object a line) or `csv`
cli-status-pdf = also write the standing page, with its timeline, to this PDF
cli-draft-about = draft a plan's YAML from the roster, or the next meeting's minutes from the folder (it renders as it is)
cli-annual-plan-about = the annual plan: a row for every teacher not `ok` on 1 September
cli-annual-plan-roster = the roster
cli-annual-plan-year = the academic year, e.g. `2026-2027`
cli-annual-plan-output = where to write the YAML (default: standard output)
cli-perspective-plan-about = the perspective plan: every teacher planned no later than their due year
cli-perspective-plan-roster = the roster
cli-perspective-plan-from = the first of the plan's academic years, e.g. `2026-2027`
cli-perspective-plan-output = where to write the YAML (default: standard output)

# Value names in the help (`--on <DATE>`).
cli-value-roster = ROSTER
cli-value-on = DATE
cli-value-pdf = PDF
cli-value-from = YEAR
cli-value-year = YEAR
