### 6. Internship certificate (`form: internship-certificate`): its printed words, in Russian.
### The words several pages print are in ../forms.ftl.

## 6. Internship certificate

form-internship-certificate = Справка о прохождении стажировки
certificate-title = Справка о прохождении стажировки
certificate-body = {$teacher} {$passed} {$period} по направлению «{$direction}».
certificate-teacher = Преподаватель {$name}
certificate-teacher-word = преподаватель
certificate-of-department = {$position} {$department}
certificate-teacher-as = {$name}, {$who},
certificate-passed-m = прошёл стажировку
certificate-passed-blank = прошёл(-ла) стажировку
certificate-passed-f = прошла стажировку
certificate-host = Место стажировки: {$host}.
certificate-hours = Программа стажировки выполнена в объёме {$hours} ч.
