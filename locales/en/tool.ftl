### Messages of tirkeme itself, in English: findings about a YAML input and
### the words of the command line. Typst style: lower case, no final period,
### keys and values in backticks. The place (file:line:column), the rule id
### and the clause of the regulation are printed beside a message, never in it.
### Arguments are strings; numbers are not pluralised (Fluent sees no numbers).

## Reading the file

type-expected = expected {$expected ->
        [map] a map of `key: value` pairs
        [text] text
        [whole-number] a whole number
        [true-false] `true` or `false`
        [list] a list
       *[other] {$expected}
    }, found {$found ->
        [null] an empty value
        [bool] `true`/`false`
        [int] a whole number
        [float] a decimal number
        [text] text
        [list] a list
        [map] a map of `key: value` pairs
       *[other] {$found}
    }
unknown-key = unknown key `{$key}`: this form has no such key
unknown-key-hint = unknown key `{$key}`, did you mean `{$hint}`?
missing-key = missing required key `{$key}`
text-too-long = text is too long: at most {$max} characters are allowed
lookalike = look-alike letter «{$found}» replaced by «{$replaced}» in «{$word}»; the form prints the corrected letter
bad-date = `{$found}` is not a date: write dates as `2025-11-03` (year-month-day)
academic-year = `{$found}` is not an academic year: write it as `2025-2026`, two consecutive years
bad-choice = `{$found}` is not allowed here; allowed values: {$allowed}
bad-choice-hint = `{$found}` is not allowed here (allowed values: {$allowed}), did you mean `{$hint}`?
too-many-rows = too many rows: only the first {$max} are read
bad-year = `{$found}` is not a plausible year: a four-digit year like `2019` is expected
bad-country = `{$found}` is not a country code: write the two-letter ISO 3166 code in capitals, like `KG`, `KZ`, `RU`
root-not-map = the file must be a map of `key: value` pairs, starting with `form: ...`
missing-form = missing key `form`: name one of the forms: {$forms}
unknown-form = unknown form `{$found}`; the forms are: {$forms}
unknown-form-hint = unknown form `{$found}` (the forms are: {$forms}), did you mean `{$hint}`?
syntax = the file cannot be read as YAML here: check the indentation, the colons and the quotes of this line and of the line above
too-large = the file is refused: it exceeds a limit on size, nesting or aliases
encoding = the file is not UTF-8 text (it is binary or in another encoding, such as UTF-16 or Windows-1251); save it as UTF-8
empty = the file is empty: it holds nothing but comments

## Rules of the regulation

end-before-start = the end date {$end} is before the start date {$start}
outside-year = the date {$date} falls outside the academic year {$year} (1 September – 31 August)
course-hours = the course has only {$hours} hours; a qualification course needs at least {$min} hours
internship-length = the internship is too short (days: {$days}, hours: {$hours}); it needs at least {$min_days} days or {$min_hours} hours
retraining-hours = professional retraining has only {$hours} hours; it needs at least {$min} hours
retraining-hours-missing = professional retraining without `hours`: state its hours (at least {$min})
creative-leave = the creative leave is longer than six months: it ends on {$end}, the last allowed day is {$last}
host-external = the internship is at «{$host}», the university itself; internships are held only at other organisations
foreign-funding = the internship abroad ({$country}) is funded by `{$funding}`; an internship abroad is funded only by the host country (`host`) or a grant (`grant`)
foreign-funding-missing = the internship abroad ({$country}) has no `funding`; write `host` (the host country) or `grant`
report-deadline = the certificate reached the «Quality of education» department {$days} days after the internship ended ({$end}); the limit is {$max} days
five-years-no-record = no previous course on record (`last_courses` is empty): check that the teacher upgraded their qualification within the last five years
five-years-plan = the latest course was in {$latest}: the next one is due no later than the {$due} academic year (at least once in five years), but the plan has none by then
five-years-annual = the latest course was in {$latest}, more than five years before {$year}
plan-hours = the plan's hours add up to {$sum}, but the program states `hours: {$hours}`
year-outside-plan = the academic year {$year} is not one of the plan's three years ({$first} … {$last})
certificate-missing = the report does not name the document confirming completion: fill in `certificate` (certificate, diploma, ...)
certificate-incomplete = `certificate` needs its `kind` and its `number` or `issuer`
issued-before-start = the document is dated {$issued}, before the start {$start}

## Command line and output

severity-error = error
severity-warning = warning
severity-info = note
summary-check = files checked: {$files}; errors: {$errors}, warnings: {$warnings}
rendered = wrote {$path}
not-rendered = {$path}: not rendered because of the errors above
render-failed = {$path}: the form could not be laid out: {$detail}
io-read = cannot read {$path}: {$detail}
io-write = cannot write {$path}: {$detail}
io-same-file = refusing to write the output onto the input file {$path}
io-not-dir = the output folder {$path} does not exist or is not a folder
batch-summary = {$rendered} rendered ({$warned} with warnings), {$failed} failed
batch-duplicate = {$first} and {$second} would both write {$path}; the second gets a numbered name
extract-none = {$path} carries no attached YAML source (it was not made by tirkeme, or was made with `--plain`)
extracted = wrote the attached source to {$path}
demo-done = rendered {$count} forms into {$dir}
rules-header = Rules checked (id, severity, clause)
forms-header = The regulation's forms (id; appendix number, – for a document that is no appendix; page)
new-hint = fill in this file, then run: tirkeme render {$file}

## What each rule checks, for `tirkeme rules`

rule-five-years = professional development at least once in five years (72 hours)
rule-course-hours = a qualification course lasts at least 72 hours
rule-internship-length = an internship lasts at least 14 days or at least 72 hours
rule-retraining-hours = professional retraining lasts at least 250 hours
rule-creative-leave = a creative leave lasts at most six months
rule-host-external = an internship is held at another organisation, never at the university itself
rule-foreign-funding = an internship abroad is funded by the host country or a grant
rule-report-deadline = the internship certificate reaches the «Quality of education» department within 15 days
rule-dates = end not before start; annual plan dates within its academic year
rule-academic-year = academic years written as `2025-2026`, two consecutive years
rule-plan-hours = internship plan hours add up to the program's hours
rule-certificate = a report names the document confirming completion
rule-lookalike = look-alike letters (γ, Ѳ, Ӊ, Latin in Cyrillic words) are replaced
rule-syntax = the file is valid YAML
rule-unknown-key = only the keys of the form
rule-type = values of the right kind (dates, numbers, choices)
rule-missing = required keys present
rule-unknown-form = `form` names one of the forms (`tirkeme forms`)
rule-limit = size limits (file, rows, text length)

clause = regulation {$clause}
package-not-plan = {$path} is not an annual plan: `package` takes a file with `form: annual-plan`
glyph = the character «{$char}» ({$code}) cannot be printed: the forms' font has no such letter; retype it
rule-glyph = every character has a letter in the bundled font (no blank boxes)
io-exists = {$path} already exists; choose another name or remove it first
new-written = wrote {$path}: fill it in, then run tirkeme render {$path}
new-save = to keep this example: tirkeme new {$form} -o {$form}.yaml
