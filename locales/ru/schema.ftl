### Описания ключей каждой формы, которые редактор показывает по JSON Schema
### (`tirkeme schema`), и сообщения команды `schema`.

schema-written = схем записано: {$count}, в `{$dir}`

field-form = какая это форма: {$forms}
field-lang = язык печатной формы: `ky` (кыргызский, по умолчанию) или `ru` (русский)
field-university = университет, если это не Таласский государственный университет
field-university-name = полное название университета
field-university-short = краткое название университета, например ТалГУ
field-date = дата документа (ГГГГ-ММ-ДД); если не указана, печатается пустая строка для заполнения от руки
field-name = фамилия, имя, отчество (или «уулу»/«кызы») полностью, как пишутся
field-short = инициалы и фамилия так, как их печатать под подписью, например «Ж.С. Шаршембиев»
field-position = должность; печатается вместо обычной формулировки формы
field-department = кафедра
field-signed-on = дата подписи или утверждения (ГГГГ-ММ-ДД)
field-years = первый из трёх учебных годов плана, например 2025-2026
field-year = учебный год плана, например 2025-2026
field-approver = кто утверждает форму (УТВЕРЖДАЮ): имя, либо имя, должность и дата
field-signed-by = начальник отдела «Качество образования», подписывающий план
field-teachers = преподаватели, по строке на каждого
field-teacher = преподаватель: имя, либо имя, должность и кафедра
field-teacher-name = ФИО преподавателя полностью
field-subject = преподаваемый предмет
field-degree = учёная степень, например к.т.н.
field-last-courses = годы последних курсов преподавателя, например [2019, 2022]
field-perspective-plan = для каждого учебного года (2025-2026: …) запланированные направления: methodology, it, specialty
field-note = примечание, печатается в последнем столбце
field-faculty = факультет
field-head = заведующий кафедрой, который подписывает
field-rector = ректор (для заявления — адресат)
field-kind = вид повышения квалификации: course, seminar, conference, internship, retraining, postgraduate, creative-leave или degree
field-direction = направление (предмет) повышения квалификации
field-start = первый день (ГГГГ-ММ-ДД)
field-end = последний день (ГГГГ-ММ-ДД)
field-hours = количество часов
field-institution = где проходит повышение квалификации
field-mode = как идёт преподавание в это время: release, no-release, partial или online (п. 2.3 положения)
field-funding = кто оплачивает: budget, university, contract, host или grant (п. 1.8, 6.4 положения)
field-country = страна, двухбуквенный код ISO, например KG (по умолчанию) или KZ
field-goal = цель
field-place = где проходило повышение квалификации
field-course = курс: название, темы и формы занятий
field-course-title = название курса
field-topics = темы программы, по одной в строке
field-formats = основные формы занятий, по одной в строке
field-opinion = мнение преподавателя о курсе
field-effectiveness = эффективность повышения квалификации
field-applied = где применяются полученные знания
field-new-lectures = названия новых лекций
field-updated-lectures = названия обновлённых лекций
field-practical-tasks = новые практические задания
field-lab-tasks = новые лабораторные задания
field-homework-tasks = новые домашние задания
field-distance-tests = новые тесты для дистанционного обучения
field-seminar-talk = доклад на семинаре кафедры
field-certificate = документ о прохождении (п. 3 пункт 6, 7.1 положения)
field-certificate-kind = вид документа: certificate, attestation, diploma, program, letter или other
field-number = номер документа
field-issued = дата выдачи документа (ГГГГ-ММ-ДД)
field-issuer = кем выдан документ
field-approved-by = заведующий кафедрой, утверждающий отчёт
field-applicant = преподаватель, подающий заявление: имя, либо имя, должность и кафедра
field-application-kind = о чём заявление: course, internship, seminar, conference или retraining
field-break-from-teaching = `true` — с отрывом от учебного процесса, `false` — без отрыва; если не указано, печатаются оба варианта
field-agreed-by = согласования под заявлением: head, dean, quality_head
field-agree-head = заведующий кафедрой, который согласовывает
field-dean = декан факультета
field-quality-head = начальник отдела «Качество образования»
field-program-title = название программы
field-host = принимающая организация: название, либо название и другие сведения
field-host-name = название принимающей организации
field-program-plan = план: виды работы с часами (self-study, skills, planning, documents, meetings или любой текст)
field-activity = вид работы: self-study, skills, planning, documents, meetings или любой текст
field-activity-hours = часы на этот вид работы
field-control = как контролируется выполнение
field-supervisor = руководитель стажировки
field-unit = подразделение (отдел, кафедра) принимающей организации
field-host-head = руководитель принимающего подразделения, который подписывает
field-submitted = дата сдачи справки в отдел «Качество образования» (ГГГГ-ММ-ДД)
field-gender = пол, если его не видно по имени: `m` или `f` (также эр/аял, м/ж, муж/жен)

## Командная строка

## Список кафедры

field-history = пройденные преподавателем мероприятия, по одному: kind, title, start, end, hours, institution, document
field-activity-title = название или тема мероприятия
field-document = подтверждающий документ (сертификат, номер)
