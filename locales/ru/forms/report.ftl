### 3. Report (`form: report`): its printed words, in Russian.
### The words several pages print are in ../forms.ftl.

## 3. Report

form-report = Отчёт преподавателя о повышении квалификации
report-title = Отчёт преподавателя о повышении квалификации
report-1 = Цель обучения
report-2 = Место и время повышения квалификации
report-3 = Название курса, темы программы, основные формы проведения курсов
report-4 = Мнение о пройденном курсе
report-5 = Эффективность повышения квалификации
report-6 = Наличие документа, подтверждающего завершение повышения квалификации
report-course-title = Название курса: «{$title}».
report-formats = Основные формы проведения: {$formats}.
report-topics = Темы программы:
report-applied = Полученные знания будут использованы для:
applied-new_lectures = разработки новых лекций
applied-updated_lectures = обновления читаемых лекций
applied-practical_tasks = составления заданий к практическим занятиям
applied-lab_tasks = подготовки заданий к лабораторным работам
applied-homework_tasks = составления домашних, расчётных и графических заданий
applied-distance_tests = составления тем тестовых работ для студентов дистанционного обучения
applied-seminar_talk = подготовки доклада на методическом семинаре кафедры, профессорско-преподавательского состава университета
certificate-certificate = Сертификат
certificate-attestation = Удостоверение о повышении квалификации
certificate-diploma = Диплом о профессиональной переподготовке
certificate-program = Программа участия в семинаре
certificate-letter = Благодарственное письмо
certificate-other = Квалификационный документ
certificate-number = № {$number}
certificate-issued = дата выдачи: {$date}
certificate-issuer = выдавшая организация: {$issuer}
report-teacher = Преподаватель
report-approved = Отчёт утверждён заведующим кафедрой
report-approved-as = Отчёт утверждён: {$position}

## «Issued» after the document's noun
# «выдан» agrees with the document's noun: Сертификат, Удостоверение, Диплом, Программа, Благодарственное письмо, документ
certificate-issued-certificate = выдан {$date}
certificate-issued-attestation = выдано {$date}
certificate-issued-diploma = выдан {$date}
certificate-issued-program = выдана {$date}
certificate-issued-letter = выдано {$date}
certificate-issued-other = выдан {$date}
