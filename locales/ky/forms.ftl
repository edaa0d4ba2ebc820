# The words printed by more than one page, in Kyrgyz (the regulation's own wording):
# the approval block, captions, dates, positions, kinds of upgrading, the standing
# page of the roster. A form's own words are in forms/<form-id>.ftl.

univ-name = Талас мамлекеттик университети
univ-short = ТалМУ
# The university before a position it is the owner of («ТалМУнун проректору»)
univ-of = {$univ}нун
appendix = {$n}-тиркеме
meta-subject = Окутуучулардын квалификациясын жогорулатуу жөнүндө жобонун {$n}-тиркемеси
meta-subject-document = Окутуучулардын квалификациясын жогорулатуу жөнүндө жобо боюнча
approve = БЕКИТЕМИН
caption-sign = (колу)
caption-name = (Ф.А.А.)
caption-who = (аты-жөнү, кызматы, кафедрасы)
caption-direction = (багыты көрсөтүлөт)
caption-department = (кафедранын аталышы)
blank = ______________________
blank-short = ______
year-blank = 20___-20___
hours = {$n} саат
seal = М.О.

## Dates
date-line = «{$day}» {$month} {$year}-ж.
date-line-blank = «___» _______________ 20___-ж.
date-text = {$year}-жылдын {$day}-{$month}
period = {$y1}-жылдын {$d1}-{$m1} {$y2}-жылдын {$d2}-{$m2} чейин
period-same-year = {$y1}-жылдын {$d1}-{$m1} {$d2}-{$m2} чейин
period-same-month = {$y1}-жылдын {$d1}-{$m1} {$d2}-{$m2} чейин
period-from = {$y1}-жылдын {$d1}-{$m1} баштап
period-to = {$y2}-жылдын {$d2}-{$m2} чейин
period-blank = ______________________ мөөнөттө

month-line-1 = январь
month-line-2 = февраль
month-line-3 = март
month-line-4 = апрель
month-line-5 = май
month-line-6 = июнь
month-line-7 = июль
month-line-8 = август
month-line-9 = сентябрь
month-line-10 = октябрь
month-line-11 = ноябрь
month-line-12 = декабрь
month-text-1 = январы
month-text-2 = февралы
month-text-3 = марты
month-text-4 = апрели
month-text-5 = майы
month-text-6 = июну
month-text-7 = июлу
month-text-8 = августу
month-text-9 = сентябры
month-text-10 = октябры
month-text-11 = ноябры
month-text-12 = декабры
month-from-1 = январынан
month-from-2 = февралынан
month-from-3 = мартынан
month-from-4 = апрелинен
month-from-5 = майынан
month-from-6 = июнунан
month-from-7 = июлунан
month-from-8 = августунан
month-from-9 = сентябрынан
month-from-10 = октябрынан
month-from-11 = ноябрынан
month-from-12 = декабрынан
month-to-1 = январына
month-to-2 = февралына
month-to-3 = мартына
month-to-4 = апрелине
month-to-5 = майына
month-to-6 = июнуна
month-to-7 = июлуна
month-to-8 = августуна
month-to-9 = сентябрына
month-to-10 = октябрына
month-to-11 = ноябрына
month-to-12 = декабрына

## Positions
vice-rector = {$univ}нун окуу жана илимий иштер боюнча проректору
vice-rector-short = {$univ}нун ОИ проректору
quality-head = {$univ}нун «Билим берүүнүн сапаты» бөлүмүнүн башчысы
dean = {$faculty} деканы
dean-blank = ______________ факультетинин деканы
head-of-department = Кафедра башчысы
# The annual plan's signature, also on the execution and standing pages
annual-head = {$univ}нун «{$department}» кафедра башчысы
supervisor = Стажировканын жетекчиси
host-head = Мекеменин жетекчиси (бөлүм, кафедра)
# A department or faculty in the case a form needs, after its name
# («Информатика кафедрасынын»); a name typed with the word is printed with it once.
unit-department-nominative = кафедрасы
unit-department-genitive = кафедрасынын
unit-department-instrumental = кафедрасы
unit-faculty-nominative = факультети
unit-faculty-genitive = факультетинин
unit-faculty-instrumental = факультети

## Kinds, modes, funding
kind-course = Квалификацияны жогорулатуу курсу
kind-seminar = Семинар
kind-conference = Конференция
kind-internship = Стажировка
kind-retraining = Кесиптик кайра даярдоо
kind-postgraduate = Аспирантура
kind-creative-leave = Чыгармачылык өргүү
kind-degree = Илимий даража алуу
mode-release = жумуштан бошотуу менен
mode-no-release = жумуштан бошотулбастан
mode-partial = жумуштан жарым-жартылай бошотуу менен
mode-online = аралыктан (онлайн)
funding-budget = бюджеттин эсебинен
funding-university = ТалМУнун каражатынын эсебинен
funding-contract = келишим боюнча
funding-host = кабыл алуучу өлкөнүн эсебинен
funding-grant = гранттын эсебинен
col-n = №
col-note = Эскертүү

## PDF
attach-description = Бул документ түзүлгөн баштапкы маалыматтар (YAML)

## Names and agreement (src/names)
department-quoted = «{$department}»
draft-mark = ДОЛБООР

## The standing page of the roster (`status --pdf`)

standing-title = «{$department}» кафедрасынын окутуучуларынын квалификациясын жогорулатуу абалы
standing-subject = Беш жылдык эреже боюнча абал, {$date}
standing-on = {$date} абалы боюнча
standing-col-1 = №
standing-col-2 = Окутуучунун аты-жөнү
standing-col-3 = Кызматы
standing-col-4 = Акыркы жолу
standing-col-5 = 5 жылда, саат
standing-col-6 = Кийинки мөөнөтү
standing-col-7 = Абалы
standing-col-8 = Убакыт сызыгы: акыркы беш жыл жана кийинки окуу жылы
standing-state-never = эч качан өтпөгөн
standing-state-overdue = мөөнөтү өткөн
standing-state-due = ушул окуу жылында
standing-state-ok = тартипте
standing-legend-full = курс, стажировка, кайра даярдоо (72 сааттан кем эмес)
standing-legend-pooled = семинар, конференция
standing-legend-other = башкалар
standing-legend-due = кийинки мөөнөтү
standing-legend-today = {$date}
standing-summary = Окутуучулар: {$teachers}; мөөнөтү өткөн: {$overdue}, эч качан өтпөгөн: {$never}, ушул окуу жылында: {$due}, тартипте: {$ok}.
