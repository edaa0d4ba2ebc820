# The words printed by more than one page, in Russian: the approval block,
# captions, dates, positions, kinds of upgrading, the standing page of the roster.
# A form's own words are in forms/<form-id>.ftl.

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
seal = М.П.

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
# The annual plan's signature, also on the execution and standing pages
annual-head = Заведующий {$unit} {$univ}
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

## PDF
attach-description = Исходные данные, из которых создан документ (YAML)

## Names and agreement (src/names)
department-quoted = «{$department}»
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
