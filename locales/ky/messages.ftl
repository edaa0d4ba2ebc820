### Буйрук сабынын өз сөздөрү (жардам, туура эмес терилген буйрук) жана
### катчы түшүнүп, оңдой турган билдирүүлөр: YAML жазуудагы каталар, сандар
### жана даталар, системанын файл каталары. Идентификаторлор `src/cli/help.rs`
### ичинде аты боюнча табылат.

## Жардам

cli-about = Талас мамлекеттик университетинин окутуучуларынын квалификациясын жогорулатуу формаларын YAML файлынан түзөт (кыргызча жана орусча) жана Жобого ылайыктыгын текшерет
cli-after-help = Бир буйруктун жардамы: `tirkeme БУЙРУК --help`.
cli-heading-usage = Колдонуу
cli-heading-commands = Буйруктар
cli-heading-arguments = Аргументтер
cli-heading-options = Параметрлер
cli-usage-options = [ПАРАМЕТРЛЕР]
cli-usage-command = <БУЙРУК>
cli-usage-command-optional = [БУЙРУК]
cli-help = ушул жардамды көрсөтүү
cli-version = версиясын көрсөтүү
cli-ui-lang = программанын билдирүүлөрүнүн тили: ky, ru же en (демейки: LANG боюнча, же системанын тили)
cli-value-ui-lang = ТИЛ
cli-help-about = ушул жардамды же бир буйруктун жардамын көрсөтүү
cli-help-subcommand = түшүндүрүлө турган буйрук
cli-value-subcommand = БУЙРУК
cli-render-about = бир форманы PDF түрүндө түзүү (адегенде текшерилет)
cli-render-file = баштапкы YAML файл
cli-value-file = ФАЙЛ
cli-render-output = PDF кайда жазылат: файл, же `<аты>.<тил>.pdf` үчүн папка (демейки: баштапкы файлдын жанына)
cli-value-output = ЖОЛ
cli-render-lang = файлда эмне жазылганына карабай, форманы ушул тилде басуу (ky же ru)
cli-value-lang = ТИЛ
cli-render-plain = PDF/A-3b эмес, кадимки PDF, YAML тиркелбейт
cli-render-draft = эреже бузулса да басуу: ар бир баракта кыйгач «ДОЛБООР» деп жазылат
cli-check-about = файлдарды түзбөстөн Жобого ылайыктыгын текшерүү; натыйжалар стандарттык чыгышка (stdout) жазылат
cli-check-files = YAML файлдар: файлдар же `*.yaml` / `*.yml` изделүүчү папкалар
cli-value-files = ФАЙЛДАР
cli-check-format = `human` (үзүндүлөр менен, демейки) же `json` (ар бир сапта бир объект)
cli-value-format = ФОРМАТ
cli-batch-about = көп файлды жана папканы бир жолу, параллелдүү түзүү
cli-batch-inputs = файлдар жана папкалар (`*.yaml` / `*.yml` изделет)
cli-value-inputs = ФАЙЛДАР
cli-batch-output = натыйжалар папкасы (жок болсо түзүлөт)
cli-batch-jobs = жумушчу агымдардын саны (демейки: процессордун ядролорунун саны)
cli-value-jobs = САН
cli-batch-lang = бардык формаларды ушул тилде басуу (ky же ru)
cli-batch-plain = PDF/A-3b эмес, кадимки PDF
cli-package-about = жылдык планды жана ал жөнөткөн ар бир окутуучунун билдирүүсүн түзүү
cli-package-plan = жылдык план
cli-value-plan = ПЛАН
cli-package-output = натыйжалар папкасы (жок болсо түзүлөт)
cli-package-lang = ушул тилде басуу (ky же ru)
cli-new-about = толтуруу үчүн форманын түшүндүрмөлүү үлгүсүн чыгаруу
cli-new-form = форма: perspective-plan, annual-plan, report, application, internship-program, internship-certificate
cli-value-form = ФОРМА
cli-new-lang = үлгүнүн тили: ky (демейки) же ru
cli-new-output = үлгүнү экранга чыгарбай, ушул файлга жазуу (бар файлдын үстүнө жазылбайт)
cli-forms-about = формалардын тизмеси
cli-rules-about = текшерилүүчү эрежелердин тизмеси, Жобонун пункттары менен
cli-blank-about = бош форманы түзүү: ар бир сызык кол менен толтурулат (PDF/A, маалыматсыз, долбоор эмес)
cli-blank-form = форма: perspective-plan, annual-plan, report, application, internship-program, internship-certificate
cli-blank-lang = форманын тили: ky (демейки) же ru
cli-blank-output = PDF кайда жазылат (демейки: <форма>.blank.<тил>.pdf; - стандарттык чыгаруу үчүн)

