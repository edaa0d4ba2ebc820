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
