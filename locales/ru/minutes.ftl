### Выписка из протокола (`form: minutes`): правила, поля и слова
### веб-страницы, по-русски (печатные слова — forms/minutes.ftl).

## Правила и поля протокола

minutes-present-above-members = присутствовали {$present}, но членов кафедры {$members}: присутствующих не может быть больше, чем членов
minutes-no-quorum = присутствовали {$present} из {$members} членов: заседание принимает решения, когда присутствует больше половины членов, не меньше {$need}
minutes-approved-and-returned = `{$document}` на одном заседании и утверждён, и возвращён на доработку; кафедра утверждает отчёт или возвращает его (7.1)
label-minutes-members = члены кафедры
label-minutes-approved = утверждён здесь
label-minutes-returned = возвращён здесь
rule-attendance = на заседании не может присутствовать больше членов, чем есть на кафедре
rule-quorum = заседание кафедры принимает решения, когда присутствует больше половины её членов
rule-decision = заседание утверждает отчёт или возвращает его на доработку, но не то и другое
field-minutes-number = номер протокола, например `5`
field-minutes-members = сколько членов на кафедре
field-minutes-present = сколько членов присутствовало (для решения больше половины)
field-minutes-chair = кто председательствовал (заведующий кафедрой)
field-minutes-secretary = секретарь заседания, заверяет выписку
field-minutes-items = вопросы заседания, в каждом `heard`, `spoke`, `decided`, `decision`, `documents`
field-minutes-heard = кто и о чём докладывал (СЛУШАЛИ)
field-minutes-spoke = кто выступил, каждый отдельной строкой (ВЫСТУПИЛИ; необязательно)
field-minutes-decided = что постановила кафедра, как в протоколе (ПОСТАНОВИЛИ)
field-minutes-decision = вид решения: approve-plan (4.1), approve-program (6.3), approve-report (5.2, 7.1), return-report (7.1) или approve-internship (6.6)
field-minutes-documents = имена файлов документов папки, о которых вопрос, например `asanov-report.yaml`

minutes-document-absent = `{$document}` нет среди документов, проверенных вместе с этим протоколом: с ошибкой в имени документ остаётся нерассмотренным для следующего проекта протокола и для `execution`
minutes-document-kind = `{$document}` — не тот документ, о котором решение `{$decision}`: approve-plan — планы, approve-program — программы стажировки, return-report — отчёты, approve-report и approve-internship — отчёты и справки
label-minutes-decision = решение
rule-minutes-documents = документы, названные в вопросе протокола, есть в папке и того вида, о котором решение

## Веб-страница

page-doc-minutes = Выписка из протокола
page-minutes-number = Номер протокола
page-minutes-members = Число членов кафедры
page-minutes-present = Присутствовали
page-minutes-present-hint = Решение принимается, если присутствует больше половины членов кафедры
page-minutes-chair = Председатель заседания
page-minutes-chair-hint = Обычно заведующий кафедрой
page-minutes-secretary = Секретарь заседания
page-minutes-secretary-hint = Заверяет выписку
page-minutes-items = Вопросы заседания
page-minutes-heard = Слушали: кто и о чём докладывал
page-minutes-spoke = Выступили
page-minutes-spoke-hint = Каждое выступление отдельно; необязательно
page-minutes-decided = Постановили: что решила кафедра
page-minutes-decision = Вид решения
page-minutes-documents = Документы, к которым относится вопрос
page-minutes-documents-hint = Имена файлов в папке кафедры; следующий проект протокола считает их рассмотренными
page-choice-decision-approve-plan = Утверждён план (4.1)
page-choice-decision-approve-program = Утверждена программа стажировки (6.3)
page-choice-decision-approve-report = Утверждён отчёт (5.2, 7.1)
page-choice-decision-return-report = Отчёт возвращён на доработку (7.1)
page-choice-decision-approve-internship = Утверждены итоги стажировки (6.6)
