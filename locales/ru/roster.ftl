### Список кафедры (SPEC §8): его замечания, `status`, `import`, `draft`
### и проверка документов папки по списку, по-русски.

## Чтение списка

roster-no-end = мероприятие {$name} без `end`: оно не засчитывается по правилу пяти лет, пока не указан последний день
roster-no-hours = мероприятие {$name} без `hours`: оно засчитывается по правилу пяти лет только с часами (не менее 72, для семинаров и конференций — 72 в сумме)

## status

roster-bad-date-arg = `{$found}` — не дата: пишите `--on 2025-11-03` или `--on 03.11.2025`
roster-not-roster = {$path} — форма, а не список: список начинается с `form: roster`
roster-unreadable = {$path}: в списке ошибки (выше); ничего не посчитано
status-header = правило пяти лет по состоянию на {$date}
status-col-name = ФИО
status-col-position = должность
status-col-last = последнее
status-col-hours = часов за 5 лет
status-col-due = срок
status-col-state = состояние
status-summary = преподавателей: {$teachers}; просрочено: {$overdue}, ни разу: {$never}, срок в этом учебном году: {$due}, в порядке: {$ok}
state-never = ни разу
state-overdue = просрочено
state-due = срок подошёл
state-ok = в порядке

## import

# Названия каждого столбца в первой строке таблицы, через запятую
# (регистр, пробелы и знаки препинания не важны).
roster-column-name = ФИО, Ф.И.О., Преподаватель, Фамилия Имя Отчество
roster-column-position = Должность
roster-column-degree = Учёная степень, Степень
roster-column-subject = Предмет, Дисциплина
roster-column-gender = Пол
roster-column-kind = Вид, Тип
roster-column-title = Название, Тема
roster-column-start = Начало, Дата начала
roster-column-end = Окончание, Конец, Дата окончания
roster-column-hours = Часы, Часов, Кол-во часов
roster-column-institution = Организация, Учреждение, Место
roster-column-document = Документ, Сертификат
import-empty = лист пуст: в одной из его первых строк должны быть названия столбцов
import-unknown-column = столбец «{$found}» не относится к списку; он пропущен
import-twice = столбец «{$found}» называет поле, которое уже есть в другом столбце
import-no-name = нет столбца с ФИО преподавателей: назовите его «ФИО», «Аты-жөнү» или `name`
import-row-no-name = строка с мероприятием, но без ФИО преподавателя
import-no-kind = мероприятие без вида (курсы, семинар, стажировка …)
import-bad-kind = «{$found}» — не вид повышения квалификации; виды: {$allowed}
import-bad-gender = «{$found}» — не пол: пишите `m` или `f` (муж/жен, м/ж)
import-bad-date = «{$found}» — не дата: пишите дату таблицы, `03.11.2025`, `2025-11-03` или «3 ноября 2025»
import-bad-hours = «{$found}» — не число часов: пишите целое число
import-unreadable = не удаётся прочитать таблицу {$path}: {$detail}
import-not-written = {$path}: ошибок — {$errors} (выше); список не записан
import-done = записан {$path}: преподавателей {$teachers}, мероприятий {$activities}
import-too-large = файл больше {$max} МиБ — намного больше таблицы кафедры: он не читается; тот ли это файл?
import-not-a-file = это не файл (папка, устройство или канал): укажите файл таблицы
import-damaged = эту таблицу не удаётся прочитать: файл повреждён или это не xlsx, ods или csv; откройте его в Excel или LibreOffice и сохраните заново как xlsx
import-protected = книга защищена паролем или сохранена в формате Excel 97-2003: сохраните её без пароля как «Книга Excel (*.xlsx)»
import-old-excel = книги Excel 97-2003 (xls) и двоичные (xlsb) не читаются: в Excel «Файл → Сохранить как → Книга Excel (*.xlsx)»
import-unzipped = книга распаковывается больше чем в {$max} МиБ: она не читается; сохраните лист со списком отдельной книгой
import-too-many-cells = заполненных ячеек больше {$max}: таблица дальше не читается; оставьте только лист со списком
import-too-many-teachers = преподавателей больше {$max}: в списке их не больше {$max}; остальная часть листа не читается (разделите его по кафедрам)
import-no-sheet = в книге нет видимого листа
import-quote-unclosed = кавычка, открытая в строке {$line}, нигде не закрыта: все строки после неё стали бы одной ячейкой; удалите её или закройте
import-quote-swallowed = кавычка, открытая в строке {$line}, закрывается только в строке {$end}: строки между ними стали бы одной ячейкой; удалите лишнюю кавычку
import-quote-text-after = в строке {$line} значение в кавычках продолжается после закрывающей кавычки: возьмите в кавычки всё значение или уберите кавычки

## draft

draft-bad-year = `{$found}` — не учебный год: пишите `2026-2027`, два года подряд
draft-written = записан {$path}
draft-not-written = не удалось записать план в YAML: {$detail}

## Проверка документов папки по списку

rule-roster-name = человек назван так же, как в списке кафедры
rule-plan-agreement = заявления, программы и справки совпадают со строкой преподавателя в годовом плане
rule-certificate-hours = в справке о стажировке не меньше часов, чем в её программе
cross-name = «{$found}» нет в списке; в списке — «{$roster}»
cross-plan-date = {$what ->
        [start] начало
       *[end] окончание
    } {$found} не совпадает со строкой преподавателя в {$plan} ({$planned})
cross-plan-direction = направление «{$found}» не совпадает со строкой преподавателя в {$plan} («{$planned}»)
cross-certificate-hours = в справке {$hours} ч., меньше, чем {$planned} ч. программы {$program}
batch-roster-skipped = {$path}: это список, а не форма: печатать нечего (его страница: `tirkeme status {$path} --pdf FILE`)
import-encoding = файл — не текст UTF-8 («CSV» из Excel часто в Windows-1251): сохраните его как «CSV UTF-8», или как xlsx или ods

## Справка командной строки

cli-import-about = превратить таблицу кафедры (xlsx, ods, csv или «Текст Юникод» из Excel) в список
cli-import-file = таблица: строка названий столбцов (под строками заголовка, если они есть), затем по строке на каждое пройденное мероприятие
cli-import-output = куда записать YAML списка (по умолчанию: стандартный вывод)
cli-status-about = состояние каждого преподавателя по правилу пяти лет, по списку
cli-status-roster = список (`form: roster`)
cli-status-on = на какую дату: `2025-11-03` или `03.11.2025` (по умолчанию: сегодня)
cli-status-format = `human` (таблица), `json` (объект на строку) или `csv`
cli-status-pdf = также записать страницу состояния со шкалой времени в этот PDF
cli-draft-about = составить черновик YAML плана по списку или протокола следующего заседания по папке (печатается как есть)
cli-annual-plan-about = годовой план: строка для каждого преподавателя не в порядке на 1 сентября
cli-annual-plan-roster = список
cli-annual-plan-year = учебный год, например `2026-2027`
cli-annual-plan-output = куда записать YAML (по умолчанию: стандартный вывод)
cli-perspective-plan-about = перспективный план: каждый преподаватель не позже своего срока
cli-perspective-plan-roster = список
cli-perspective-plan-from = первый учебный год плана, например `2026-2027`
cli-perspective-plan-output = куда записать YAML (по умолчанию: стандартный вывод)

# Value names in the help (`--on <DATE>`).
cli-value-roster = СПИСОК
cli-value-on = ДАТА
cli-value-pdf = PDF
cli-value-from = УЧЕБНЫЙ-ГОД
cli-value-year = УЧЕБНЫЙ-ГОД
