### 5. Internship program (`form: internship-program`): its printed words, in Kyrgyz (the regulation's own wording).
### The words several pages print are in ../forms.ftl.

## 5. Internship program

form-internship-program = Стажировканын программасы
program-title = Стажировканын программасы
program-1 = Программанын аталышы
program-2 = Стажировканын максаты
program-3 = Стажировка өткөн уюмдун аталышы
program-4 = Стажировканын планы
program-5 = Стажировканын мөөнөтү
program-6 = Программанын аткарылышын көзөмөлдөө
program-activity = Иштин мазмуну
program-hours = Саат
program-total = Бардыгы
program-volume = Көлөмү: {$hours}.
program-funding = Каржылоо: {$funding}.
activity-self-study = Өз алдынча теориялык даярдоо
activity-skills = Кесиптик жана уюштуруучулук көндүмдөрдү алуу
activity-planning = Уюмдун ишин пландаштырууга түздөн-түз катышуу
activity-documents = Финансылык, ченемдик жана башка документтер менен иштөө
activity-meetings = Жолугушууларга, ишкердик жолугушууларга катышуу
