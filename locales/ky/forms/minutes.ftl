### Протоколдон көчүрмө (`form: minutes`): басылган сөздөрү, кыргызча
### (эрежелери, талаалары жана барактагы сөздөрү — ../minutes.ftl).

## Протоколдон көчүрмө (`form: minutes`): басылган сөздөр

form-minutes = Кафедранын отурумунун протоколунан көчүрмө
minutes-title = «{$department}» кафедрасынын отурумунун №{$number} протоколунан көчүрмө
minutes-heading-before = «{$department}» кафедрасынын отурумунун №{$number} протоколунан
minutes-word = КӨЧҮРМӨ
minutes-heading-after = {""}
minutes-faculty = {$faculty} факультети
minutes-date = {$date}
minutes-attendance = Кафедранын мүчөлөрү: {$members}. Катышкандар: {$present}.
minutes-chair = Төрага: {$name}
minutes-secretary = Катчы: {$name}
minutes-heard = УГУЛДУ:
minutes-spoke = СӨЗ СҮЙЛӨДҮ:
minutes-decided = ТОКТОМ:
minutes-certified = Көчүрмө туура
minutes-chair-role = Отурумдун төрагасы
minutes-secretary-role = Отурумдун катчысы
