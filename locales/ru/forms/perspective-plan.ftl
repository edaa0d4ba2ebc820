### 1. Perspective plan (`form: perspective-plan`): its printed words, in Russian.
### The words several pages print are in ../forms.ftl.

## 1. Perspective plan

form-perspective-plan = Перспективный план повышения квалификации преподавателей
perspective-title = Перспективный план повышения квалификации преподавателей на {$years} учебные годы
perspective-year = {$year} учебный год
perspective-col-1 = №
perspective-col-2 = Кафедра
perspective-col-3 = Ф.И.О. преподавателя
perspective-col-4 = Должность, предмет
perspective-col-5 = Учёная степень
perspective-col-6 = Годы последнего прохождения курсов
direction-methodology = методика
direction-it = IT-технологии
direction-specialty = специальность
