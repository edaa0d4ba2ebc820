### The command line's own words (help, usage errors) and the messages a
### secretary acts on: YAML syntax mistakes, numbers and dates, the system's
### I/O errors. `cli-<command>-about`, `cli-<command>-<arg>` and `cli-<arg>`
### are found by name by `src/cli/help.rs`; a new command or argument needs
### its ids here in every language (a test says which are missing).

## Help

cli-about = YAML to the official professional-development forms of Talas State University (Kyrgyz and Russian), checked against the regulation
cli-after-help = `tirkeme COMMAND --help` shows the help of one command.
cli-heading-usage = Usage
cli-heading-commands = Commands
cli-heading-arguments = Arguments
cli-heading-options = Options
cli-usage-options = [OPTIONS]
cli-usage-command = <COMMAND>
cli-usage-command-optional = [COMMAND]
cli-help = print this help
cli-version = print the version
cli-ui-lang = language of the tool's messages: ky, ru or en (default: from LANG, else the system's language)
cli-value-ui-lang = LANG
cli-help-about = print this help or the help of a command
cli-help-subcommand = the command to explain
cli-value-subcommand = COMMAND
cli-render-about = render one form to PDF (checked first)
cli-render-file = the YAML input
cli-value-file = FILE
cli-render-output = where to write the PDF: a file, or a folder for `<name>.<lang>.pdf` (default: beside the input)
cli-value-output = PATH
cli-render-lang = print the form in this language (ky or ru), whatever the file says
cli-value-lang = LANG
cli-render-plain = a plain PDF, not PDF/A-3b, without the YAML attached
cli-render-draft = print even if a rule is broken: every page marked DRAFT diagonally
cli-check-about = check inputs against the regulation without rendering; the findings go to standard output
cli-check-files = the YAML inputs: files, or folders searched for `*.yaml` / `*.yml`
cli-value-files = FILES
cli-check-format = `human` (excerpts, the default) or `json` (one object a line)
cli-value-format = FORMAT
cli-batch-about = render many files and folders in one run, in parallel
cli-batch-inputs = files and folders (searched for `*.yaml` / `*.yml`)
cli-value-inputs = INPUTS
cli-batch-output = the output folder (created if missing)
cli-batch-jobs = worker threads (default: the number of cores)
cli-value-jobs = N
cli-batch-lang = print every form in this language (ky or ru)
cli-batch-plain = plain PDFs, not PDF/A-3b
cli-package-about = render an annual plan and the application of every teacher it sends away
cli-package-plan = the annual plan
cli-value-plan = PLAN
cli-package-output = the output folder (created if missing)
cli-package-lang = print in this language (ky or ru)
cli-new-about = print a commented example of a form to fill in
cli-new-form = the form: {$forms}
cli-value-form = FORM
cli-new-lang = the language of the example: ky (the default) or ru
cli-new-output = write the example to this file (never over an existing one) instead of printing it
cli-forms-about = list the forms
cli-rules-about = list the rules checked, with their clauses
cli-blank-about = render a form left blank, every line to be filled in by hand (PDF/A, no data, not a draft)
cli-blank-form = the form: {$forms}
cli-blank-lang = the language of the form: ky (the default) or ru
cli-blank-output = where to write the PDF (default: <form>.blank.<lang>.pdf; - for standard output)

cli-demo-about = render every built-in example in both languages
cli-demo-output = the output folder (default: tirkeme-demo)
cli-extract-about = write out the YAML attached to a PDF made by tirkeme
cli-extract-file = the PDF
cli-extract-output = where to write the YAML (default: standard output)

## Usage errors

cli-unknown-argument = there is no option `{$arg}` here
cli-unknown-command = there is no command `{$command}`
cli-missing-argument = missing: {$arg}
cli-missing-command = name a command: render, check, batch, package, new, forms, rules, demo, extract
cli-missing-value = `{$arg}` needs a value
cli-invalid-value = `{$value}` is not a value of `{$arg}`; possible: {$valid}
cli-bad-value = `{$value}` is not a valid value of `{$arg}`
cli-conflict = `{$arg}` cannot be used together with `{$other}`
cli-unexpected = `{$arg}` is not expected here
cli-usage-other = the command line is not right ({$arg})
cli-did-you-mean = did you mean `{$hint}`?
cli-try-help = `{$command} --help` shows what it takes

## YAML mistakes

