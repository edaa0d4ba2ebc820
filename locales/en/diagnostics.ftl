# The words of a finding's further places (labels), shown under its excerpt.
label-start = the start date
label-plan-date = the date in the annual plan
label-plan-row = the teacher's row in the annual plan
label-program-hours = the hours of the programme
label-roster-name = the name in the roster
