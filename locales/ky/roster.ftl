### Кафедранын тизмеси (SPEC §8): анын табылгалары, `status`, `import`,
### `draft` жана папкадагы документтерди тизме менен салыштыруу, кыргызча.

## Тизмени окуу

roster-no-end = {$name} үчүн `end` жок иш-чара: акыркы күнү берилмейинче беш жылдык эрежеге эсептелбейт
roster-no-hours = {$name} үчүн `hours` жок иш-чара: беш жылдык эрежеге сааттары менен гана эсептелет (кеминде 72, семинарлар менен конференциялар үчүн бирге 72)

## status

roster-bad-date-arg = `{$found}` дата эмес: `--on 2025-11-03` же `--on 03.11.2025` деп жазыңыз
roster-not-roster = {$path} тизме эмес, форма: тизме `form: roster` менен башталат
roster-unreadable = {$path}: тизмеде каталар бар (жогоруда); эч нерсе эсептелген жок
status-header = {$date} абалы боюнча беш жылдык эреже
status-col-name = аты-жөнү
status-col-position = кызматы
status-col-last = акыркы
status-col-hours = 5 жылдагы саат
status-col-due = мөөнөтү
status-col-state = абалы
status-summary = окутуучулар: {$teachers}; мөөнөтү өткөн: {$overdue}, эч качан өтпөгөн: {$never}, ушул окуу жылында: {$due}, тартипте: {$ok}
state-never = эч качан
state-overdue = мөөнөтү өттү
state-due = мөөнөтү келди
state-ok = тартипте