syntax-tab = a tab is used for indentation here (shown as →); YAML indents with spaces only: replace the tab with spaces, two for each level
syntax-nbsp = a non-breaking space ({$code}) is used for indentation here; indent with ordinary spaces only: delete the start of the line and indent it again with the space bar
syntax-indent = `{$key}` starts in column {$column}, but `{$above}` on line {$line} starts in column {$expected}: the keys of one map start in the same column, and what belongs to a key is indented under it
syntax-duplicate-key = the key `{$key}` is written twice in the same place (first on line {$line}): keep one of them
syntax-duplicate-first = first written here
syntax-documents = a second document starts at this `---`: one file holds one form; move what follows into a file of its own, or delete this line
syntax-no-space = a space is missing after the colon: write `{$fixed}`
syntax-no-colon = this line has no colon: write it as `key: value`
syntax-colon-in-value = the value holds a colon followed by a space, which YAML reads as a new key: put the value in quotes: `{$fixed}`
syntax-unclosed-quote = the quote `{$quote}` opened here is never closed: end the value with `{$quote}` on the same line
syntax-unclosed-bracket = the bracket `{$open}` opened here is never closed with `{$close}`

## Numbers and dates

number-too-large = `{$found}` is too large: at most {$max}
number-negative = `{$found}` is negative: write a number from 0 to {$max}
number-with-unit = write the number only: `{$fixed}`
date-no-day = `{$found}` is not a date: {$month ->
        [jan] January
        [feb] February
        [mar] March
        [apr] April
        [may] May
        [jun] June
        [jul] July
        [aug] August
        [sep] September
        [oct] October
        [nov] November
       *[dec] December
    } {$year} has no day {$day}; its last day is {$last}
date-no-month = `{$found}` is not a date: there is no month {$month}; write dates as year-month-day, like `2025-11-03`
date-day-first = `{$found}`: write dates as year-month-day: `{$fixed}`

## What the system answered (reading or writing a file)

os-not-found = there is no such file or folder
os-permission = access is denied: you may not open or change it
os-exists = it already exists
os-is-folder = it is a folder, not a file
os-not-folder = a part of the path is a file, not a folder
os-disk-full = the disk is full
os-read-only = the disk or folder is read-only
os-too-large = the file is too large
os-in-use = the file is open in another program: close it there and try again
os-bad-name = the name is not allowed for a file
os-bad-data = the file could not be read to its end
os-memory = not enough memory
os-pipe = the program reading the output has stopped
os-interrupted = the operation was interrupted; try again
os-other = system error {$code}

## Files Notepad saved as .txt

yaml-txt-skipped = {$path} is not read: its name ends in .txt (Notepad adds it); rename it to {$fixed} (in Explorer: View → File name extensions shows the .txt)
yaml-txt-read = {$path} is read as YAML although its name ends in .txt; rename it to {$fixed}
yaml-txt-twin = there is no {$path}, but there is {$twin}: Notepad added .txt to its name; rename it to {$path} (in Explorer: View → File name extensions shows the .txt)
inputs-none = no YAML files (*.yaml, *.yml) in {$paths}

## render --draft

draft-despite = {$path}: printed as a DRAFT despite {$errors} errors: every page is marked as a draft; it is not a final copy

## package

package-summary = {$plan}: applications made: {$made}
package-skipped = no application for (the plan does not send them away): {$names}
package-failed = not made, see above: {$files}

## batch

batch-failed = not made, see above: {$files}

## Help of `schema` and `new --schema-dir` (issue 15)

cli-schema-about = print the JSON Schema of a form's YAML, for editors
cli-schema-form = the form (or `--all`)
cli-schema-all = every form's schema, written as `<form>.schema.json` into the folder given by `-o`
cli-schema-output = where to write: a file (one form) or a folder (`--all`)
cli-schema-lang = the language of the descriptions: ky, ru or en (default: that of the messages)
cli-new-schema-dir = also write the form's JSON Schema into this folder and start the example with the `# yaml-language-server: $schema=` line pointing to it, for editors
cli-value-schema-dir = FOLDER

## Limits of a file

limit-depth = the file is refused: it is nested deeper than {$max} levels; a form needs only a few (check the brackets and the indentation)
limit-nodes = the file is refused: it holds more than {$max} values, far more than any form
limit-size = the file is refused: it is larger than {$max} MiB, far more than any form
limit-aliases = the file is refused: its aliases (`&name`, `*name`) expand too much; write the values out
