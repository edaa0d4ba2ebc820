### 4. Application (`form: application`): its printed words, in Kyrgyz (the regulation's own wording).
### The words several pages print are in ../forms.ftl.

## 4. Application

form-application = Билдирүү (ректордун атына)
application-title = БИЛДИРҮҮ
application-rector = {$univ}нун ректору
application-teacher = окутуучусу
application-kind-course = квалификацияны жогорулатуу курстарына
application-kind-internship = стажировкага
application-kind-seminar = семинарга
application-kind-conference = конференцияга
application-kind-retraining = кесиптик кайра даярдоого
application-kind-any = квалификацияны жогорулатуу курстарына (стажировкага)
application-host = Кабыл алуучу мекеме: {$institution}.
application-volume = {$hours} көлөмүндө
application-break = окуу процессинен тыныгуу менен
application-no-break = окуу процессинен тыныгуусуз
application-break-any = окуу процессинен тыныгуу менен (тыныгуусуз)
application-body = Квалификацияны жогорулатуу планына ылайык мени {$kind} «{$direction}» багыты боюнча {$period} {$release} жиберүүнү суранам.
application-applicant = Арыз ээси
application-agree-head = Кафедра башчысынын макулдугу
application-agree-dean = Декандын макулдугу
application-agree-quality = {$univ}нун «Билим берүүнүн сапаты» бөлүмүнүн башчысынын макулдугу
