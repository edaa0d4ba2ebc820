# Every word printed on the forms, in Russian.

univ-name = Таласский государственный университет
univ-short = ТалГУ
# The university after a position («Проректор по учебной работе ТалГУ»)
univ-of = {$univ}
appendix = Приложение {$n}
meta-subject = Приложение {$n} к Положению о повышении квалификации преподавателей
meta-subject-document = По Положению о повышении квалификации преподавателей
approve = УТВЕРЖДАЮ
caption-sign = (подпись)
caption-name = (Ф.И.О.)
caption-who = (Ф.И.О., должность, кафедра)
caption-direction = (указывается направление)
caption-department = (название кафедры)
blank = ______________________
blank-short = ______
year-blank = 20___-20___
hours = {$n} ч.

## Dates
date-line = «{$day}» {$month} {$year} г.
date-line-blank = «___» _______________ 20___ г.
date-text = {$day} {$month} {$year} г.
period = с {$d1} {$m1} {$y1} г. по {$d2} {$m2} {$y2} г.
period-same-year = с {$d1} {$m1} по {$d2} {$m2} {$y2} г.
period-same-month = с {$d1} по {$d2} {$m2} {$y2} г.
period-from = начиная с {$d1} {$m1} {$y1} г.
period-to = по {$d2} {$m2} {$y2} г.
period-blank = в срок ______________________

month-line-1 = января
month-line-2 = февраля
month-line-3 = марта
month-line-4 = апреля
month-line-5 = мая
month-line-6 = июня
month-line-7 = июля
month-line-8 = августа
month-line-9 = сентября
month-line-10 = октября
month-line-11 = ноября
month-line-12 = декабря
month-text-1 = января
month-text-2 = февраля
month-text-3 = марта
month-text-4 = апреля
month-text-5 = мая
month-text-6 = июня
month-text-7 = июля
month-text-8 = августа
month-text-9 = сентября
month-text-10 = октября
month-text-11 = ноября
month-text-12 = декабря
month-from-1 = января
month-from-2 = февраля
month-from-3 = марта
month-from-4 = апреля
month-from-5 = мая
month-from-6 = июня
month-from-7 = июля
month-from-8 = августа
month-from-9 = сентября
month-from-10 = октября
month-from-11 = ноября
month-from-12 = декабря
month-to-1 = января
month-to-2 = февраля
month-to-3 = марта
month-to-4 = апреля
month-to-5 = мая
month-to-6 = июня
month-to-7 = июля
month-to-8 = августа
month-to-9 = сентября
month-to-10 = октября
month-to-11 = ноября
month-to-12 = декабря

## Positions
vice-rector = Проректор {$univ} по учебной и научной работе
vice-rector-short = Проректор {$univ} по УНР
quality-head = Начальник отдела «Качество образования» {$univ}
dean = Декан {$faculty}
dean-blank = Декан факультета ______________
head-of-department = Заведующий кафедрой
supervisor = Руководитель стажировки
host-head = Руководитель организации (отдела, кафедры)
# A department or faculty in the case a form needs, before a quoted name
# («кафедры «Информатика»», «кафедры английского языка»); a name typed with
# the word is printed with it once.
unit-department-nominative = кафедра
unit-department-genitive = кафедры
unit-department-instrumental = кафедрой
unit-faculty-nominative = факультет
unit-faculty-genitive = факультета
unit-faculty-instrumental = факультетом

## Kinds, modes, funding
kind-course = Курсы повышения квалификации
kind-seminar = Семинар
kind-conference = Конференция
kind-internship = Стажировка
kind-retraining = Профессиональная переподготовка
kind-postgraduate = Аспирантура
kind-creative-leave = Творческий отпуск
kind-degree = Присуждение учёной степени
mode-release = с отрывом от работы
mode-no-release = без отрыва от работы
mode-partial = с частичным отрывом от работы
mode-online = дистанционно (онлайн)
funding-budget = за счёт бюджета
funding-university = за счёт средств ТалГУ
funding-contract = по договору
funding-host = за счёт принимающей страны
funding-grant = за счёт гранта
col-n = №
col-note = Примечание

## 1. Perspective plan
perspective-title = Перспективный план повышения квалификации преподавателей на {$years} учебные годы
perspective-year = {$year} учебный год
perspective-col-1 = №
perspective-col-2 = Кафедра
perspective-col-3 = Ф.И.О. преподавателя
perspective-col-4 = Должность, предмет
perspective-col-5 = Учёная степень
perspective-col-6 = Годы последнего прохождения курсов
direction-methodology = методика
direction-it = IT-технологии
direction-specialty = специальность

## 2. Annual plan
annual-title = Годовой план повышения квалификации преподавателей {$department} на {$year} учебный год
annual-head = Заведующий {$unit} {$univ}
annual-col-1 = №
annual-col-2 = Ф.И.О. преподавателя
annual-col-3 = Должность, предмет
annual-col-4 = Учёная степень
annual-col-5 = Годы последнего прохождения курсов
annual-col-6 = Вид повышения квалификации
annual-col-7 = Сроки повышения квалификации
annual-col-8 = Организация, проводящая повышение квалификации
annual-col-9 = Примечание
annual-kind-direction = {$kind}: {$direction}

