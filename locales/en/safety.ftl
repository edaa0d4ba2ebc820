# Hostile or careless text: limits and invisible characters.
too-many-findings = {$count} more findings are not shown: at most {$max} are reported for one file; fix these and check again
combining = more than {$max} combining marks on one letter: the text cannot be printed; retype it
bidi = a bidirectional control character ({$code}) would print the text in another order than it is written; delete it
invisible = an invisible character ({$code}) was removed; the form prints the text without it
rule-combining = at most a few accents (combining marks) on one letter
rule-bidi = no bidirectional control characters (they reorder printed text)
rule-invisible = zero-width characters are removed, with a warning
