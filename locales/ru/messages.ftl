### Собственные слова командной строки (справка, ошибки вызова) и сообщения,
### по которым секретарь может действовать: ошибки записи YAML, числа и даты,
### ошибки ввода-вывода системы. Идентификаторы находятся по имени в
### `src/cli/help.rs`.

## Справка

cli-about = Официальные формы повышения квалификации преподавателей Таласского государственного университета из YAML (на кыргызском и русском), с проверкой по Положению
cli-after-help = Справка по одной команде: `tirkeme КОМАНДА --help`.
cli-heading-usage = Использование
cli-heading-commands = Команды
cli-heading-arguments = Аргументы
cli-heading-options = Параметры
cli-usage-options = [ПАРАМЕТРЫ]
cli-usage-command = <КОМАНДА>
cli-usage-command-optional = [КОМАНДА]
cli-help = показать эту справку
cli-version = показать версию
cli-ui-lang = язык сообщений программы: ky, ru или en (по умолчанию — по LANG, иначе язык системы)
cli-value-ui-lang = ЯЗЫК
cli-help-about = показать эту справку или справку по команде
cli-help-subcommand = команда, которую нужно объяснить
cli-value-subcommand = КОМАНДА
cli-render-about = создать одну форму в PDF (после проверки)
cli-render-file = входной файл YAML
cli-value-file = ФАЙЛ
cli-render-output = куда записать PDF: файл или папка для `<имя>.<язык>.pdf` (по умолчанию — рядом с входным файлом)
cli-value-output = ПУТЬ
cli-render-lang = напечатать форму на этом языке (ky или ru), что бы ни было указано в файле
cli-value-lang = ЯЗЫК
cli-render-plain = обычный PDF вместо PDF/A-3b, без вложенного YAML
cli-render-draft = напечатать, даже если правило нарушено: на каждой странице по диагонали «ПРОЕКТ»
cli-check-about = проверить файлы по Положению, не создавая форм; результаты выводятся в стандартный вывод (stdout)
cli-check-files = файлы YAML: файлы или папки, в которых ищутся `*.yaml` / `*.yml`
cli-value-files = ФАЙЛЫ
cli-check-format = `human` (с фрагментами файла, по умолчанию) или `json` (один объект в строке)
cli-value-format = ФОРМАТ
cli-batch-about = создать формы из многих файлов и папок за один запуск, параллельно
cli-batch-inputs = файлы и папки (в них ищутся `*.yaml` / `*.yml`)
cli-value-inputs = ФАЙЛЫ
cli-batch-output = папка для результатов (создаётся, если её нет)
cli-batch-jobs = число рабочих потоков (по умолчанию — число ядер)
cli-value-jobs = ЧИСЛО
cli-batch-lang = напечатать все формы на этом языке (ky или ru)
cli-batch-plain = обычные PDF вместо PDF/A-3b
cli-package-about = создать годовой план и заявление каждого направляемого по нему преподавателя
cli-package-plan = годовой план
cli-value-plan = ПЛАН
cli-package-output = папка для результатов (создаётся, если её нет)
cli-package-lang = напечатать на этом языке (ky или ru)
cli-new-about = вывести пример формы с комментариями для заполнения
cli-new-form = форма: perspective-plan, annual-plan, report, application, internship-program, internship-certificate
cli-value-form = ФОРМА
cli-new-lang = язык примера: ky (по умолчанию) или ru
cli-new-output = записать пример в этот файл (существующий не перезаписывается), а не выводить на экран
cli-forms-about = список форм
cli-rules-about = список проверяемых правил с пунктами Положения
cli-blank-about = создать пустую форму: каждая строка заполняется от руки (PDF/A, без данных, не проект)
cli-blank-form = форма: perspective-plan, annual-plan, report, application, internship-program, internship-certificate
cli-blank-lang = язык формы: ky (по умолчанию) или ru
cli-blank-output = куда записать PDF (по умолчанию: <форма>.blank.<язык>.pdf; - для стандартного вывода)

cli-demo-about = создать все встроенные примеры на обоих языках
cli-demo-output = папка для результатов (по умолчанию tirkeme-demo)
cli-extract-about = извлечь YAML, вложенный в PDF, созданный tirkeme
cli-extract-file = файл PDF
cli-extract-output = куда записать YAML (по умолчанию — стандартный вывод)

## Ошибки вызова

cli-unknown-argument = здесь нет параметра `{$arg}`
cli-unknown-command = нет команды `{$command}`
cli-missing-argument = не указано: {$arg}
cli-missing-command = укажите команду: render, check, batch, package, new, forms, rules, demo, extract
cli-missing-value = для `{$arg}` нужно указать значение
cli-invalid-value = `{$value}` — недопустимое значение `{$arg}`; возможные: {$valid}
cli-bad-value = `{$value}` не подходит для `{$arg}`
cli-conflict = `{$arg}` нельзя использовать вместе с `{$other}`
cli-unexpected = `{$arg}` здесь не ожидается
cli-usage-other = команда набрана неверно ({$arg})
cli-did-you-mean = возможно, имелось в виду `{$hint}`?
cli-try-help = что принимает команда, показывает `{$command} --help`

## Ошибки записи YAML

