# The words of a finding's further places (labels), shown under its excerpt.
label-end = the end date
label-start = the start date
label-plan-date = the date in the annual plan
label-plan-row = the teacher's row in the annual plan
label-program-hours = the hours of the programme
label-roster-name = the name in the roster

# Typst's own errors and warnings in a form's template (its words are English).
template-error = the form's template failed (a fault of tirkeme, not of the input; please report it): {$message}
template-warning = the form's template warns (the PDF is made; please report it): {$message}
template-trace = {$trace}
template-hint = hint: {$hint}
rule-template = the form's template compiles (a failure is a fault of the tool, reported with its place in the template)
rule-template-warning = the form's template compiles without Typst's warnings (a warning is shown; the PDF is made)
