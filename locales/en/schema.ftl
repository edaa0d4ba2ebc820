### Descriptions of the keys of every form, shown by editors from the JSON
### Schema (`tirkeme schema`), and the messages of the `schema` command.

schema-written = {$count} schemas written to `{$dir}`

field-form = which form this file is: perspective-plan, annual-plan, report, application, internship-program or internship-certificate
field-lang = the language of the printed form: `ky` (Kyrgyz, the default) or `ru` (Russian)
field-university = the university, when it is not Talas State University
field-university-name = the university's full name
field-university-short = the university's short name, such as ТалМУ
field-date = the document's date (YYYY-MM-DD); left out, a blank line is printed to fill in by hand
field-name = full name as written: surname, first name, patronymic (or «уулу»/«кызы»)
field-short = initials and surname as they should be printed under the signature, such as «Ж.С. Шаршембиев»
field-position = position, printed instead of the form's default wording
field-department = the department (кафедра)
field-signed-on = the date of the signature or approval (YYYY-MM-DD)
field-years = the first of the three academic years the plan covers, such as 2025-2026
field-year = the academic year of the plan, such as 2025-2026
field-approver = who approves the form (БЕКИТЕМИН / УТВЕРЖДАЮ): a name, or name, position and date
field-signed-by = the head of the "Quality of education" department, who signs the plan
field-teachers = the teachers, one row each
field-teacher = the teacher: a name, or name, position and department
field-teacher-name = the teacher's full name
field-subject = the subject taught
field-degree = the scientific degree, such as т.и.к.
field-last-courses = the years of the teacher's latest courses, such as [2019, 2022]
field-perspective-plan = for each academic year (2025-2026: …), the directions planned: methodology, it, specialty
field-note = a note, printed in the last column
field-faculty = the faculty
field-head = the head of the department, who signs
field-rector = the rector (for an application, its addressee)
field-kind = the kind of upgrading: course, seminar, conference, internship, retraining, postgraduate, creative-leave or degree
field-direction = the direction (subject) of the upgrading
field-start = the first day (YYYY-MM-DD)
field-end = the last day (YYYY-MM-DD)
field-hours = the number of hours
field-institution = where the upgrading takes place
field-mode = how teaching goes on meanwhile: release, no-release, partial or online (regulation 2.3)
field-funding = who pays: budget, university, contract, host or grant (regulation 1.8, 6.4)
field-country = the country, as a two-letter ISO code such as KG (the default) or KZ
field-goal = the goal
field-place = where the upgrading took place
field-course = the course: its title, topics and formats
field-course-title = the course's title
field-topics = the topics of the program, one a line
field-formats = the main formats of the studies, one a line
field-opinion = the teacher's opinion of the course
field-effectiveness = how effective the upgrading was
field-applied = where the knowledge gained is applied
field-new-lectures = titles of new lectures
field-updated-lectures = titles of updated lectures
field-practical-tasks = new practical tasks
field-lab-tasks = new laboratory tasks
field-homework-tasks = new homework tasks
field-distance-tests = new tests for distance learning
field-seminar-talk = a talk at the department's seminar
field-certificate = the document confirming completion (regulation 3 item 6, 7.1)
field-certificate-kind = the kind of document: certificate, attestation, diploma, program, letter or other
field-number = the document's number
field-issued = the date the document was issued (YYYY-MM-DD)
field-issuer = who issued the document
field-approved-by = the head of the department who approves the report
field-applicant = the teacher applying: a name, or name, position and department
field-application-kind = what the application asks for: course, internship, seminar, conference or retraining
field-break-from-teaching = `true` with a break from teaching, `false` without one; left out, both are printed
field-agreed-by = the agreements under the application: head, dean, quality_head
field-agree-head = the head of the department, who agrees
field-dean = the dean of the faculty
field-quality-head = the head of the "Quality of education" department
field-program-title = the program's title
field-host = the host organisation: its name, or a mapping with its name and more
field-host-name = the host organisation's name
field-program-plan = the plan: activities with their hours (self-study, skills, planning, documents, meetings, or any text)
field-activity = the activity: self-study, skills, planning, documents, meetings, or any text
field-activity-hours = the hours of the activity
field-control = how completion is controlled
field-supervisor = the internship supervisor
field-unit = the unit (department, chair) of the host organisation
field-host-head = the head of the host unit, who signs
field-submitted = the date the certificate was handed to the "Quality of education" department (YYYY-MM-DD)
field-gender = the gender, when the name does not tell it: `m` or `f` (also эр/аял, м/ж, муж/жен)

## The command line

cli-schema-about = print the JSON Schema of a form's YAML, for editors
cli-schema-form = the form (or --all)
cli-schema-all = every form's schema, written as <form>.schema.json into the folder given by -o
cli-schema-output = where to write: a file (one form) or a folder (--all)
cli-schema-lang = the language of the descriptions: ky, ru or en (default: that of the messages)
cli-value-schema-dir = FOLDER
cli-new-schema-dir = also write the form's JSON Schema into this folder and start the example with the `# yaml-language-server: $schema=` line pointing to it, for editors

## The roster

field-history = the activities the teacher has completed, one each: kind, title, start, end, hours, institution, document
field-activity-title = the title or topic of the activity
field-document = the document that confirms it (certificate, number)
