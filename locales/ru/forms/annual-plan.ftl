### 2. Annual plan (`form: annual-plan`): its printed words, in Russian.
### The words several pages print are in ../forms.ftl.

## 2. Annual plan

form-annual-plan = Годовой план повышения квалификации преподавателей кафедры
annual-title = Годовой план повышения квалификации преподавателей {$department} на {$year} учебный год
annual-col-1 = №
annual-col-2 = Ф.И.О. преподавателя
annual-col-3 = Должность, предмет
annual-col-4 = Учёная степень
annual-col-5 = Годы последнего прохождения курсов
annual-col-6 = Вид повышения квалификации
annual-col-7 = Сроки повышения квалификации
annual-col-8 = Организация, проводящая повышение квалификации
annual-col-9 = Примечание
annual-kind-direction = {$kind}: {$direction}
