### Протоколдон көчүрмө (`form: minutes`): эрежелери, талаалары жана
### веб-барактагы сөздөрү, кыргызча (басылган сөздөрү — forms/minutes.ftl).

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

minutes-document-absent = `{$document}` бул протокол менен текшерилген документтердин арасында жок: ат туура эмес жазылса, документ кийинки протоколдун долбоорунда жана `execution` үчүн каралбаган бойдон калат
minutes-document-kind = `{$document}` `{$decision}` чечими тиешелүү документ эмес: approve-plan — пландар, approve-program — стажировканын программалары, return-report — отчеттор, approve-report жана approve-internship — отчеттор жана маалыматтар
label-minutes-decision = чечим
rule-minutes-documents = протоколдун маселесинде аталган документтер папкада бар жана чечимге ылайык түрдө

## Веб-барак

page-doc-minutes = Протоколдон көчүрмө
page-minutes-number = Протоколдун номери
page-minutes-members = Кафедранын мүчөлөрүнүн саны
page-minutes-present = Катышкандардын саны
page-minutes-present-hint = Чечим кабыл алуу үчүн мүчөлөрдүн жарымынан көбү катышуусу керек
page-minutes-chair = Отурумдун төрагасы
page-minutes-chair-hint = Адатта кафедра башчысы
page-minutes-secretary = Отурумдун катчысы
page-minutes-secretary-hint = Көчүрмөнүн тууралыгын күбөлөйт
page-minutes-items = Отурумдун маселелери
page-minutes-heard = Угулду: ким, эмне жөнүндө баяндады
page-minutes-spoke = Сөз сүйлөгөндөр
page-minutes-spoke-hint = Ар бири өзүнчө; милдеттүү эмес
page-minutes-decided = Токтом: кафедра эмне чечти
page-minutes-decision = Чечимдин түрү
page-minutes-documents = Маселе тиешелүү документтер
page-minutes-documents-hint = Кафедранын папкасындагы файлдардын аттары; кийинки протоколдун долбоору аларды каралган деп эсептейт
page-choice-decision-approve-plan = План бекитилди (4.1)
page-choice-decision-approve-program = Стажировканын программасы бекитилди (6.3)
page-choice-decision-approve-report = Отчет бекитилди (5.2, 7.1)
page-choice-decision-return-report = Отчет кайра иштеп чыгууга кайтарылды (7.1)
page-choice-decision-approve-internship = Стажировканын жыйынтыгы бекитилди (6.6)
