### Кафедранын тизмеси (SPEC §8): анын табылгалары, `status`, `import`,
### `draft` жана папкадагы документтерди тизме менен салыштыруу, кыргызча.

## Тизмени окуу

roster-no-end = {$name} үчүн `end` жок иш-чара: акыркы күнү берилмейинче беш жылдык эрежеге эсептелбейт
roster-no-hours = {$name} үчүн `hours` жок иш-чара: беш жылдык эрежеге сааттары менен гана эсептелет (кеминде 72, семинарлар менен конференциялар үчүн бирге 72)

## status

roster-bad-date-arg = `{$found}` дата эмес: `--on 2025-11-03` же `--on 03.11.2025` деп жазыңыз
roster-not-roster = {$path} тизме эмес, форма: тизме `form: roster` менен башталат
roster-unreadable = {$path}: тизмеде каталар бар (жогоруда); эч нерсе эсептелген жок
status-header = {$date} абалы боюнча беш жылдык эреже
status-col-name = аты-жөнү
status-col-position = кызматы
status-col-last = акыркы
status-col-hours = 5 жылдагы саат
status-col-due = мөөнөтү
status-col-state = абалы
status-summary = окутуучулар: {$teachers}; мөөнөтү өткөн: {$overdue}, эч качан өтпөгөн: {$never}, ушул окуу жылында: {$due}, тартипте: {$ok}
state-never = эч качан
state-overdue = мөөнөтү өттү
state-due = мөөнөтү келди
state-ok = тартипте

## import

# Жадыбалдын биринчи сабындагы ар бир мамычанын аталыштары, үтүр менен
# (тамгалардын чоңдугу, боштуктар жана тыныш белгилер эсепке алынбайт).
roster-column-name = Аты-жөнү, Аты жөнү, Окутуучу, Окутуучунун аты-жөнү
roster-column-position = Кызматы, Кызмат орду
roster-column-degree = Илимий даражасы, Окумуштуулук даражасы, Даражасы
roster-column-subject = Предмети, Сабагы
roster-column-gender = Жынысы
roster-column-kind = Түрү
roster-column-title = Аталышы, Темасы
roster-column-start = Башталышы, Башталган күнү
roster-column-end = Аягы, Аяктаган күнү
roster-column-hours = Саат, Сааты, Саат саны
roster-column-institution = Мекеме, Уюм
roster-column-document = Документ, Күбөлүк
import-empty = барак бош: анын алгачкы саптарынын биринде мамычалардын аталыштары болушу керек
import-unknown-column = «{$found}» мамычасы тизмеге тиешелүү эмес; ал алынбайт
import-twice = «{$found}» мамычасы башка мамычада бар талааны аныктайт
import-no-name = окутуучулардын аты-жөнү жазылган мамыча жок: аны «Аты-жөнү», «ФИО» же `name` деп атаңыз
import-row-no-name = иш-чарасы бар, бирок окутуучунун аты-жөнү жок сап
import-no-kind = түрү жок иш-чара (курс, семинар, стажировка …)
import-bad-kind = «{$found}» квалификацияны жогорулатуунун түрү эмес; түрлөрү: {$allowed}
import-bad-gender = «{$found}» жынысы эмес: `m` же `f` (эр/аял, м/ж) деп жазыңыз
import-bad-date = «{$found}» дата эмес: жадыбалдын датасы, `03.11.2025`, `2025-11-03` же «3-ноябрь 2025» деп жазыңыз
import-bad-hours = «{$found}» саат саны эмес: бүтүн сан жазыңыз
import-unreadable = {$path} жадыбалын окуу мүмкүн эмес: {$detail}
import-not-written = {$path}: {$errors} ката (жогоруда); тизме жазылган жок
import-done = {$path} жазылды: {$teachers} окутуучу, {$activities} иш-чара
import-too-large = файл {$max} МиБдан чоң, кафедранын жадыбалынан алда канча чоң: ал окулбайт; туура файлбы?
import-not-a-file = бул файл эмес (папка, түзмөк же канал): жадыбалдын файлын көрсөтүңүз
import-damaged = бул жадыбалды окуу мүмкүн эмес: файл бузулган, же ал xlsx, ods же csv эмес; аны Excel же LibreOffice менен ачып, кайра xlsx катары сактаңыз
import-protected = китеп сырсөз менен корголгон же Excel 97-2003 форматында сакталган: аны сырсөзсүз «Книга Excel (*.xlsx)» катары сактаңыз
import-old-excel = Excel 97-2003 (xls) жана экилик (xlsb) китептер окулбайт: Excel'де «Файл → Сохранить как → Книга Excel (*.xlsx)»
import-unzipped = китеп ачылганда {$max} МиБдан ашат: ал окулбайт; тизме барагын өзүнчө китеп катары сактаңыз
import-too-many-cells = толтурулган уячалар {$max} ашык: жадыбал мындан ары окулбайт; тизме барагын гана калтырыңыз
import-too-many-teachers = окутуучулар {$max} ашык: тизмеде алар {$max} ашпайт; барактын калганы окулбайт (аны кафедралар боюнча бөлүңүз)
import-no-sheet = китепте көрүнүп турган барак жок
import-quote-unclosed = {$line}-сапта ачылган тырмакча эч жерде жабылган эмес: андан кийинки бардык саптар бир уяча болуп калмак; аны өчүрүңүз же жабыңыз
import-quote-swallowed = {$line}-сапта ачылган тырмакча {$end}-сапта гана жабылат: алардын ортосундагы саптар бир уяча болуп калмак; артык тырмакчаны өчүрүңүз
import-quote-text-after = {$line}-сапта тырмакчадагы маани жабуучу тырмакчадан кийин улана берет: бүт маанини тырмакчага алыңыз же тырмакчаларды алып салыңыз