syntax-tab = здесь отступ сделан табуляцией (показана как →); в YAML отступы делаются только пробелами: замените табуляцию пробелами, по два на каждый уровень
syntax-nbsp = здесь отступ сделан неразрывным пробелом ({$code}); делайте отступы только обычными пробелами: удалите начало строки и сделайте отступ заново клавишей пробела
syntax-indent = `{$key}` начинается в столбце {$column}, а `{$above}` в строке {$line} — в столбце {$expected}: ключи одного словаря начинаются в одном столбце, а то, что относится к ключу, пишется под ним с отступом
syntax-duplicate-key = ключ `{$key}` записан дважды в одном месте (впервые в строке {$line}): оставьте один из них
syntax-duplicate-first = впервые записан здесь
syntax-documents = с этой строки `---` начинается второй документ: в одном файле — одна форма; перенесите то, что ниже, в отдельный файл или удалите эту строку
syntax-no-space = после двоеточия не хватает пробела: напишите `{$fixed}`
syntax-no-colon = в этой строке нет двоеточия: запишите её как `ключ: значение`
syntax-colon-in-value = в значении есть двоеточие с пробелом, и YAML читает его как новый ключ: заключите значение в кавычки: `{$fixed}`
syntax-unclosed-quote = открытая здесь кавычка `{$quote}` не закрыта: закончите значение кавычкой `{$quote}` в той же строке
syntax-unclosed-bracket = открытая здесь скобка `{$open}` не закрыта скобкой `{$close}`

## Числа и даты

number-too-large = `{$found}` — слишком большое число: не более {$max}
number-negative = `{$found}` — отрицательное число: укажите число от 0 до {$max}
number-with-unit = укажите только число: `{$fixed}`
date-no-day = `{$found}` — не дата: в {$month ->
        [jan] январе
        [feb] феврале
        [mar] марте
        [apr] апреле
        [may] мае
        [jun] июне
        [jul] июле
        [aug] августе
        [sep] сентябре
        [oct] октябре
        [nov] ноябре
       *[dec] декабре
    } {$year} года нет {$day}-го числа, последний день — {$last}-е
date-no-month = `{$found}` — не дата: месяца {$month} не бывает; записывайте даты как год-месяц-день, например `2025-11-03`
date-day-first = `{$found}`: записывайте даты как год-месяц-день: `{$fixed}`

## Ответ системы (при чтении или записи файла)

os-not-found = такого файла или папки нет
os-permission = доступ запрещён: нет прав открыть или изменить его
os-exists = он уже существует
os-is-folder = это папка, а не файл
os-not-folder = часть пути — файл, а не папка
os-disk-full = на диске нет места
os-read-only = диск или папка доступны только для чтения
os-too-large = файл слишком большой
os-in-use = файл открыт в другой программе: закройте его там и попробуйте снова
os-bad-name = такое имя файла недопустимо
os-bad-data = файл не удалось прочитать до конца
os-memory = недостаточно памяти
os-pipe = программа, читавшая вывод, остановилась
os-interrupted = операция прервана; попробуйте снова
os-other = системная ошибка {$code}

## Файлы, сохранённые Блокнотом как .txt

yaml-txt-skipped = {$path} не прочитан: его имя оканчивается на .txt (Блокнот добавляет это сам); переименуйте его в {$fixed} (в Проводнике: Вид → Расширения имён файлов покажет .txt)
yaml-txt-read = {$path} прочитан как YAML, хотя его имя оканчивается на .txt; переименуйте его в {$fixed}
yaml-txt-twin = файла {$path} нет, но есть {$twin}: Блокнот добавил к имени .txt; переименуйте его в {$path} (в Проводнике: Вид → Расширения имён файлов покажет .txt)
inputs-none = в {$paths} нет файлов YAML (*.yaml, *.yml)

## render --draft

draft-despite = {$path}: напечатан как ПРОЕКТ, несмотря на ошибки ({$errors}): на каждой странице отметка «ПРОЕКТ»; это не окончательный экземпляр

## package

package-summary = {$plan}: создано заявлений: {$made}
package-skipped = заявление не создано (план никуда их не направляет): {$names}
package-failed = не создано, см. выше: {$files}

## batch

batch-failed = не созданы, см. выше: {$files}

## Справка `schema` и `new --schema-dir` (задача 15)

cli-schema-about = вывести JSON Schema для YAML формы, для редакторов
cli-schema-form = форма (или `--all`)
cli-schema-all = схемы всех форм, записываются как `<форма>.schema.json` в папку, указанную в `-o`
cli-schema-output = куда записать: файл (одна форма) или папка (`--all`)
cli-schema-lang = язык описаний: ky, ru или en (по умолчанию — язык сообщений)
cli-new-schema-dir = также записать JSON Schema формы в эту папку и начать пример строкой `# yaml-language-server: $schema=`, указывающей на неё, для редакторов
cli-value-schema-dir = ПАПКА

## Ограничения файла

limit-depth = файл не принят: вложенность глубже {$max} уровней; форме нужно лишь несколько (проверьте скобки и отступы)
limit-nodes = файл не принят: в нём больше {$max} значений, гораздо больше, чем в любой форме
limit-size = файл не принят: он больше {$max} МБ, гораздо больше любой формы
limit-aliases = файл не принят: его ссылки (`&имя`, `*имя`) раскрываются слишком сильно; запишите значения полностью
