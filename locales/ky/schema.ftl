### Ар бир форманын ачкычтарынын түшүндүрмөлөрү (редактор аларды JSON
### Schema боюнча көрсөтөт, `tirkeme schema`) жана `schema` буйругунун билдирүүлөрү.

schema-written = {$count} схема `{$dir}` папкасына жазылды

field-form = бул кайсы форма: {$forms}
field-lang = басылган форманын тили: `ky` (кыргызча, демейки) же `ru` (орусча)
field-university = университет, эгер ал Талас мамлекеттик университети болбосо
field-university-name = университеттин толук аталышы
field-university-short = университеттин кыскача аталышы, мисалы ТалМУ
field-date = документтин датасы (ЖЖЖЖ-АА-КК); жазылбаса, кол менен толтурула турган бош сызык басылат
field-name = толук аты-жөнү, жазылгандай: фамилиясы, аты, атасынын аты (же «уулу»/«кызы»)
field-short = колунун астына басыла турган инициалдары жана фамилиясы, мисалы «Ж.С. Шаршембиев»
field-position = кызматы; форманын демейки сөзүнүн ордуна басылат
field-department = кафедра
field-signed-on = кол коюлган же бекитилген күнү (ЖЖЖЖ-АА-КК)
field-years = пландын үч окуу жылынын биринчиси, мисалы 2025-2026
field-year = пландын окуу жылы, мисалы 2025-2026
field-approver = форманы ким бекитет (БЕКИТЕМИН): аты-жөнү, же аты-жөнү, кызматы жана датасы
field-signed-by = планга кол койгон "Билим берүүнүн сапаты" бөлүмүнүн башчысы
field-teachers = окутуучулар, ар бирине бир сап
field-teacher = окутуучу: аты-жөнү, же аты-жөнү, кызматы жана кафедрасы
field-teacher-name = окутуучунун толук аты-жөнү
field-subject = окуткан предмети
field-degree = илимий даражасы, мисалы т.и.к.
field-last-courses = окутуучу акыркы жолу курстан өткөн жылдар, мисалы [2019, 2022]
field-perspective-plan = ар бир окуу жылына (2025-2026: …) пландалган багыттар: methodology, it, specialty
field-note = эскертүү, акыркы мамычага басылат
field-faculty = факультет
field-head = кол койгон кафедра башчысы
field-rector = ректор (билдирүү үчүн — ким атына жазылат)
field-kind = квалификацияны жогорулатуунун түрү: course, seminar, conference, internship, retraining, postgraduate, creative-leave же degree
field-direction = квалификацияны жогорулатуунун багыты (предмети)
field-start = биринчи күнү (ЖЖЖЖ-АА-КК)
field-end = акыркы күнү (ЖЖЖЖ-АА-КК)
field-hours = сааттардын саны
field-institution = квалификация кайда жогорулатылат
field-mode = ошол убакта сабак кандай өтөт: release, no-release, partial же online (Жобонун 2.3-пункту)
field-funding = ким төлөйт: budget, university, contract, host же grant (Жобонун 1.8, 6.4-пункттары)
field-country = өлкө, ISO эки тамгалуу коду, мисалы KG (демейки) же KZ
field-goal = максаты
field-place = квалификация кайда жогорулатылды
field-course = курс: аталышы, темалары жана сабактардын түрлөрү
field-course-title = курстун аталышы
field-topics = программанын темалары, ар бири өз сабында
field-formats = сабактардын негизги түрлөрү, ар бири өз сабында
field-opinion = окутуучунун курс жөнүндө пикири
field-effectiveness = квалификацияны жогорулатуунун натыйжалуулугу
field-applied = алынган билимдер кайда колдонулат
field-new-lectures = жаңы лекциялардын аталыштары
field-updated-lectures = жаңыланган лекциялардын аталыштары
field-practical-tasks = жаңы практикалык тапшырмалар
field-lab-tasks = жаңы лабораториялык тапшырмалар
field-homework-tasks = жаңы үй тапшырмалары
field-distance-tests = аралыктан окутуу үчүн жаңы тесттер
field-seminar-talk = кафедранын семинарындагы баяндама
field-certificate = өткөнүн тастыктаган документ (Жобонун 3-бөлүмүнүн 6-пункту, 7.1)
field-certificate-kind = документтин түрү: certificate, attestation, diploma, program, letter же other
field-number = документтин номери
field-issued = документ берилген күн (ЖЖЖЖ-АА-КК)
field-issuer = документти ким берген
field-approved-by = отчетту бекиткен кафедра башчысы
field-applicant = билдирүү берген окутуучу: аты-жөнү, же аты-жөнү, кызматы жана кафедрасы
field-application-kind = билдирүү эмне жөнүндө: course, internship, seminar, conference же retraining
field-break-from-teaching = `true` — окуу процессинен тыныгуу менен, `false` — тыныгуусуз; жазылбаса, экөө тең басылат
field-agreed-by = билдирүүнүн астындагы макулдашуулар: head, dean, quality_head
field-agree-head = макулдашкан кафедра башчысы
field-dean = факультеттин деканы
field-quality-head = "Билим берүүнүн сапаты" бөлүмүнүн башчысы
field-program-title = программанын аталышы
field-host = кабыл алуучу уюм: аталышы, же аталышы жана башка маалыматтар
field-host-name = кабыл алуучу уюмдун аталышы
field-program-plan = план: иштин түрлөрү жана сааттары (self-study, skills, planning, documents, meetings же каалаган текст)
field-activity = иштин түрү: self-study, skills, planning, documents, meetings же каалаган текст
field-activity-hours = ушул иштин сааттары
field-control = аткарылышы кантип текшерилет
field-supervisor = стажировканын жетекчиси
field-unit = кабыл алуучу уюмдун бөлүмү (бөлүм, кафедра)
field-host-head = кол койгон кабыл алуучу бөлүмдүн башчысы
field-submitted = маалымат "Билим берүүнүн сапаты" бөлүмүнө тапшырылган күн (ЖЖЖЖ-АА-КК)
field-gender = жынысы, эгер аты-жөнүнөн билинбесе: `m` же `f` (ошондой эле эр/аял, м/ж, муж/жен)

## Буйрук сабы

## Кафедранын тизмеси

field-history = окутуучу өткөн иш-чаралар, ар бири өзүнчө: kind, title, start, end, hours, institution, document
field-activity-title = иш-чаранын аталышы же темасы
field-document = тастыктаган документ (сертификат, номери)