cli-demo-about = бардык үлгүлөрдү эки тилде тең түзүү
cli-demo-output = натыйжалар папкасы (демейки: tirkeme-demo)
cli-extract-about = tirkeme түзгөн PDF ичиндеги тиркелген YAML файлды чыгаруу
cli-extract-file = PDF файл
cli-extract-output = YAML кайда жазылат (демейки: стандарттык чыгыш)

## Буйрук сабындагы каталар

cli-unknown-argument = бул жерде `{$arg}` деген параметр жок
cli-unknown-command = `{$command}` деген буйрук жок
cli-missing-argument = жетишпейт: {$arg}
cli-missing-command = буйрукту жазыңыз: render, check, batch, package, new, forms, rules, demo, extract
cli-missing-value = `{$arg}` үчүн маани жазылышы керек
cli-invalid-value = `{$value}` — `{$arg}` үчүн туура эмес маани; мүмкүн болгондору: {$valid}
cli-bad-value = `{$value}` — `{$arg}` үчүн жарабайт
cli-conflict = `{$arg}` менен `{$other}` чогуу колдонулбайт
cli-unexpected = `{$arg}` бул жерде күтүлгөн эмес
cli-usage-other = буйрук туура эмес терилген ({$arg})
cli-did-you-mean = `{$hint}` дегиңиз келдиби?
cli-try-help = эмне берилерин `{$command} --help` көрсөтөт

## YAML жазуудагы каталар

syntax-tab = бул жерде абзац табуляция менен жасалган (→ белгиси); YAML абзацты боштуктар менен гана жасайт: табуляцияны боштуктар менен алмаштырыңыз, ар бир деңгээлге эки боштук
syntax-nbsp = бул жерде абзац үзүлбөс боштук ({$code}) менен жасалган; абзацты кадимки боштуктар менен гана жасаңыз: саптын башын өчүрүп, боштук баскычы менен кайра жылдырыңыз
syntax-indent = `{$key}` {$column}-мамычадан башталат, бирок {$line}-саптагы `{$above}` {$expected}-мамычадан башталат: бир топтогу ачкычтар бир мамычадан башталат, ачкычка тиешелүүлөр анын астына жылдырылып жазылат
syntax-duplicate-key = `{$key}` ачкычы бир жерде эки жолу жазылган (биринчиси {$line}-сапта): бирин гана калтырыңыз
syntax-duplicate-first = биринчи жолу бул жерде жазылган
syntax-documents = ушул `---` сабынан экинчи документ башталат: бир файлда бир гана форма болот; андан кийинкисин өзүнчө файлга көчүрүңүз же бул сапты өчүрүңүз
syntax-no-space = кош чекиттен кийин боштук жетишпейт: `{$fixed}` деп жазыңыз
syntax-no-colon = бул сапта кош чекит жок: аны `ачкыч: маани` түрүндө жазыңыз
syntax-colon-in-value = маанинин ичинде кош чекит жана боштук бар, YAML аны жаңы ачкыч катары окуйт: маанини тырмакчага алыңыз: `{$fixed}`
syntax-unclosed-quote = бул жерде ачылган `{$quote}` тырмакчасы жабылган эмес: маанини ошол эле сапта `{$quote}` менен бүтүрүңүз
syntax-unclosed-bracket = бул жерде ачылган `{$open}` кашаасы `{$close}` менен жабылган эмес

## Сандар жана даталар

number-too-large = `{$found}` өтө чоң: эң көп дегенде {$max}
number-negative = `{$found}` терс сан: 0дөн {$max}гө чейинки санды жазыңыз
number-with-unit = санды гана жазыңыз: `{$fixed}`
date-no-day = `{$found}` — дата эмес: {$year}-жылдын {$month ->
        [jan] январь
        [feb] февраль
        [mar] март
        [apr] апрель
        [may] май
        [jun] июнь
        [jul] июль
        [aug] август
        [sep] сентябрь
        [oct] октябрь
        [nov] ноябрь
       *[dec] декабрь
    } айында {$day}-күн жок, анын акыркы күнү — {$last}
