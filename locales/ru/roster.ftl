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
