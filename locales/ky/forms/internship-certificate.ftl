### 6. Internship certificate (`form: internship-certificate`): its printed words, in Kyrgyz (the regulation's own wording).
### The words several pages print are in ../forms.ftl.

## 6. Internship certificate

form-internship-certificate = Стажировка өткөндүгү тууралуу маалымат
certificate-title = Стажировка өткөндүгү тууралуу маалымат
certificate-body = {$teacher} «{$direction}» багыты боюнча {$period} {$passed}.
certificate-teacher = Окутуучу {$name}
certificate-teacher-word = окутуучу
certificate-of-department = {$department} {$position}
certificate-teacher-as = {$who} {$name}
certificate-passed-m = стажировкадан өттү
certificate-passed-blank = стажировкадан өттү
certificate-passed-f = стажировкадан өттү
certificate-host = Стажировка өткөн мекеме: {$host}.
certificate-hours = Стажировканын программасы {$hours} саат аткарылды.