## draft

draft-bad-year = `{$found}` окуу жылы эмес: аны `2026-2027` деп, эки удаалаш жыл менен жазыңыз
draft-written = {$path} жазылды
draft-not-written = планды YAML катары жазуу мүмкүн болгон жок: {$detail}

## Папкадагы документтерди тизме менен салыштыруу

rule-roster-name = адамдын аты-жөнү кафедранын тизмесиндегидей жазылат
rule-plan-agreement = билдирүү, программа жана маалымат жылдык пландагы окутуучунун сабы менен дал келет
rule-certificate-hours = стажировка тууралуу маалыматта программадагыдан кем эмес саат
cross-name = «{$found}» тизмеде жок; тизмеде «{$roster}» деп жазылган
cross-plan-date = {$what ->
        [start] башталышы
       *[end] аягы
    } {$found} {$plan} пландагы окутуучунун сабынан айырмаланат ({$planned})
cross-plan-direction = «{$found}» багыты {$plan} пландагы окутуучунун сабынан айырмаланат («{$planned}»)
cross-certificate-hours = маалыматта {$hours} саат, бул {$program} программасындагы {$planned} сааттан аз
batch-roster-skipped = {$path}: бул форма эмес, тизме: басыла турган эч нерсе жок (анын барагы: `tirkeme status {$path} --pdf FILE`)
import-encoding = файл UTF-8 текст эмес (Excel'дин «CSV» файлы көбүнчө Windows-1251): аны «CSV UTF-8», же xlsx, же ods катары сактаңыз

## Буйрук сабынын жардамы

cli-import-about = кафедранын жадыбалын (xlsx, ods, csv же Excel'дин «Юникод текст») тизмеге айлантуу
cli-import-file = жадыбал: мамычалардын аталыштарынын сабы (аталыш саптарынын астында, болсо), андан кийин ар бир өтүлгөн иш-чарага бир сап
cli-import-output = тизменин YAML файлы кайда жазылат (демейки: стандарттык чыгаруу)
cli-status-about = ар бир окутуучунун беш жылдык эреже боюнча абалы, тизмеден
cli-status-roster = тизме (`form: roster`)
cli-status-on = кайсы күнгө карата: `2025-11-03` же `03.11.2025` (демейки: бүгүн)
cli-status-format = `human` (таблица), `json` (ар сапта бир объект) же `csv`
cli-status-pdf = абал барагын убакыт сызыгы менен бул PDF файлга да жазуу
cli-draft-about = пландын YAML долбоорун тизмеден түзүү (ошол бойдон басылат)
cli-annual-plan-about = жылдык план: 1-сентябрда `ok` эмес ар бир окутуучу үчүн сап
cli-annual-plan-roster = тизме
cli-annual-plan-year = окуу жылы, мисалы `2026-2027`
cli-annual-plan-output = YAML кайда жазылат (демейки: стандарттык чыгаруу)
cli-perspective-plan-about = келечектүү план: ар бир окутуучу мөөнөтүнөн кечиктирбей пландалат
cli-perspective-plan-roster = тизме
cli-perspective-plan-from = пландын биринчи окуу жылы, мисалы `2026-2027`
cli-perspective-plan-output = YAML кайда жазылат (демейки: стандарттык чыгаруу)

# Value names in the help (`--on <КҮН>`).
cli-value-roster = ТИЗМЕ
cli-value-on = КҮН
cli-value-pdf = PDF
cli-value-from = ОКУУ-ЖЫЛЫ
cli-value-year = ОКУУ-ЖЫЛЫ
