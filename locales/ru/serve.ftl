# tirkeme serve: сообщения сервера и слова его страниц.
serve-bad-listen = `{$listen}` — не адрес для прослушивания (например, 127.0.0.1:8080)
serve-needs-token = `{$listen}` доступен с других компьютеров: запустите с `--token СЕКРЕТ` или `--keys ФАЙЛ` (или слушайте 127.0.0.1)
serve-bind-failed = не удаётся слушать `{$listen}`: {$detail}
serve-started = документы папки `{$dir}` открыты в браузере (документов печатается одновременно: {$workers}); остановить — Ctrl+C
serve-forbidden = отказано: запрос пришёл с другого сайта
serve-unauthorized = серверу нужен ключ: откройте выданный вам адрес с ?token=…
serve-busy = сервер занят; повторите через мгновение
serve-no-form = формы `{$form}` нет
serve-bad-lang = `{$lang}` — не язык формы (ky или ru)
serve-render-failed = PDF не удалось сделать: {$detail}
serve-extract-none = в этом PDF нет данных tirkeme
serve-bad-name = `{$name}` — не имя документа: одно имя файла с окончанием .yaml, без папок
serve-not-found = документа `{$name}` в этой папке нет
serve-too-large = `{$name}` больше допустимого размера
serve-not-text = документ должен быть текстом в UTF-8
serve-no-roster = в этой папке нет списка кафедры (YAML-файла с `form: roster`)
serve-tagline = формы повышения квалификации преподавателей ТалГУ
serve-ui-lang = Язык
serve-forms = Формы
serve-appendix = Приложение {$n}
serve-documents = Документы в {$dir}
serve-no-documents = Здесь пока нет сохранённых документов.
serve-open-pdf = Открыть PDF, сделанный tirkeme
serve-standing = Состояние по списку кафедры (правило пяти лет)
serve-save-name = Имя файла
serve-save = Сохранить
serve-download-pdf = Скачать PDF
serve-findings = Замечания
serve-preview = Просмотр
serve-package = Скачать пакет (ZIP)
serve-no-findings = Замечаний нет: форма соответствует положению.
serve-saved = Сохранено как {$name}
serve-save-failed = Не сохранено
serve-add-row = Добавить строку
serve-remove-row = Удалить строку
serve-extra-keys = Ключи, которых нет в этой форме (при сохранении остаются как были):
serve-remove-key = Удалить
serve-roster = Список преподавателей кафедры (история повышения квалификации)
serve-not-rendered = Форма не печатается, пока есть ошибки
serve-unset = (не указано)
serve-yes = да
serve-no = нет
serve-line = строка
serve-list-hint = через запятую
serve-other-form = в этом PDF другая форма; открываю её
serve-checking = проверка…
serve-col-name = Преподаватель
serve-col-position = Должность
serve-col-last = Последнее повышение
serve-col-hours_5y = Часов за 5 лет
serve-col-due = Срок
serve-col-state = Состояние
serve-state-ok = в порядке
serve-state-due = срок в этом учебном году
serve-state-overdue = просрочено
serve-state-never = повышения квалификации нет
serve-body-too-large = запрос больше допустимого размера (4 МиБ)

## Command line help of `serve`
cli-serve-about = заполнять формы в браузере: веб-сервер для документов папки
cli-serve-dir = папка, чьи YAML-документы показываются, открываются и сохраняются
cli-serve-listen = адрес, на котором ждать запросов; порт 0 берёт свободный; любой адрес, кроме локального, требует --token
cli-serve-token = секрет, который несёт каждый запрос, не меньше 16 знаков (Authorization: Bearer или cookie, выставляемый открытием /?token=TOKEN)
cli-serve-jobs = сколько документов готовить одновременно (по умолчанию — по числу ядер)
cli-serve-queue = сколько документов может ждать сверх этого, прежде чем сервер ответит 503 (по умолчанию 16 на каждый)

# Value names in the help (`--on <DATE>`).
cli-value-dir = ПАПКА
cli-value-listen = АДРЕС:ПОРТ
cli-value-token = ТОКЕН
cli-value-queue = ЧИСЛО
