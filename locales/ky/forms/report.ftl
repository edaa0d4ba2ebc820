### 3. Report (`form: report`): its printed words, in Kyrgyz (the regulation's own wording).
### The words several pages print are in ../forms.ftl.

## 3. Report

form-report = Окутуучунун квалификацияны жогорулатуу боюнча отчету
report-title = Окутуучунун квалификацияны жогорулатуу боюнча отчету
report-1 = Окуунун максаты
report-2 = Квалификацияны жогорулатуунун орду жана убактысы
report-3 = Курстун аталышы, программанын темалары, курстарды өткөрүүнүн негизги формалары
report-4 = Өтүлгөн курс тууралуу ой
report-5 = Квалификацияны жогорулатуунун натыйжалуулугу
report-6 = Квалификацияны жогорулатууну аяктагандыгын тастыктаган документтин болушу
report-course-title = Курстун аталышы: «{$title}».
report-formats = Курстарды өткөрүүнүн негизги формалары: {$formats}.
report-topics = Программанын темалары:
report-applied = Алынган билимдер төмөнкүлөрдө колдонулат:
applied-new_lectures = жаңы лекцияларды иштеп чыгуу
applied-updated_lectures = кайталануучу лекцияларды жаңылоо
applied-practical_tasks = практикалык сабактарга тапшырмаларды түзүүгө
applied-lab_tasks = лабораториялык иштерге тапшырмаларды даярдоо үчүн
applied-homework_tasks = үй тапшырмаларын, эсептөө жана графикалык тапшырмаларды түзүү үчүн
applied-distance_tests = дистанттык билим берүүчү студенттер үчүн тест иштеринин темаларын түзүү
applied-seminar_talk = университеттин кафедрасынын, профессордук-окутуучулук жамаатынын методикалык семинарында баяндама даярдоо
certificate-certificate = Сертификат
certificate-attestation = Квалификацияны жогорулатуу жөнүндө күбөлүк
certificate-diploma = Кесиптик кайра даярдоо жөнүндө диплом
certificate-program = Семинарга катышуу программасы
certificate-letter = Ыраазычылык кат
certificate-other = Квалификациялык документ
certificate-number = № {$number}
certificate-issued = берилген күнү: {$date}
certificate-issuer = берген мекеме: {$issuer}
report-teacher = Окутуучу
report-approved = Отчет кафедра башчысы тарабынан бекитилди
report-approved-as = Отчет бекитилди: {$position}

## «Issued» after the document's noun
# Kyrgyz participles do not agree with the noun: one wording for every document
certificate-issued-certificate = берилген күнү: {$date}
certificate-issued-attestation = берилген күнү: {$date}
certificate-issued-diploma = берилген күнү: {$date}
certificate-issued-program = берилген күнү: {$date}
certificate-issued-letter = берилген күнү: {$date}
certificate-issued-other = берилген күнү: {$date}
