# Every word printed on the forms, in Kyrgyz (the regulation's own wording).

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

## 1. Perspective plan
perspective-title = Окутуучулардын квалификациясын жогорулатуу боюнча {$years}-окуу жылдары үчүн келечектүү планы
perspective-year = {$year}-окуу жылы
perspective-col-1 = №
perspective-col-2 = Кафедра
perspective-col-3 = Окутуучулардын аты-жөнү
perspective-col-4 = Кызмат орду, предмети
perspective-col-5 = Окумуштуу даражасы
perspective-col-6 = Курстан акыркы өткөн жылдары
direction-methodology = методика
direction-it = IT технология
direction-specialty = Адистик

## 2. Annual plan
annual-title = {$year}-окуу жылындагы {$department} окутуучулардын квалификациясын жогорулатуу боюнча жылдык планы
annual-head = {$univ}нун «{$department}» кафедра башчысы
annual-col-1 = №
annual-col-2 = Окутуучулардын аты-жөнү
annual-col-3 = Кызмат орду, предмети
annual-col-4 = Окумуштуу даражасы
annual-col-5 = Курстан акыркы өткөн жылдары
annual-col-6 = Квалификацияны жогорулатуунун түрү
annual-col-7 = Квалификацияны жогорулатуунун мөөнөттөрү
annual-col-8 = Квалификацияны жогорулатуучу мекеме
annual-col-9 = Эскертүү
annual-kind-direction = {$kind}: {$direction}

## 3. Report
report-title = Окутуучунун квалификацияны жогорулатуу боюнча отчету
report-1 = Окуунун максаты
report-2 = Квалификацияны жогорулатуунун орду жана убактысы
report-3 = Курстун аталышы, программанын темалары, курстарды өткөрүүнүн негизги формалары
report-4 = Өтүлгөн курс тууралуу ой
report-5 = Квалификацияны жогорулатуунун натыйжалуулугу
report-6 = Квалификацияны жогорулатууну аяктагандыгын тастыктаган документтин болушу
report-course-title = Курстун аталышы: «{$title}».
report-formats = Курстарды өткөрүүнүн негизги формалары: {$formats}.
report-topics = Программанын темалары:
report-applied = Алынган билимдер төмөнкүлөрдө колдонулат:
applied-new_lectures = жаңы лекцияларды иштеп чыгуу
applied-updated_lectures = кайталануучу лекцияларды жаңылоо
applied-practical_tasks = практикалык сабактарга тапшырмаларды түзүүгө
applied-lab_tasks = лабораториялык иштерге тапшырмаларды даярдоо үчүн
applied-homework_tasks = үй тапшырмаларын, эсептөө жана графикалык тапшырмаларды түзүү үчүн
applied-distance_tests = дистанттык билим берүүчү студенттер үчүн тест иштеринин темаларын түзүү
applied-seminar_talk = университеттин кафедрасынын, профессордук-окутуучулук жамаатынын методикалык семинарында баяндама даярдоо
certificate-certificate = Сертификат
certificate-attestation = Квалификацияны жогорулатуу жөнүндө күбөлүк
certificate-diploma = Кесиптик кайра даярдоо жөнүндө диплом
certificate-program = Семинарга катышуу программасы
certificate-letter = Ыраазычылык кат
certificate-other = Квалификациялык документ
certificate-number = № {$number}
certificate-issued = берилген күнү: {$date}
certificate-issuer = берген мекеме: {$issuer}
report-teacher = Окутуучу
report-approved = Отчет кафедра башчысы тарабынан бекитилди
report-approved-as = Отчет бекитилди: {$position}

## 4. Application
application-title = БИЛДИРҮҮ
application-rector = {$univ}нун ректору
application-teacher = окутуучусу
application-kind-course = квалификацияны жогорулатуу курстарына
application-kind-internship = стажировкага
application-kind-seminar = семинарга
application-kind-conference = конференцияга
application-kind-retraining = кесиптик кайра даярдоого
application-kind-any = квалификацияны жогорулатуу курстарына (стажировкага)
application-host = Кабыл алуучу мекеме: {$institution}.
application-volume = {$hours} көлөмүндө
application-break = окуу процессинен тыныгуу менен
application-no-break = окуу процессинен тыныгуусуз
application-break-any = окуу процессинен тыныгуу менен (тыныгуусуз)
application-body = Квалификацияны жогорулатуу планына ылайык мени {$kind} «{$direction}» багыты боюнча {$period} {$release} жиберүүнү суранам.
application-applicant = Арыз ээси
application-agree-head = Кафедра башчысынын макулдугу
application-agree-dean = Декандын макулдугу
application-agree-quality = {$univ}нун «Билим берүүнүн сапаты» бөлүмүнүн башчысынын макулдугу

## 5. Internship program
program-title = Стажировканын программасы
program-1 = Программанын аталышы
program-2 = Стажировканын максаты
program-3 = Стажировка өткөн уюмдун аталышы
program-4 = Стажировканын планы
program-5 = Стажировканын мөөнөтү
program-6 = Программанын аткарылышын көзөмөлдөө
program-activity = Иштин мазмуну
program-hours = Саат
program-total = Бардыгы
program-volume = Көлөмү: {$hours}.
program-funding = Каржылоо: {$funding}.
activity-self-study = Өз алдынча теориялык даярдоо
activity-skills = Кесиптик жана уюштуруучулук көндүмдөрдү алуу
activity-planning = Уюмдун ишин пландаштырууга түздөн-түз катышуу
activity-documents = Финансылык, ченемдик жана башка документтер менен иштөө
activity-meetings = Жолугушууларга, ишкердик жолугушууларга катышуу

## 6. Internship certificate
certificate-title = Стажировка өткөндүгү тууралуу маалымат
certificate-body = {$teacher} «{$direction}» багыты боюнча {$period} {$passed}.
certificate-teacher = Окутуучу {$name}
certificate-teacher-word = окутуучу
certificate-of-department = {$department} {$position}
certificate-teacher-as = {$who} {$name}
certificate-passed-m = стажировкадан өттү
certificate-passed-blank = стажировкадан өттү
certificate-passed-f = стажировкадан өттү
certificate-host = Стажировка өткөн мекеме: {$host}.
certificate-hours = Стажировканын программасы {$hours} саат аткарылды.
seal = М.О.

## PDF
attach-description = Бул документ түзүлгөн баштапкы маалыматтар (YAML)

## Form titles (for `tirkeme forms`)
form-perspective-plan = Окутуучулардын квалификациясын жогорулатуу боюнча келечектүү план
form-annual-plan = Кафедранын квалификацияны жогорулатуу боюнча жылдык планы
form-report = Окутуучунун квалификацияны жогорулатуу боюнча отчету
form-application = Билдирүү (ректордун атына)
form-internship-program = Стажировканын программасы
form-internship-certificate = Стажировка өткөндүгү тууралуу маалымат

## Names and agreement (src/names)
department-quoted = «{$department}»
# Kyrgyz participles do not agree with the noun: one wording for every document
certificate-issued-certificate = берилген күнү: {$date}
certificate-issued-attestation = берилген күнү: {$date}
certificate-issued-diploma = берилген күнү: {$date}
certificate-issued-program = берилген күнү: {$date}
certificate-issued-letter = берилген күнү: {$date}
certificate-issued-other = берилген күнү: {$date}
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
