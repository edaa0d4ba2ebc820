# Hostile or careless text: limits and invisible characters.
too-many-findings = {$count} more findings are not shown: at most {$max} are reported for one file; fix these and check again
combining = more than {$max} combining marks on one letter: the text cannot be printed; retype it
bidi = a bidirectional control character ({$code}) would print the text in another order than it is written; delete it
invisible = an invisible character ({$code}) was removed; the form prints the text without it
rule-combining = at most a few accents (combining marks) on one letter
rule-bidi = no bidirectional control characters (they reorder printed text)
rule-invisible = zero-width characters are removed, with a warning
rule-io = every input can be read (an unreadable file is reported, the others still checked)
io-stdout = cannot write to standard output: {$detail}
io-exists-force = {$path} already exists and is not a PDF made by tirkeme (or differs): nothing was written; choose another name, or add --force to replace it
io-skipped = {$path} is skipped: it is not a regular file (a pipe or a device)
extract-pdf-too-large = {$path} is refused: larger than {$max} MiB, far more than any form
extract-damaged = the source attached to {$path} is damaged ({$detail}); nothing was written
extract-too-large = the source attached to {$path} would be larger than {$max} MiB, the input limit; nothing was written
extract-unsupported = the source attached to {$path} is encoded in a way tirkeme never writes ({$filter}); nothing was written
extract-foreign = {$path} carries an attachment of another program ({$kinds}), not the source of a tirkeme document; nothing was written
cli-force = replace existing files that tirkeme did not make, or that hold something else
source-date-epoch-ignored = note: SOURCE_DATE_EPOCH={$value} is not a date from 1900 to 2200 in seconds since 1970; it is ignored
io-not-regular = {$path} is not a regular file (a folder, a device or a pipe): it is never replaced; choose a file name
document-too-long = the document holds more than {$max} characters of text, more than the form can print in reason; shorten it (the rest is not printed)
