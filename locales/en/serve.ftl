# tirkeme serve: the messages of the server and the words of its pages.
serve-bad-listen = `{$listen}` is not an address to listen on (e.g. 127.0.0.1:8080)
serve-needs-token = `{$listen}` is reachable from other machines: start with `--token SECRET` or `--keys FILE` (or listen on 127.0.0.1)
serve-bind-failed = cannot listen on `{$listen}`: {$detail}
serve-started = serving the documents of `{$dir}` ({$workers} renders at once); stop with Ctrl+C
serve-forbidden = refused: this request comes from another site
serve-unauthorized = this server needs its token: open the address you were given with ?token=…
serve-busy = the server is busy; try again in a moment
serve-no-form = there is no form `{$form}`
serve-bad-lang = `{$lang}` is not a form language (ky or ru)
serve-render-failed = the PDF could not be made: {$detail}
serve-extract-none = this PDF carries no data of tirkeme
serve-bad-name = `{$name}` is not a document name: one file name ending in .yaml, without folders
serve-not-found = no document `{$name}` in this folder
serve-too-large = `{$name}` is larger than the input limit
serve-not-text = a document must be UTF-8 text
serve-no-roster = this folder holds no roster (a YAML file with `form: roster`)
serve-tagline = the professional-development forms of Talas State University
serve-ui-lang = Language
serve-forms = Forms
serve-appendix = Appendix {$n}
serve-documents = Documents in {$dir}
serve-no-documents = No documents saved here yet.
serve-open-pdf = Open a PDF made by tirkeme
serve-standing = The roster's standing (five-year rule)
serve-save-name = File name
serve-save = Save
serve-download-pdf = Download the PDF
serve-findings = Findings
serve-preview = Preview
serve-package = Download the package (ZIP)
serve-no-findings = No findings: the form follows the regulation.
serve-saved = Saved as {$name}
serve-save-failed = Not saved
serve-add-row = Add a row
serve-remove-row = Remove this row
serve-extra-keys = Keys this form does not have (saved as they were):
serve-remove-key = Remove
serve-roster = The department's roster of teachers (their professional development so far)
serve-not-rendered = Not printed until the errors are fixed
serve-unset = (not given)
serve-yes = yes
serve-no = no
serve-line = line
serve-list-hint = separate with commas
serve-other-form = this PDF holds another form; opening it there
serve-checking = checking…
serve-col-name = Teacher
serve-col-position = Position
serve-col-last = Last completed
serve-col-hours_5y = Hours in 5 years
serve-col-due = Due
serve-col-state = State
serve-state-ok = in order
serve-state-due = due this academic year
serve-state-overdue = overdue
serve-state-never = no upgrading on record
serve-body-too-large = the request is larger than the input limit (4 MiB)

## Command line help of `serve`
cli-serve-about = fill the forms in a browser: a web server over the documents of a folder
cli-serve-dir = the folder whose YAML documents are listed, opened and saved
cli-serve-listen = the address to listen on; port 0 takes a free one; any address beyond loopback needs --token
cli-serve-token = the secret every request must carry, 16 characters at least (Authorization: Bearer, or the cookie set by opening /?token=TOKEN once)
cli-serve-jobs = renders at once (default: the number of cores)
cli-serve-queue = renders that may wait beyond those before the server answers 503 (default: 16 per render at once)

# Value names in the help (`--on <DATE>`).
cli-value-dir = FOLDER
cli-value-listen = ADDR:PORT
cli-value-token = TOKEN
cli-value-queue = N