## 3. Report
report-title = Отчёт преподавателя о повышении квалификации
report-1 = Цель обучения
report-2 = Место и время повышения квалификации
report-3 = Название курса, темы программы, основные формы проведения курсов
report-4 = Мнение о пройденном курсе
report-5 = Эффективность повышения квалификации
report-6 = Наличие документа, подтверждающего завершение повышения квалификации
report-course-title = Название курса: «{$title}».
report-formats = Основные формы проведения: {$formats}.
report-topics = Темы программы:
report-applied = Полученные знания будут использованы для:
applied-new_lectures = разработки новых лекций
applied-updated_lectures = обновления читаемых лекций
applied-practical_tasks = составления заданий к практическим занятиям
applied-lab_tasks = подготовки заданий к лабораторным работам
applied-homework_tasks = составления домашних, расчётных и графических заданий
applied-distance_tests = составления тем тестовых работ для студентов дистанционного обучения
applied-seminar_talk = подготовки доклада на методическом семинаре кафедры, профессорско-преподавательского состава университета
certificate-certificate = Сертификат
certificate-attestation = Удостоверение о повышении квалификации
certificate-diploma = Диплом о профессиональной переподготовке
certificate-program = Программа участия в семинаре
certificate-letter = Благодарственное письмо
certificate-other = Квалификационный документ
certificate-number = № {$number}
certificate-issued = дата выдачи: {$date}
certificate-issuer = выдавшая организация: {$issuer}
report-teacher = Преподаватель
report-approved = Отчёт утверждён заведующим кафедрой
report-approved-as = Отчёт утверждён: {$position}

## 4. Application
application-title = ЗАЯВЛЕНИЕ
application-rector = Ректору {$univ}
application-teacher = преподавателя
application-kind-course = на курсы повышения квалификации
application-kind-internship = на стажировку
application-kind-seminar = на семинар
application-kind-conference = на конференцию
application-kind-retraining = на профессиональную переподготовку
application-kind-any = на курсы повышения квалификации (стажировку)
application-host = Принимающая организация: {$institution}.
application-volume = в объёме {$hours}
application-break = с отрывом от учебного процесса
application-no-break = без отрыва от учебного процесса
application-break-any = с отрывом (без отрыва) от учебного процесса
application-body = В соответствии с планом повышения квалификации прошу направить меня {$kind} по направлению «{$direction}» {$period} {$release}.
application-applicant = Заявитель
application-agree-head = Согласовано: заведующий кафедрой
application-agree-dean = Согласовано: декан
application-agree-quality = Согласовано: начальник отдела «Качество образования» {$univ}

## 5. Internship program
program-title = Программа стажировки
program-1 = Название программы
program-2 = Цель стажировки
program-3 = Название организации, в которой проходит стажировка
program-4 = План стажировки
program-5 = Сроки стажировки
program-6 = Контроль выполнения программы
program-activity = Содержание работы
program-hours = Часы
program-total = Итого
program-volume = Объём: {$hours}
program-funding = Финансирование: {$funding}.
activity-self-study = Самостоятельная теоретическая подготовка
activity-skills = Приобретение профессиональных и организаторских навыков
activity-planning = Непосредственное участие в планировании работы организации
activity-documents = Работа с финансовыми, нормативными и другими документами
activity-meetings = Участие в совещаниях, деловых встречах

## 6. Internship certificate
certificate-title = Справка о прохождении стажировки
certificate-body = {$teacher} {$passed} {$period} по направлению «{$direction}».
certificate-teacher = Преподаватель {$name}
certificate-teacher-word = преподаватель
certificate-of-department = {$position} {$department}
certificate-teacher-as = {$name}, {$who},
certificate-passed-m = прошёл стажировку
certificate-passed-blank = прошёл(-ла) стажировку
certificate-passed-f = прошла стажировку
certificate-host = Место стажировки: {$host}.
certificate-hours = Программа стажировки выполнена в объёме {$hours} ч.
seal = М.П.

## PDF
attach-description = Исходные данные, из которых создан документ (YAML)

## Form titles (for `tirkeme forms`)
form-perspective-plan = Перспективный план повышения квалификации преподавателей
form-annual-plan = Годовой план повышения квалификации преподавателей кафедры
form-report = Отчёт преподавателя о повышении квалификации
form-application = Заявление (на имя ректора)
form-internship-program = Программа стажировки
form-internship-certificate = Справка о прохождении стажировки

## Names and agreement (src/names)
department-quoted = «{$department}»
# «выдан» agrees with the document's noun: Сертификат, Удостоверение, Диплом, Программа, Благодарственное письмо, документ
certificate-issued-certificate = выдан {$date}
certificate-issued-attestation = выдано {$date}
certificate-issued-diploma = выдан {$date}
certificate-issued-program = выдана {$date}
certificate-issued-letter = выдано {$date}
certificate-issued-other = выдан {$date}
draft-mark = ПРОЕКТ

## The standing page of the roster (`status --pdf`)

standing-title = Состояние повышения квалификации преподавателей {$unit}
standing-subject = Правило пяти лет, состояние на {$date}
standing-on = по состоянию на {$date}
standing-col-1 = №
standing-col-2 = Ф.И.О. преподавателя
standing-col-3 = Должность
standing-col-4 = Последнее
standing-col-5 = Часов за 5 лет
standing-col-6 = Следующий срок
standing-col-7 = Состояние
standing-col-8 = Шкала времени: последние пять лет и следующий учебный год
standing-state-never = ни разу
standing-state-overdue = просрочено
standing-state-due = в этом учебном году
standing-state-ok = в порядке
standing-legend-full = курсы, стажировка, переподготовка (не менее 72 ч.)
standing-legend-pooled = семинары, конференции
standing-legend-other = прочее
standing-legend-due = следующий срок
standing-legend-today = {$date}
standing-summary = Преподавателей: {$teachers}; просрочено: {$overdue}, ни разу: {$never}, в этом учебном году: {$due}, в порядке: {$ok}.
