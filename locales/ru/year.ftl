### Итоги учебного года кафедры (SPEC §13): выполнение плана, что ещё
### ожидает (`status`), папка кафедры, по-русски.

## Папка кафедры

folder-file-unreadable = {$path}: не читается ({$detail}); не учтён
folder-file-invalid = {$path}: не читаемый документ (см. `tirkeme check {$path}`); не учтён
folder-truncated = {$path}: больше {$max} файлов YAML; читаются только первые {$max}

## execution

execution-bad-year = `{$found}` — не учебный год: напишите `--year 2025-2026`
execution-no-plans = в {$paths} нет годового плана (`form: annual-plan`)
execution-no-plans-year = в {$paths} нет годового плана на {$year} учебный год
execution-header = выполнение годовых планов по состоянию на {$date}
execution-col-n = №
execution-col-teacher = Ф.И.О. преподавателя
execution-col-kind = Вид повышения квалификации
execution-col-period = Сроки
execution-col-state = Выполнение
execution-col-document = Подтверждающий документ
execution-state-done = выполнено
execution-state-late = выполнено, справка с опозданием
execution-state-open = срок не истёк
execution-state-missed = не выполнено
execution-late-detail = {$state} (сдана {$submitted}, через {$days} дн. после окончания)
execution-returned-detail = {$state}; отчёт {$document} возвращён на доработку
execution-summary = Запланировано: {$planned}; выполнено: {$done}, справка с опозданием: {$late}, срок не истёк: {$open}, не выполнено: {$missed}.
execution-all = Всего по кафедрам: {$summary}
execution-title = Выполнение плана повышения квалификации преподавателей
execution-title-year = Выполнение плана повышения квалификации преподавателей на {$year} учебный год
execution-department = Кафедра «{$department}»
execution-subject = Выполнение плана повышения квалификации, {$date}
execution-on = по состоянию на {$date}
execution-cadre-head = Начальник отдела кадров {$univ}

## status: что ещё ожидает

pending-certificates-header = справки о стажировке, не поступившие в отдел «Качество образования» в течение 15 дней после её окончания (6.6):
pending-certificate-late = {$teacher}: {$document}, стажировка окончена {$end}, сдана {$submitted}, через {$days} дн.
pending-certificate-missing = {$teacher}: {$document}, стажировка окончена {$end}, ещё не сдана, прошло {$days} дн.
pending-certificate-absent = {$teacher}: стажировка по {$plan} окончена {$end}, справки в папке нет, прошло {$days} дн.
pending-reports-header = отчёты, ожидающие решения кафедры (7.1):
pending-report = {$teacher}: {$document}
pending-report-returned = {$teacher}: {$document} возвращён на доработку; ожидается исправленный отчёт
pending-none = ничего не ожидает: все справки поступили в отдел качества вовремя, по всем отчётам есть решение кафедры

## Командная строка

cli-execution-about = выполнение годовых планов: каждое запланированное повышение квалификации выполнено, с опозданием, в сроке или не выполнено — по папкам кафедр
cli-execution-dirs = папки кафедр, в каждой годовой план и поданные с тех пор документы
cli-execution-year = только планы этого учебного года, например `2025-2026`
cli-execution-on = на какую дату: `2026-06-30` или `30.06.2026` (по умолчанию: сегодня)
cli-execution-format = `human` (таблица), `json` (объект на строку) или `csv`
cli-execution-pdf = также записать выполнение печатной страницей в этот PDF

## draft minutes: обычные формулировки вопросов и команда

draft-minutes-annual-heard = Заведующий кафедрой {$head}: о годовом плане повышения квалификации преподавателей на {$year} учебный год.
draft-minutes-annual-decided = Утвердить годовой план повышения квалификации преподавателей на {$year} учебный год.
draft-minutes-perspective-heard = Заведующий кафедрой {$head}: о перспективном плане повышения квалификации преподавателей на {$years} учебные годы.
draft-minutes-perspective-decided = Утвердить перспективный план повышения квалификации преподавателей на {$years} учебные годы.
draft-minutes-program-heard = {$teacher}: о программе стажировки{$period}.
draft-minutes-program-decided = Одобрить программу стажировки {$whose}.
draft-minutes-report-heard = {$teacher}: отчёт о повышении квалификации{$period}.
draft-minutes-report-decided = Утвердить отчёт {$whose} о повышении квалификации.
draft-minutes-internship-heard = {$teacher}: об итогах стажировки{$period}.
draft-minutes-internship-decided = Утвердить итоги стажировки {$whose}.
draft-minutes-nothing = в {$path} нет документов, ожидающих решения кафедры: все планы, программы, отчёты и справки названы в протоколах там
draft-minutes-bad-date = `{$found}` — не дата: напишите `--date 2026-06-15` или `--date 15.06.2026`
cli-minutes-about = протокол следующего заседания: вопрос по каждому документу папки, ожидающему решения кафедры
cli-minutes-dir = папка кафедры
cli-minutes-number = номер протокола, например `5`
cli-minutes-date = дата заседания: `2026-06-15` или `15.06.2026`
cli-minutes-output = куда записать YAML (по умолчанию: стандартный вывод)
cli-value-dirs = ПАПКИ
cli-value-number = НОМЕР
cli-value-date = ДАТА

## Страница

serve-execution = Выполнение плана на {$date}
serve-folder-unreadable = папка не читается
serve-minutes-number = Укажите номер протокола.
serve-minutes-nothing = Решения кафедры не ждёт ни один документ: все планы, программы, отчёты и справки папки уже названы в протоколах.
serve-minutes-heading = Протокол следующего заседания кафедры
serve-minutes-waiting = Ждут решения кафедры: {$count}. В проекте по вопросу на каждый документ, с обычной формулировкой решения; дополните присутствующих и секретаря, затем сохраните.
serve-minutes-number-label = Протокол №
serve-minutes-date-label = Дата заседания
serve-minutes-draft = Составить проект протокола
serve-execution-pdf = Выполнение для печати (PDF)
serve-execution-csv = Таблица для Excel (CSV)

## Один план в двух файлах (на кыргызском и на русском)

rule-plan-copies = план кафедры на год, поданный на двух языках, содержит в обоих файлах одни и те же строки
plan-copies-annual = `{$other}` — тоже годовой план этой кафедры на {$year} учебный год, но строки в них разные: {$row} есть только в `{$only}`. У кафедры один годовой план на год (4.1): строки обеих языковых копий должны совпадать, иначе `execution` считает оба
plan-copies-perspective = `{$other}` — тоже перспективный план этой кафедры с {$year} учебного года, но строки в них разные: {$row} есть только в `{$only}`. У кафедры один перспективный план (4.1): преподаватели и направления обеих языковых копий должны совпадать
label-plan-copy = другой файл того же плана
execution-copy = {$copy} — тот же план, что и {$plan}, на другом языке: учтён один раз
execution-differ = {$plan} и {$other} — оба план на {$year} учебный год, но строки разные: учтены оба (см. `tirkeme check`)
