### Выписка из протокола (`form: minutes`): её печатные слова, по-русски
### (правила, поля и слова страницы — ../minutes.ftl).

## Выписка из протокола (`form: minutes`): печатные слова

form-minutes = Выписка из протокола заседания кафедры
minutes-title = Выписка из протокола заседания кафедры «{$department}» №{$number}
minutes-heading-before = {""}
minutes-word = ВЫПИСКА
minutes-heading-after = из протокола заседания кафедры «{$department}» №{$number}
minutes-faculty = Факультет «{$faculty}»
minutes-date = от {$date}
minutes-attendance = Членов кафедры: {$members}. Присутствовали: {$present}.
minutes-chair = Председатель: {$name}
minutes-secretary = Секретарь: {$name}
minutes-heard = СЛУШАЛИ:
minutes-spoke = ВЫСТУПИЛИ:
minutes-decided = ПОСТАНОВИЛИ:
minutes-certified = Выписка верна
minutes-chair-role = Председатель заседания
minutes-secretary-role = Секретарь заседания
