### The department's year closed (SPEC §13): the plans' execution, what
### still waits (`status`), the folder read whole, in English.

## A department folder

folder-file-unreadable = {$path}: cannot be read ({$detail}); left out
folder-file-invalid = {$path}: not a document that can be read (see `tirkeme check {$path}`); left out
folder-truncated = {$path}: more than {$max} YAML files; only the first {$max} are read

## execution

execution-bad-year = `{$found}` is not an academic year: write `--year 2025-2026`
execution-no-plans = no annual plan (`form: annual-plan`) in {$paths}
execution-no-plans-year = no annual plan of {$year} in {$paths}
execution-header = the annual plans' execution on {$date}
execution-col-n = №
execution-col-teacher = teacher
execution-col-kind = kind
execution-col-period = dates
execution-col-state = state
execution-col-document = document
execution-state-done = done
execution-state-late = done, certificate late
execution-state-open = not over yet
execution-state-missed = missed
execution-late-detail = {$state} (handed over {$submitted}, {$days} days after the end)
execution-returned-detail = {$state}; the report {$document} was returned for revision
execution-summary = planned: {$planned}; done: {$done}, certificate late: {$late}, not over yet: {$open}, missed: {$missed}
execution-all = all departments: {$summary}
execution-title = The execution of the teachers' professional development plan
execution-title-year = The execution of the teachers' professional development plan for the academic year {$year}
execution-department = Department «{$department}»
execution-subject = The execution of the professional development plan, {$date}
execution-on = on {$date}
execution-cadre-head = Head of the personnel department of {$univ}

## status: what the folder still owes

pending-certificates-header = internship certificates that did not reach the “Quality of education” department within 15 days of the end (6.6):
pending-certificate-late = {$teacher}: {$document}, internship ended {$end}, handed over {$submitted}, {$days} days after
pending-certificate-missing = {$teacher}: {$document}, internship ended {$end}, not handed over yet, {$days} days since
pending-certificate-absent = {$teacher}: internship of {$plan} ended {$end}, no certificate in the folder, {$days} days since
pending-reports-header = reports waiting for the department's decision (7.1):
pending-report = {$teacher}: {$document}
pending-report-returned = {$teacher}: {$document} was returned for revision; the revised report is awaited
pending-none = nothing waits: every certificate reached the quality department in time and every report has the department's decision

## The command line

cli-execution-about = the annual plans' execution: each planned upgrading done, late, open or missed, from the department folders
cli-execution-dirs = the department folders, each with its annual plan and the documents filed since
cli-execution-year = only the plans of this academic year, e.g. `2025-2026`
cli-execution-on = the date to judge on: `2026-06-30` or `30.06.2026` (default: today)
cli-execution-format = `human` (a table), `json` (one object a line) or `csv`
cli-execution-pdf = also write the execution as a printed page to this PDF

## draft minutes: the usual wording of each item, and the command

draft-minutes-annual-heard = Head of department {$head}: the annual plan of the teachers' professional development for the academic year {$year}.
draft-minutes-annual-decided = To approve the annual plan of the teachers' professional development for the academic year {$year}.
draft-minutes-perspective-heard = Head of department {$head}: the perspective plan of the teachers' professional development for {$years}.
draft-minutes-perspective-decided = To approve the perspective plan of the teachers' professional development for {$years}.
draft-minutes-program-heard = {$teacher}: the internship programme{$period}.
draft-minutes-program-decided = Endorse the internship programme of {$whose}.
draft-minutes-report-heard = {$teacher}: the report on professional development{$period}.
draft-minutes-report-decided = Approve the report of {$whose}.
draft-minutes-internship-heard = {$teacher}: the results of the internship{$period}.
draft-minutes-internship-decided = Approve the internship results of {$whose}.
draft-minutes-nothing = nothing in {$path} waits for the department's decision: every plan, programme, report and certificate is named in the minutes there
draft-minutes-bad-date = `{$found}` is not a date: write `--date 2026-06-15` or `--date 15.06.2026`
cli-minutes-about = the minutes of the next meeting: an item for every document of the folder that waits for the department's decision
cli-minutes-dir = the department's folder
cli-minutes-number = the minutes' number, e.g. `5`
cli-minutes-date = the meeting's date: `2026-06-15` or `15.06.2026`
cli-minutes-output = where to write the YAML (default: standard output)
cli-value-dirs = FOLDERS
cli-value-number = NUMBER
cli-value-date = DATE

## The page

serve-execution = The plan's execution on {$date}
serve-folder-unreadable = the folder served cannot be read
serve-minutes-number = Write the minutes' number.
serve-minutes-nothing = Nothing waits for the department's decision: every plan, program, report and certificate of the folder is named in minutes already.
serve-minutes-heading = The next meeting's minutes
serve-minutes-waiting = Waiting for the department's decision: {$count}. The draft has an item for each, with the decision's usual wording; complete the attendance and the secretary, then save.
serve-minutes-number-label = Minutes №
serve-minutes-date-label = Meeting date
serve-minutes-draft = Draft the minutes
serve-execution-pdf = The execution to print (PDF)
serve-execution-csv = The table for Excel (CSV)

## The same plan filed twice (in Kyrgyz and in Russian)

rule-plan-copies = a department's plan of a year, filed in both languages, lists the same rows in both files
plan-copies-annual = `{$other}` is this department's annual plan for {$year} too, but the two list different rows: {$row} is only in `{$only}`. A department has one annual plan a year (4.1): make both language copies list the same rows, or `execution` counts both
plan-copies-perspective = `{$other}` is this department's perspective plan from {$year} too, but the two list different rows: {$row} is only in `{$only}`. A department has one perspective plan (4.1): make both language copies list the same teachers and directions
label-plan-copy = the other file of the same plan
execution-copy = {$copy} is the same plan as {$plan} in another language: counted once
execution-differ = {$plan} and {$other} are both the plan for {$year}, with different rows: both are counted (see `tirkeme check`)
