### 5. Internship program (`form: internship-program`): its printed words, in Russian.
### The words several pages print are in ../forms.ftl.

## 5. Internship program

form-internship-program = Программа стажировки
program-title = Программа стажировки
program-1 = Название программы
program-2 = Цель стажировки
program-3 = Название организации, в которой проходит стажировка
program-4 = План стажировки
program-5 = Сроки стажировки
program-6 = Контроль выполнения программы
program-activity = Содержание работы
program-hours = Часы
program-total = Итого
program-volume = Объём: {$hours}
program-funding = Финансирование: {$funding}.
activity-self-study = Самостоятельная теоретическая подготовка
activity-skills = Приобретение профессиональных и организаторских навыков
activity-planning = Непосредственное участие в планировании работы организации
activity-documents = Работа с финансовыми, нормативными и другими документами
activity-meetings = Участие в совещаниях, деловых встречах
