### 4. Application (`form: application`): its printed words, in Russian.
### The words several pages print are in ../forms.ftl.

## 4. Application

form-application = Заявление (на имя ректора)
application-title = ЗАЯВЛЕНИЕ
application-rector = Ректору {$univ}
application-teacher = преподавателя
application-kind-course = на курсы повышения квалификации
application-kind-internship = на стажировку
application-kind-seminar = на семинар
application-kind-conference = на конференцию
application-kind-retraining = на профессиональную переподготовку
application-kind-any = на курсы повышения квалификации (стажировку)
application-host = Принимающая организация: {$institution}.
application-volume = в объёме {$hours}
application-break = с отрывом от учебного процесса
application-no-break = без отрыва от учебного процесса
application-break-any = с отрывом (без отрыва) от учебного процесса
application-body = В соответствии с планом повышения квалификации прошу направить меня {$kind} по направлению «{$direction}» {$period} {$release}.
application-applicant = Заявитель
application-agree-head = Согласовано: заведующий кафедрой
application-agree-dean = Согласовано: декан
application-agree-quality = Согласовано: начальник отдела «Качество образования» {$univ}
