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
pending-certificate-absent = {$teacher}: {$plan} боюнча стажировка {$end} аяктаган, папкада маалымат жок, {$days} күн өттү
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

## draft minutes: ар бир маселенин адаттагы сөздөрү жана буйрук

draft-minutes-annual-heard = Кафедра башчысы {$head}: {$year}-окуу жылына окутуучулардын квалификациясын жогорулатуу боюнча жылдык план жөнүндө.
draft-minutes-annual-decided = {$year}-окуу жылына окутуучулардын квалификациясын жогорулатуу боюнча жылдык план бекитилсин.
draft-minutes-perspective-heard = Кафедра башчысы {$head}: {$years}-окуу жылдарына окутуучулардын квалификациясын жогорулатуу боюнча келечектүү план жөнүндө.
draft-minutes-perspective-decided = {$years}-окуу жылдарына окутуучулардын квалификациясын жогорулатуу боюнча келечектүү план бекитилсин.
draft-minutes-program-heard = {$teacher}: стажировканын программасы жөнүндө{$period}.
draft-minutes-program-decided = {$whose} стажировкасынын программасы жактырылсын.
draft-minutes-report-heard = {$teacher}: квалификацияны жогорулатуу боюнча отчет{$period}.
draft-minutes-report-decided = {$whose} квалификацияны жогорулатуу боюнча отчету бекитилсин.
draft-minutes-internship-heard = {$teacher}: стажировканын жыйынтыгы жөнүндө{$period}.
draft-minutes-internship-decided = {$whose} стажировкасынын жыйынтыгы бекитилсин.
draft-minutes-nothing = {$path} ичинде кафедранын чечимин күткөн документ жок: бардык пландар, программалар, отчеттор жана маалыматтар ал жердеги протоколдордо аталган
draft-minutes-bad-date = `{$found}` күн эмес: `--date 2026-06-15` же `--date 15.06.2026` деп жазыңыз
cli-minutes-about = кийинки отурумдун протоколу: папкадагы кафедранын чечимин күткөн ар бир документ үчүн бир маселе
cli-minutes-dir = кафедранын папкасы
cli-minutes-number = протоколдун номери, мисалы `5`
cli-minutes-date = отурумдун күнү: `2026-06-15` же `15.06.2026`
cli-minutes-output = YAML кайда жазылат (демейки: стандарттык чыгаруу)
cli-value-dirs = ПАПКАЛАР
cli-value-number = НОМЕР
cli-value-date = КҮН

## Барак

serve-execution = {$date} абалы боюнча пландын аткарылышы
serve-folder-unreadable = папка окулбайт
serve-minutes-number = Протоколдун номерин жазыңыз.
serve-minutes-nothing = Кафедранын чечимин күткөн документ жок: папкадагы бардык пландар, программалар, отчеттор жана маалыматтар протоколдордо аталган.
serve-minutes-heading = Кафедранын кийинки отурумунун протоколу
serve-minutes-waiting = Кафедранын чечимин күткөн документтер: {$count}. Долбоордо ар бири үчүн адаттагы сөздөрү менен бир маселе болот; катышкандарды жана катчыны толуктап, сактаңыз.
serve-minutes-number-label = Протокол №
serve-minutes-date-label = Отурумдун күнү
serve-minutes-draft = Протоколдун долбоорун түзүү
serve-execution-pdf = Аткарылышын басып чыгаруу (PDF)
serve-execution-csv = Excel үчүн таблица (CSV)

## Бир план эки файлда (кыргызча жана орусча)

rule-plan-copies = кафедранын эки тилде берилген планынын эки файлында тең бирдей саптар бар
plan-copies-annual = `{$other}` да ушул кафедранын {$year}-окуу жылына жылдык планы, бирок алардын саптары башка: {$row} `{$only}` ичинде гана бар. Кафедранын бир жылга бир жылдык планы болот (4.1): эки тилдеги нускасынын саптары бирдей болсун, болбосо `execution` экөөнү тең эсептейт
plan-copies-perspective = `{$other}` да ушул кафедранын {$year}-окуу жылынан баштап келечектүү планы, бирок алардын саптары башка: {$row} `{$only}` ичинде гана бар. Кафедранын бир келечектүү планы болот (4.1): эки тилдеги нускасынын окутуучулары жана багыттары бирдей болсун
label-plan-copy = ошол эле пландын башка файлы
execution-copy = {$copy} — {$plan} менен бир эле план, башка тилде: бир жолу эсептелди
execution-differ = {$plan} жана {$other} — экөө тең {$year}-окуу жылынын планы, бирок саптары башка: экөө тең эсептелди (`tirkeme check` караңыз)
