### Кафедранын окуу жылынын жыйынтыгы (SPEC §13): пландын аткарылышы,
### күтүп турган документтер (`status`), кафедранын папкасы, кыргызча.

## Кафедранын папкасы

folder-file-unreadable = {$path}: окулбайт ({$detail}); эске алынган жок
folder-file-invalid = {$path}: окула турган документ эмес (`tirkeme check {$path}` караңыз); эске алынган жок
folder-truncated = {$path}: YAML файлдары {$max} ашык; алгачкы {$max} гана окулат

## execution

execution-bad-year = `{$found}` окуу жылы эмес: `--year 2025-2026` деп жазыңыз
execution-no-plans = {$paths} ичинде жылдык план (`form: annual-plan`) жок
execution-no-plans-year = {$paths} ичинде {$year}-окуу жылынын жылдык планы жок
execution-header = {$date} абалы боюнча жылдык пландардын аткарылышы
execution-col-n = №
execution-col-teacher = Окутуучунун аты-жөнү
execution-col-kind = Квалификацияны жогорулатуунун түрү
execution-col-period = Мөөнөтү
execution-col-state = Аткарылышы
execution-col-document = Ырастоочу документ
execution-state-done = аткарылды
execution-state-late = аткарылды, маалымат кечикти
execution-state-open = мөөнөтү бүтө элек
execution-state-missed = аткарылган жок
execution-late-detail = {$state} ({$submitted} берилген, аяктагандан {$days} күн өткөндө)
execution-returned-detail = {$state}; {$document} отчету кайра иштеп чыгууга кайтарылган
execution-summary = Пландалган: {$planned}; аткарылды: {$done}, маалымат кечиккен: {$late}, мөөнөтү бүтө элек: {$open}, аткарылган жок: {$missed}.
execution-all = Бардык кафедралар боюнча: {$summary}
execution-title = Окутуучулардын квалификациясын жогорулатуу планынын аткарылышы
execution-title-year = {$year}-окуу жылындагы окутуучулардын квалификациясын жогорулатуу планынын аткарылышы
execution-department = «{$department}» кафедрасы
execution-subject = Квалификацияны жогорулатуу планынын аткарылышы, {$date}
execution-on = {$date} абалы боюнча
execution-cadre-head = {$univ}нун кадрлар бөлүмүнүн башчысы

## status: папкада эмне күтүп турат

pending-certificates-header = «Билим берүүнүн сапаты» бөлүмүнө стажировка аяктагандан кийин 15 күн ичинде жетпеген маалыматтар (6.6):
pending-certificate-late = {$teacher}: {$document}, стажировка {$end} аяктаган, {$submitted} берилген, {$days} күндөн кийин
pending-certificate-missing = {$teacher}: {$document}, стажировка {$end} аяктаган, азырынча берилген эмес, {$days} күн өттү
pending-reports-header = кафедранын чечимин күтүп турган отчеттор (7.1):
pending-report = {$teacher}: {$document}
pending-report-returned = {$teacher}: {$document} кайра иштеп чыгууга кайтарылган; оңдолгон отчет күтүлүүдө
pending-none = эч нерсе күтүп турган жок: бардык маалыматтар сапат бөлүмүнө өз убагында жеткен, бардык отчеттор боюнча кафедранын чечими бар

## Буйрук сабы

cli-execution-about = жылдык пландардын аткарылышы: ар бир пландалган иш аткарылдыбы, кечиктиби, мөөнөтү бүтө электи же аткарылбадыбы — кафедралардын папкаларынан
cli-execution-dirs = кафедралардын папкалары: ар биринде жылдык план жана андан берки документтер
cli-execution-year = ушул окуу жылынын пландары гана, мисалы `2025-2026`
cli-execution-on = кайсы күнгө карата: `2026-06-30` же `30.06.2026` (демейки: бүгүн)
cli-execution-format = `human` (таблица), `json` (ар сапта бир объект) же `csv`
cli-execution-pdf = аткарылышын басма барак катары бул PDF файлга да жазуу

## Протоколдон көчүрмө (`form: minutes`): басылган сөздөр

minutes-title = «{$department}» кафедрасынын отурумунун №{$number} протоколунан көчүрмө
minutes-heading-before = «{$department}» кафедрасынын отурумунун №{$number} протоколунан
minutes-word = КӨЧҮРМӨ
minutes-heading-after = {""}
minutes-faculty = {$faculty} факультети
minutes-date = {$date}
minutes-attendance = Кафедранын мүчөлөрү: {$members}. Катышкандар: {$present}.
minutes-chair = Төрага: {$name}
minutes-secretary = Катчы: {$name}
minutes-heard = УГУЛДУ:
minutes-spoke = СӨЗ СҮЙЛӨДҮ:
minutes-decided = ТОКТОМ:
minutes-certified = Көчүрмө туура
minutes-chair-role = Отурумдун төрагасы
minutes-secretary-role = Отурумдун катчысы