date-no-month = `{$found}` — дата эмес: {$month}-ай жок; даталарды жыл-ай-күн тартибинде жазыңыз, мисалы `2025-11-03`
date-day-first = `{$found}`: даталарды жыл-ай-күн тартибинде жазыңыз: `{$fixed}`

## Системанын жообу (файлды окууда же жазууда)

os-not-found = мындай файл же папка жок
os-permission = уруксат жок: аны ачууга же өзгөртүүгө укугуңуз жок
os-exists = ал мурунтан эле бар
os-is-folder = бул файл эмес, папка
os-not-folder = жолдун бир бөлүгү папка эмес, файл
os-disk-full = дискте орун калган жок
os-read-only = диск же папка окуу үчүн гана
os-too-large = файл өтө чоң
os-in-use = файл башка программада ачык турат: аны ошол жерден жаап, кайра аракет кылыңыз
os-bad-name = файлга мындай ат коюуга болбойт
os-bad-data = файлды аягына чейин окууга мүмкүн болгон жок
os-memory = эс тутум жетишпейт
os-pipe = натыйжаны окуп жаткан программа токтоп калды
os-interrupted = иш үзгүлтүккө учурады; кайра аракет кылыңыз
os-other = системанын катасы {$code}

## Блокнот .txt кошуп сактаган файлдар

yaml-txt-skipped = {$path} окулбайт: анын аты .txt менен бүтөт (Блокнот аны өзү кошот); атын {$fixed} деп өзгөртүңүз (Explorer'де «Вид → Расширения имён файлов» же «View → File name extensions» .txt бөлүгүн көрсөтөт)
yaml-txt-read = {$path} аты .txt менен бүтсө да YAML катары окулду; атын {$fixed} деп өзгөртүңүз
yaml-txt-twin = {$path} жок, бирок {$twin} бар: Блокнот анын атына .txt кошуп койгон; атын {$path} деп өзгөртүңүз (Explorer'де «Вид → Расширения имён файлов» же «View → File name extensions» .txt бөлүгүн көрсөтөт)
inputs-none = {$paths} ичинде YAML файлдар (*.yaml, *.yml) жок

## render --draft

draft-despite = {$path}: {$errors} катага карабай ДОЛБООР катары басылды: ар бир баракта «ДОЛБООР» деп белгиленген; бул акыркы нуска эмес

## package

package-summary = {$plan}: түзүлгөн билдирүүлөр: {$made}
package-skipped = билдирүү түзүлгөн жок (план аларды эч жакка жөнөтпөйт): {$names}
package-failed = түзүлгөн жок, жогоруну караңыз: {$files}

## batch

batch-failed = түзүлгөн жок, жогоруну караңыз: {$files}

## `schema` жана `new --schema-dir` жардамы (15-маселе)

cli-schema-about = форманын YAML файлынын JSON Schema сүрөттөмөсүн чыгаруу, редакторлор үчүн
cli-schema-form = форма (же `--all`)
cli-schema-all = бардык формалардын сүрөттөмөлөрү, `-o` менен берилген папкага `<форма>.schema.json` болуп жазылат
cli-schema-output = кайда жазылат: файл (бир форма) же папка (`--all`)
cli-schema-lang = түшүндүрмөлөрдүн тили: ky, ru же en (демейки: билдирүүлөрдүн тили)
cli-new-schema-dir = форманын JSON Schema сүрөттөмөсүн ушул папкага да жазуу жана үлгүнү ага шилтеме берген `# yaml-language-server: $schema=` сабы менен баштоо, редакторлор үчүн
cli-value-schema-dir = ПАПКА

## Файлдын чектери

limit-depth = файл кабыл алынган жок: ал {$max} деңгээлден терең камтылган; формага бир нече деңгээл эле жетет (кашааларды жана абзацтарды текшериңиз)
limit-nodes = файл кабыл алынган жок: анда {$max} мааниден ашык бар, бул ар кандай формадан алда канча көп
limit-size = файл кабыл алынган жок: ал {$max} МБдан чоң, бул ар кандай формадан алда канча көп
limit-aliases = файл кабыл алынган жок: анын шилтемелери (`&аты`, `*аты`) өтө көп жайылат; маанилерди толук жазыңыз
