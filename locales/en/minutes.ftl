### The minutes extract (`form: minutes`): its rules, fields and the web
### page's words, in English (the printed words are Kyrgyz and Russian only).

## The minutes' findings and fields

minutes-present-above-members = {$present} present, but the department has {$members} members: no more can be present than there are members
minutes-no-quorum = {$present} of {$members} members present: a meeting decides with more than half of its members present, at least {$need}
minutes-approved-and-returned = `{$document}` is both approved and returned for revision at one meeting; the department approves a report or returns it (7.1)
label-minutes-members = the department's members
label-minutes-approved = approved here
label-minutes-returned = returned here
rule-attendance = no more members are present at a meeting than the department has
rule-quorum = a department meeting decides with more than half of its members present
rule-decision = a meeting approves a report or returns it for revision, not both
field-minutes-number = the minutes' number, e.g. `5`
field-minutes-members = how many members the department has
field-minutes-present = how many members were present (more than half for a decision)
field-minutes-chair = who chaired the meeting (the head of department)
field-minutes-secretary = the meeting's secretary, who signs the extract as true
field-minutes-items = the items of the meeting, each with `heard`, `spoke`, `decided`, `decision`, `documents`
field-minutes-heard = who reported, on what (HEARD)
field-minutes-spoke = who spoke, one line each (SPOKE; optional)
field-minutes-decided = what the department decided, as the minutes word it (DECIDED)
field-minutes-decision = the kind of decision: approve-plan (4.1), approve-program (6.3), approve-report (5.2, 7.1), return-report (7.1) or approve-internship (6.6)
field-minutes-documents = the file names of the folder's documents the item decides on, e.g. `asanov-report.yaml`

minutes-document-absent = `{$document}` is not among the documents checked with these minutes: a misspelt name leaves the document undecided for the next drafted minutes and for `execution`
minutes-document-kind = `{$document}` is not a document `{$decision}` decides on: plans for approve-plan, internship programmes for approve-program, reports for return-report, reports and certificates for approve-report and approve-internship
label-minutes-decision = the decision
rule-minutes-documents = the documents an item of the minutes names are in the folder, and of the kind its decision decides on

## The web page

page-doc-minutes = Minutes extract
page-minutes-number = Minutes number
page-minutes-members = Members of the department
page-minutes-present = Present
page-minutes-present-hint = A decision needs more than half of the members present
page-minutes-chair = Chair of the meeting
page-minutes-chair-hint = Usually the head of the department
page-minutes-secretary = Secretary of the meeting
page-minutes-secretary-hint = Certifies the extract
page-minutes-items = Items of the meeting
page-minutes-heard = Heard: who reported, on what
page-minutes-spoke = Spoke
page-minutes-spoke-hint = One speaker each; optional
page-minutes-decided = Decided: what the department resolved
page-minutes-decision = Kind of decision
page-minutes-documents = Documents the item concerns
page-minutes-documents-hint = File names in the department's folder; the next drafted minutes count them as decided
page-choice-decision-approve-plan = Plan approved (4.1)
page-choice-decision-approve-program = Internship program approved (6.3)
page-choice-decision-approve-report = Report approved (5.2, 7.1)
page-choice-decision-return-report = Report returned for revision (7.1)
page-choice-decision-approve-internship = Internship results approved (6.6)
