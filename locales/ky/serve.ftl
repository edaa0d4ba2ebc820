# tirkeme serve: сервердин билдирүүлөрү жана барактарынын сөздөрү.
serve-bad-listen = `{$listen}` угуу үчүн дарек эмес (мисалы, 127.0.0.1:8080)
serve-needs-token = `{$listen}` башка компьютерлерден жеткиликтүү: `--token ЖАШЫРУУН` же `--keys ФАЙЛ` менен баштаңыз (же 127.0.0.1 угуңуз)
serve-bind-failed = `{$listen}` дарегин угуу мүмкүн эмес: {$detail}
serve-started = `{$dir}` папкасынын документтери браузерде ачык (бир убакта {$workers} басып чыгаруу); токтотуу — Ctrl+C
serve-forbidden = четке кагылды: суроо башка сайттан келди
serve-unauthorized = бул серверге ачкыч керек: сизге берилген даректи ?token=… менен ачыңыз
serve-busy = сервер бош эмес; бир аздан кийин кайталаңыз
serve-no-form = `{$form}` формасы жок
serve-bad-lang = `{$lang}` форманын тили эмес (ky же ru)
serve-render-failed = PDF жасалган жок: {$detail}
serve-extract-none = бул PDFте tirkeme маалыматы жок
serve-bad-name = `{$name}` документтин аты эмес: .yaml менен бүткөн бир файлдын аты, папкасыз
serve-not-found = бул папкада `{$name}` документи жок
serve-too-large = `{$name}` уруксат берилген көлөмдөн чоң
serve-not-text = документ UTF-8 текст болушу керек
serve-no-roster = бул папкада кафедранын тизмеси жок (`form: roster` деген YAML файл)
serve-tagline = ТалМУнун окутуучуларынын квалификациясын жогорулатуу формалары
serve-ui-lang = Тил
serve-forms = Формалар
serve-appendix = {$n}-тиркеме
serve-documents = {$dir} ичиндеги документтер
serve-no-documents = Бул жерде азырынча сакталган документ жок.
serve-open-pdf = tirkeme жасаган PDFти ачуу
serve-standing = Кафедранын тизмеси боюнча абал (беш жыл эрежеси)
serve-save-name = Файлдын аты
serve-save = Сактоо
serve-download-pdf = PDFти жүктөп алуу
serve-findings = Текшерүүнүн жыйынтыгы
serve-preview = Алдын ала көрүү
serve-package = Топтомду жүктөп алуу (ZIP)
serve-no-findings = Кемчилик табылган жок: форма Жобого ылайык.
serve-saved = {$name} болуп сакталды
serve-save-failed = Сакталган жок
serve-add-row = Сап кошуу
serve-remove-row = Бул сапты өчүрүү
serve-extra-keys = Бул формада жок ачкычтар (сакталганда ошол бойдон калат):
serve-remove-key = Өчүрүү
serve-roster = Кафедранын окутуучуларынын тизмеси (квалификацияны жогорулатуунун тарыхы)
serve-not-rendered = Каталар оңдолмоюнча форма басылбайт
serve-unset = (көрсөтүлгөн эмес)
serve-yes = ооба
serve-no = жок
serve-line = сап
serve-list-hint = үтүр менен бөлүңүз
serve-other-form = бул PDFте башка форма; ошол формада ачылат
serve-checking = текшерилүүдө…
serve-col-name = Окутуучу
serve-col-position = Кызматы
serve-col-last = Акыркы жогорулатуу
serve-col-hours_5y = 5 жылдагы саат
serve-col-due = Мөөнөтү
serve-col-state = Абалы
serve-state-ok = тартипте
serve-state-due = мөөнөтү ушул окуу жылында
serve-state-overdue = мөөнөтү өтүп кеткен
serve-state-never = квалификацияны жогорулатуу жок
serve-body-too-large = суроо уруксат берилген көлөмдөн чоң (4 МиБ)

## Command line help of `serve`
cli-serve-about = формаларды браузерде толтуруу: папканын документтери үчүн веб-сервер
cli-serve-dir = YAML документтери көрсөтүлүүчү, ачылуучу жана сакталуучу папка
cli-serve-listen = суроо-талаптар күтүлүүчү дарек; 0-порт бош портту алат; локалдык эмес ар бир дарекке --token керек
cli-serve-token = ар бир суроо-талап алып жүрүүчү сыр, жок дегенде 16 белги (Authorization: Bearer, же /?token=TOKEN бир жолу ачылганда коюлган cookie)
cli-serve-jobs = бир убакта даярдалуучу документтер (демейки боюнча — ядролордун санындай)
cli-serve-queue = сервер 503 деп жооп бере электе ашыкча күтө турган документтер (демейки боюнча ар бирине 16)

# Value names in the help (`--on <КҮН>`).
cli-value-dir = ПАПКА
cli-value-listen = ДАРЕК:ПОРТ
cli-value-token = ТОКЕН
cli-value-queue = САН