## Протоколдун эрежелери жана талаалары

minutes-present-above-members = {$present} катышкан, бирок кафедранын мүчөлөрү {$members}: катышкандар мүчөлөрдөн көп боло албайт
minutes-no-quorum = {$members} мүчөнүн {$present} катышкан: отурум мүчөлөрүнүн жарымынан көбү катышканда чечим кабыл алат, кеминде {$need}
minutes-approved-and-returned = `{$document}` бир эле отурумда бекитилген да, кайра иштеп чыгууга кайтарылган да; кафедра отчетту бекитет же кайтарат (7.1)
label-minutes-members = кафедранын мүчөлөрү
label-minutes-approved = бул жерде бекитилген
label-minutes-returned = бул жерде кайтарылган
rule-attendance = отурумга кафедранын мүчөлөрүнөн көп адам катыша албайт
rule-quorum = кафедранын отуруму мүчөлөрүнүн жарымынан көбү катышканда чечим кабыл алат
rule-decision = отурум отчетту же бекитет, же кайра иштеп чыгууга кайтарат, экөөнү тең эмес
field-minutes-number = протоколдун номери, мисалы `5`
field-minutes-members = кафедранын мүчөлөрүнүн саны
field-minutes-present = катышкан мүчөлөрдүн саны (чечим үчүн жарымынан көбү)
field-minutes-chair = отурумдун төрагасы (кафедра башчысы)
field-minutes-secretary = отурумдун катчысы, көчүрмөнүн тууралыгын күбөлөйт
field-minutes-items = отурумдун маселелери, ар биринде `heard`, `spoke`, `decided`, `decision`, `documents`
field-minutes-heard = ким, эмне жөнүндө баяндады (УГУЛДУ)
field-minutes-spoke = сөз сүйлөгөндөр, ар бири өзүнчө сапта (СӨЗ СҮЙЛӨДҮ; милдеттүү эмес)
field-minutes-decided = кафедра эмне токтом кылды, протоколдогудай (ТОКТОМ)
field-minutes-decision = чечимдин түрү: approve-plan (4.1), approve-program (6.3), approve-report (5.2, 7.1), return-report (7.1) же approve-internship (6.6)
field-minutes-documents = маселе тиешелүү папкадагы документтердин файл аттары, мисалы `asanov-report.yaml`

## draft minutes: ар бир маселенин адаттагы сөздөрү жана буйрук

draft-minutes-annual-heard = Кафедра башчысы {$head}: {$year}-окуу жылына окутуучулардын квалификациясын жогорулатуу боюнча жылдык план жөнүндө.
draft-minutes-annual-decided = {$year}-окуу жылына окутуучулардын квалификациясын жогорулатуу боюнча жылдык план бекитилсин.
draft-minutes-perspective-heard = Кафедра башчысы {$head}: {$years}-окуу жылдарына окутуучулардын квалификациясын жогорулатуу боюнча келечектүү план жөнүндө.
draft-minutes-perspective-decided = {$years}-окуу жылдарына окутуучулардын квалификациясын жогорулатуу боюнча келечектүү план бекитилсин.
draft-minutes-program-heard = {$teacher}: стажировканын программасы жөнүндө{$period}.
draft-minutes-program-decided = Стажировканын программасы бекитилсин.
draft-minutes-report-heard = {$teacher}: квалификацияны жогорулатуу боюнча отчет{$period}.
draft-minutes-report-decided = Отчет бекитилсин.
draft-minutes-internship-heard = {$teacher}: стажировканын жыйынтыгы жөнүндө{$period}.
draft-minutes-internship-decided = Стажировканын жыйынтыгы бекитилсин.
draft-minutes-nothing = {$path} ичинде кафедранын чечимин күткөн документ жок: бардык пландар, программалар, отчеттор жана маалыматтар ал жердеги протоколдордо аталган
draft-minutes-bad-date = `{$found}` күн эмес: `--date 2026-06-15` же `--date 15.06.2026` деп жазыңыз
cli-minutes-about = кийинки отурумдун протоколу: папкадагы кафедранын чечимин күткөн ар бир документ үчүн бир маселе
cli-minutes-dir = кафедранын папкасы
cli-minutes-number = протоколдун номери, мисалы `5`
cli-minutes-date = отурумдун күнү: `2026-06-15` же `15.06.2026`
cli-minutes-output = YAML кайда жазылат (демейки: стандарттык чыгаруу)

## Барак

serve-execution = {$date} абалы боюнча пландын аткарылышы
serve-minutes-number = протоколдун номери керек: `?number=5`
serve-folder-unreadable = папка окулбайт
