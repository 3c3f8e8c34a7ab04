app-name = Shadowdesk
app-tagline = Альтернативные доклады и мониторинг рекомендаций ООН для коалиций НКО
skip-to-content = Перейти к основному содержанию
nav-label = Основная навигация
nav-home = Обзор
nav-reports = Доклады
nav-recommendations = Рекомендации
nav-organisations = Организации
nav-settings = Настройки
language-label = Язык
language-apply = Применить
loading = Загрузка…
page-loading = Страница открывается…
footer-note = Shadowdesk хранит черновики вашей коалиции внутри рабочего пространства. Ничего не покидает его до экспорта.
error-title = Что-то пошло не так
error-body = Не удалось показать страницу. Попробуйте ещё раз через минуту; если ошибка повторяется, сообщите администратору номер запроса ниже.
not-found-title = Страница не найдена
not-found-body = Запрошенной страницы не существует или она перемещена.
not-found-home = Вернуться к обзору
home-title = Обзор
home-intro = Ваши коалиции, доклады, над которыми они работают, и ближайшие сроки.
home-coalitions = Коалиции
home-lead = Ведущая организация
home-reports = Доклады в работе
home-empty = Здесь пока нет ни одной коалиции. Администратор создаёт коалиции в разделе «Администрирование».
members-count = { $count ->
    [one] { $count } организация
    [few] { $count } организации
   *[many] { $count } организаций
}
sections-count = { $count ->
    [one] { $count } раздел
    [few] { $count } раздела
   *[many] { $count } разделов
}
words-count = { $count ->
    [one] { $count } слово
    [few] { $count } слова
   *[many] { $count } слов
}
reports-title = Доклады
reports-intro = Альтернативные доклады и материалы для УПО, их сроки и готовность.
reports-empty = Докладов пока нет.
col-title = Название
col-mechanism = Механизм
col-state = Государство
col-session = Сессия
col-deadline = Срок
col-status = Статус
col-progress = Готовность
col-name = Название
col-short-name = Краткое название
col-region = Город или регион
col-branch-of = Филиал организации
status-drafting = Подготовка
status-review = На рассмотрении
status-final = Окончательный
status-submitted = Направлен
organisations-title = Организации
organisations-intro = Организации — члены ваших коалиций и их региональные филиалы.
organisations-empty = Организаций пока нет.
recommendations-title = Рекомендации
recommendations-intro = Рекомендации Универсального периодического обзора и договорных органов и ход их выполнения.
recommendations-empty = Пока не отслеживается ни одной рекомендации.
settings-title = Настройки
settings-language-intro = Выберите язык интерфейса. Выбор запоминается на этом устройстве.
nav-sign-in = Войти
sign-out = Выйти
sign-in-title = Вход
sign-in-intro = Войдите с адресом электронной почты, на который пришло приглашение координатора.
field-email = Электронная почта
field-password = Пароль
sign-in-submit = Войти
sign-in-invalid = Неверный адрес или пароль.
sign-in-disabled = Эта учётная запись отключена. Обратитесь к координатору или администратору.
sign-in-throttled = Слишком много неудачных попыток. Подождите 15 минут и попробуйте снова.
rate-limited-import = Слишком много импортов за короткое время. Повторите через { $seconds } с.
rate-limited-export = Слишком много выгрузок за короткое время. Повторите через { $seconds } с.
storage-unreachable = База данных сейчас недоступна. Ничего не изменено; повторите чуть позже.
storage-full = Диск сервера заполнен. Ничего не изменено; сообщите администратору.
storage-read-only = База данных сейчас доступна только для чтения. Ничего не изменено; сообщите администратору.
storage-failing = Сервер не смог прочитать или записать базу данных. Ничего не изменено; сообщите администратору.
sign-in-required = Войдите, чтобы увидеть работу вашей коалиции.
account-title = Ваша учётная запись
account-sessions = Где выполнен вход
col-device = Браузер
col-address = Адрес
col-signed-in = Вход
col-last-seen = Последняя активность
session-current = Этот браузер
sign-out-everywhere = Выйти на всех устройствах
error-forbidden = Ваша роль в коалиции не позволяет это сделать.
nav-members = Участники
members-title = Участники
members-intro = Люди ваших коалиций, их организации и роли.
col-organisation = Организация
col-role = Роль
col-expires = Ссылка действует до
role-coordinator = Координатор
role-editor = Редактор
role-reviewer = Рецензент
role-observer = Наблюдатель
invite-title = Пригласить участника
invite-submit = Создать ссылку-приглашение
invite-link-ready = Передайте эту ссылку приглашённому. Она действует один раз в течение семи дней.
invite-link-label = Ссылка-приглашение
invitations-title = Приглашения
invitation-status-pending = Ожидает
invitation-status-accepted = Принято
invitation-status-expired = Истекло
invite-error-email = email: укажите адрес электронной почты, например name@example.org.
invite-error-role = роль: координатор, редактор, рецензент или наблюдатель.
invite-error-organisation = организация: не входит в эту коалицию.
invite-error-existing = email: у этого человека уже есть учётная запись.
invitation-not-found = Ссылка-приглашение недействительна. Попросите координатора прислать новую.
invitation-used = Это приглашение уже использовано. Войдите в систему.
invitation-expired = Срок действия приглашения истёк. Попросите координатора прислать новое.
setup-title = Настройка Shadowdesk
setup-intro = В этом экземпляре ещё нет ни одной учётной записи. Создайте первого администратора: он заведёт коалиции и организации и пригласит первых координаторов. Ссылка действует один раз, 24 часа.
setup-submit = Создать администратора и войти
setup-link-unknown = Эта ссылка настройки недействительна. Откройте адрес, который сервер вывел при запуске, или создайте администратора командой `shadowdesk create-admin`.
setup-link-used = Эта ссылка настройки уже использована. Войдите в систему.
setup-link-expired = Срок действия ссылки настройки истёк. Перезапустите сервер, чтобы получить новую, или создайте администратора командой `shadowdesk create-admin`.
admin-error-email = email: нужен адрес вида name@example.org.
admin-error-email-taken = email: учётная запись с этим адресом уже существует.
accept-title = Присоединиться к коалиции
field-display-name = Ваше имя
field-new-password = Придумайте пароль
password-hint = Не менее 12 символов; фразу из нескольких слов легко запомнить и трудно подобрать.
accept-submit = Создать учётную запись
account-error-name = имя: от 1 до 120 символов.
password-too-short = пароль: не менее 12 символов.
password-common = пароль: слишком распространённый, выберите другой.
password-contains-email = пароль: не должен содержать ваш адрес электронной почты.
audit-title = Журнал действий
audit-intro = Кто, что и когда сделал и с какого адреса. Координаторы видят записи своих коалиций, администраторы — все.
audit-filter = Действие
audit-all = Все действия
audit-apply = Показать
audit-empty = Записей нет.
audit-when = Когда (UTC)
audit-who = Кто
audit-what = Что
audit-subject = Касается
audit-action-sign_in = Вход
audit-action-sign_in_failed = Неудачный вход
audit-action-sign_out = Выход
audit-action-sign_out_everywhere = Выход на всех устройствах
audit-action-invitation_created = Создано приглашение
audit-action-invitation_accepted = Приглашение принято
audit-action-invitation_emailed = Приглашение отправлено по почте
audit-action-identity_linked = Привязан внешний вход
audit-action-second_factor_enabled = Включена двухэтапная проверка
audit-action-second_factor_disabled = Отключена двухэтапная проверка
audit-action-recovery_codes_renewed = Обновлены резервные коды
audit-action-coalition_second_factor = Изменено правило двухэтапной проверки коалиции
audit-action-profile_updated = Изменён профиль
audit-action-password_changed = Изменён пароль
audit-action-organisation_updated = Изменены данные организации
sign-in-with-provider = Или войдите через:
oauth-error-refused = Сервис входа не пустил вас (возможно, вы отменили вход). Ничего не изменено.
oauth-error-state = Ссылка для входа устарела или вход был начат в другом браузере. Начните заново.
oauth-error-unverified = Сервис входа не подтвердил ваш адрес почты, поэтому его нельзя сопоставить с приглашением.
oauth-error-not-invited = Нет учётной записи или приглашения для этого адреса. Попросите координатора пригласить вас.
oauth-error-failed = Вход через сервис не удался. Попробуйте ещё раз или войдите с паролем.
second-factor-title = Второй шаг
second-factor-intro = Введите шестизначный код из приложения-аутентификатора.
field-second-factor-code = Код
second-factor-recovery-hint = Потеряли телефон? Введите один из резервных кодов.
second-factor-submit = Продолжить
second-factor-wrong = код: неверный, устаревший или уже использованный.
second-factor-expired = Время входа истекло. Войдите снова.
second-factor-already-on = Двухэтапная проверка уже включена.
second-factor-not-on = Двухэтапная проверка не включена.
second-factor-bad-secret = ключ: недействительный ключ аутентификатора. Начните настройку заново.
second-factor-require-own-first = Сначала включите двухэтапную проверку для своей учётной записи, потом требуйте её от других.
second-factor-required-by = Двухэтапную проверку требует:
second-factor-heading = Двухэтапная проверка
second-factor-on = Двухэтапная проверка включена.
second-factor-codes-left = { $count ->
    [one] Остался { $count } резервный код.
    [few] Осталось { $count } резервных кода.
   *[other] Осталось { $count } резервных кодов.
}
second-factor-off = Двухэтапная проверка выключена. Включите её, чтобы украденного пароля было недостаточно для входа.
second-factor-set-up = Настроить двухэтапную проверку
second-factor-scan = Отсканируйте этот код приложением-аутентификатором (например, Aegis, FreeOTP или Google Authenticator) и введите показанный код.
second-factor-qr-label = QR-код для приложения-аутентификатора
second-factor-manual = Или введите этот ключ в приложение:
second-factor-confirm = Включить
second-factor-turned-on = Двухэтапная проверка включена.
second-factor-turned-off = Двухэтапная проверка выключена.
second-factor-renew = Новые резервные коды
second-factor-codes-renewed = Созданы новые резервные коды; старые больше не действуют.
second-factor-disable = Выключить
second-factor-codes-intro = Ваши резервные коды. Храните их в надёжном месте, отдельно от телефона: каждый срабатывает один раз, если вы потеряете аутентификатор. Они показываются только сейчас.
account-profile = Профиль
account-save = Сохранить
account-saved = Сохранено.
field-language = Язык
account-error-locale = язык: выберите английский, русский или казахский.
account-password = Пароль
field-current-password = Текущий пароль
account-change-password = Сменить пароль
account-error-current-password = текущий пароль: неверен.
password-changed = Пароль изменён. На всех остальных устройствах выполнен выход.
account-identities = Привязанные сервисы входа
invite-emailed = Ссылка также отправлена по почте.
invite-not-emailed = Письмо отправить не удалось; передайте ссылку сами.
coalition-security-title = Безопасность
coalition-second-factor-on = Участники должны входить с двухэтапной проверкой, чтобы видеть эту коалицию.
coalition-second-factor-off = Участники могут входить только по паролю.
coalition-second-factor-require = Требовать двухэтапную проверку
coalition-second-factor-drop = Не требовать двухэтапную проверку
coalition-second-factor-badge = Требуется двухэтапная проверка
invite-mail-subject = Приглашение в { $coalition } в Shadowdesk
invite-mail-body =
    { $inviter } приглашает вас присоединиться к { $coalition } в Shadowdesk: роль — { $role }, организация — { $organisation }.

    Откройте ссылку, чтобы создать учётную запись (она действует один раз, семь дней):
    { $link }

    Если вы не ждали этого приглашения, просто проигнорируйте письмо.
audit-filter-who = Человек
audit-filter-from = С
audit-filter-to = По
audit-error-date = дата: укажите день, например 2026-11-28.
audit-error-range = даты: первый день позже последнего.
audit-error-action = действие: такого действия в журнале нет.
field-website = Сайт
field-contact-email = Контактная почта
field-country = Страна
field-description = Описание
organisation-branches = Филиалы
organisation-people = Люди
organisation-no-people = Ни у кого из этой организации ещё нет учётной записи.
organisation-edit = Изменить данные
organisation-error-name = название: от 1 до 200 символов.
organisation-error-short-name = краткое название: от 1 до 40 символов.
organisation-error-country = страна: от 1 до 100 символов.
organisation-error-too-long = описание или регион: слишком длинно (не более 4000 и 200 символов).
organisation-error-website = сайт: адрес должен начинаться с https:// или http://.
organisation-error-email = контактная почта: укажите адрес вида name@example.org.
organisation-error-name-taken = название: у другой организации уже есть такое название.
organisation-error-stale = Пока вы редактировали, данные изменил кто-то другой. Обновите страницу и внесите изменения снова.
second-factor-reminder = Ваша коалиция требует двухэтапную проверку; пока вы её не включите, её материалы скрыты.
second-factor-reminder-link = Включите её в учётной записи.
col-actions = Изменить
member-change-role = Сменить роль
member-remove = Исключить
member-error-not-member = Этот человек не состоит в коалиции.
member-error-last-coordinator = В коалиции должен остаться хотя бы один координатор; сначала назначьте координатором кого-то другого.
audit-action-role_changed = Изменена роль
audit-action-member_removed = Участник исключён
outline-title = Разделы отчёта
col-section = Раздел
col-words = Слова
section-status-not_started = Не начат
section-status-drafting = Пишется
section-status-in_review = На проверке
section-status-approved = Утверждён
section-markdown = Текст (Markdown)
section-preview = Просмотр
section-save = Сохранить
section-saved = Сохранено
section-merged = Сохранено вместе с изменениями, которые тем временем внёс кто-то другой
words-label = слов
section-conflict = Пока вы писали, кто-то изменил те же абзацы. Ничего не перезаписано: выберите, как продолжить.
section-conflict-theirs = Сохранённая версия
section-conflict-ours = Ваша версия
section-conflict-take-theirs = Продолжить с сохранённой версии
section-conflict-keep-mine = Оставить мою версию
section-error-locked = Раздел утверждён и закрыт; чтобы его изменить, координатор должен его открыть.
section-error-too-large = текст: слишком длинный (не более 200 КБ).
section-error-version = версия: неизвестна; обновите раздел.
audit-action-section_saved = Раздел сохранён
history-title = История
history-version = Версия
history-saved = Сохранено (UTC)
history-compare = Изменения
history-restore = Восстановить
history-restored = Восстановлено как новая версия
history-changes = Изменения
cancel = Отмена
col-due = Срок
col-languages = Языки
col-lead-editor = Ответственный редактор
col-sections = Разделы
col-stage = Этап
col-word-limit = Лимит слов
stage-loi = До перечня вопросов
stage-session = До сессии
stage-follow_up = Последующие действия
stage-stakeholder = Материал заинтересованных сторон
front-matter-cover = Титульная страница
front-matter-coalition_members = Члены коалиции
front-matter-coalition_description = Описание коалиции
front-matter-keywords = Ключевые слова
front-matter-publication_statement = Заявление о публикации
front-matter-table_of_contents = Оглавление
front-matter-executive_summary = Краткое изложение
profiles-title = Профили представления
profiles-intro = Правила ООН для каждого механизма и этапа и структура, с которой начинается новый доклад.
profiles-new = Новый профиль
profile-edit = Изменить профиль
profile-code = Код
profile-no-limit = Без лимита слов
profile-notes-counted = Сноски входят в лимит
profile-notes-not-counted = Сноски не входят в лимит
profile-front-matter = Обязательные вводные части
profile-outline = Шаблон структуры
profile-word-limit-hint = Целое число слов; оставьте пустым, если механизм не устанавливает лимит.
profile-languages-hint = Коды языков через запятую, например en,fr,es.
profile-template-hint = Один заголовок на строку: «# » — раздел, «## » и «### » — подразделы (не более трёх уровней). Строка под заголовком — пояснение для авторов.
profile-error-code = код: 2–40 строчных латинских букв, цифр или дефисов.
profile-error-code-taken = код: уже используется другим профилем.
profile-error-mechanism = механизм: 2–12 заглавных латинских букв или цифр, например CCPR.
profile-error-stage = этап: 1–40 строчных латинских букв, например session.
profile-error-name = название: обязательно, не более 200 символов.
profile-error-word-limit = лимит слов: целое число больше 0 или пусто, если лимита нет.
profile-error-languages = языки: хотя бы один код из 2–3 букв, через запятую.
profile-error-front-matter = вводные части: неизвестный элемент «{ $item }».
profile-error-stale = Кто-то уже изменил этот профиль; обновите страницу и внесите изменение снова.
template-error-empty = шаблон структуры: добавьте хотя бы один заголовок («# Название»).
template-error-too-deep = шаблон структуры, строка { $line }: не более трёх уровней (###).
template-error-skipped-level = шаблон структуры, строка { $line }: пропущен уровень; сначала добавьте заголовок уровнем выше.
template-error-empty-title = шаблон структуры, строка { $line }: у заголовка нет названия.
template-error-title-too-long = шаблон структуры, строка { $line }: название не длиннее 200 символов.
template-error-guidance-first = шаблон структуры, строка { $line }: пояснение должно стоять под заголовком.
report-new = Новый доклад
report-new-intro = Выберите коалицию и профиль представления; структура копируется из профиля, потом её можно менять.
report-coalition = Коалиция
report-profile = Профиль представления
report-profiles-link = Что содержит каждый профиль
report-create = Создать доклад
report-created = Доклад создан
report-deadline-time = Время
report-time-zone = Часовой пояс
report-no-deadline = Срок не установлен
report-submitted-on = Дата представления
report-reference = Номер
report-record-submission = Записать представление
report-edit-details = Изменить сведения о докладе
report-words = Слова
report-to-drafting = Вернуть в работу
report-to-review = Отправить на рецензию
report-to-final = Отметить как окончательный
report-error-title = название: обязательно, не более 200 символов.
report-error-state = государство: обязательно, не более 100 символов.
report-error-session = сессия: не более 100 символов.
report-error-language = язык: выберите один из предложенных языков (английский, русский, казахский или другой язык ООН).
report-error-language-translated = язык: на него доклад переводится; сначала уберите этот язык перевода.
report-error-profile = профиль: выберите профиль представления.
report-error-deadline-date = срок: это не дата.
report-error-deadline-time = время срока: формат ЧЧ:ММ.
report-error-deadline-skipped = срок: такого времени нет в этом часовом поясе (перевод часов); выберите другое.
report-error-time-zone = часовой пояс: неизвестное название, например Asia/Almaty.
report-error-stale = Кто-то уже изменил этот доклад; обновите страницу и внесите изменение снова.
report-error-status = Доклад не может перейти в этот статус из текущего.
report-error-submitted = Доклад уже представлен; его структуру больше нельзя менять.
report-error-submitted-on = дата представления: дата не в будущем.
report-error-reference = номер: не более 200 символов.
report-error-unapproved = { $count ->
    [one] { $count } раздел ещё не утверждён; утвердите все разделы, прежде чем отмечать доклад окончательным.
    [few] { $count } раздела ещё не утверждены; утвердите все разделы, прежде чем отмечать доклад окончательным.
   *[many] { $count } разделов ещё не утверждены; утвердите все разделы, прежде чем отмечать доклад окончательным.
}
words-body = Основной текст
words-with-notes = Текст и сноски
words-near = близко к лимиту
words-over = превышен лимит
notes-words = { $count ->
    [one] + { $count } слово в сносках
    [few] + { $count } слова в сносках
   *[many] + { $count } слов в сносках
}
filter-all = Все
filter-mine = Только мои разделы
sections-shown = { $count ->
    [one] Показан { $count } раздел
    [few] Показано { $count } раздела
   *[many] Показано { $count } разделов
}
outline-empty = В структуре пока нет разделов.
outline-add = Добавить раздел
outline-add-button = Добавить
outline-added = Раздел добавлен
outline-parent = Внутри
outline-top-level = На верхнем уровне
outline-plan = План
outline-remove = Удалить
outline-restore = Восстановить
outline-bin = Удалённые разделы
outline-nobody = Пока никто
outline-move-up = Выше
outline-move-down = Ниже
outline-move-in = Вложить в раздел выше
outline-move-out = Вынести из родительского раздела
outline-error-unknown = Этого раздела (уже) нет в структуре; обновите страницу.
outline-error-into-itself = Раздел нельзя вложить в самого себя.
outline-error-too-deep = В структуре было бы больше трёх уровней.
outline-error-no-room = Дальше в эту сторону перемещать некуда.
outline-error-direction = Неизвестное направление.
outline-error-not-removed = Этого раздела нет среди удалённых.
section-lead-organisation = Ведущая организация
section-contributors = Также пишут
section-budget = Объём в словах
section-notes = Заметки координатора
section-notes-hint = Видны только координаторам и авторам раздела; никогда не экспортируются.
section-overdue = Просрочен
section-approve = Утвердить
section-reopen = Открыть снова
section-error-title = название: обязательно, не более 200 символов.
section-error-due-date = срок: это не дата.
section-error-budget = объём в словах: целое число больше 0 или пусто.
section-error-notes = заметки координатора: не более 10 000 символов.
section-error-organisation = организации: выберите организации коалиции.
section-error-lead-editor = ответственный редактор: выберите редактора или координатора коалиции.
section-error-removed = Этот раздел удалён; сначала восстановите его.
section-error-status = Раздел не может перейти в этот статус из текущего (возможно, он только что изменился); обновите страницу.
audit-action-profile_saved = Профиль представления сохранён
audit-action-report_created = Доклад создан
audit-action-report_updated = Сведения о докладе изменены
audit-action-report_status_changed = Статус доклада изменён
audit-action-section_added = Раздел добавлен
audit-action-section_moved = Раздел перемещён
audit-action-section_planned = План раздела изменён
audit-action-section_removed = Раздел удалён
audit-action-section_restored = Раздел восстановлен
audit-action-section_status_changed = Статус раздела изменён
section-send-review = Отправить на рецензию
section-withdraw = Вернуть в работу
section-save-first = Сначала сохраните изменения.
col-review = Рецензия
comment-add = Прокомментировать
comment-added = Комментарий добавлен
comment-body = Комментарий
comment-quote = К фрагменту (необязательно)
comment-quote-selection = Цитировать выделенное
comment-reply = Ответить
comment-error-body = комментарий: напишите текст, не более 10 000 символов.
comment-error-quote = цитата: не более 1 000 символов.
comment-error-thread = Это обсуждение относится к другому разделу.
draft-found = В этом разделе есть ваш несохранённый текст.
draft-resume = Продолжить с ним
draft-discard = Удалить его
presence-alone = Сейчас в разделе больше никого нет.
presence-also-here = Сейчас здесь также:
review-title = Комментарии и предложения
section-newer = Кто-то сохранил более новую версию раздела.
section-newer-merge = Кто-то тем временем сохранил новую версию; при сохранении ваши изменения будут объединены с ней.
section-load-newer = Загрузить
section-suggest = Предложить изменение
section-suggest-mode = Вы можете предлагать изменения в этот раздел; его авторы принимают или отклоняют их.
suggestion-sent = Ваше предложение отправлено авторам раздела.
suggestion-accept = Принять
suggestion-reject = Отклонить
suggestion-conflict = С момента предложения текст изменился в том же месте; ничего не изменено. Исправьте текст вручную или отклоните предложение.
suggestion-error-decided = Это предложение уже принято или отклонено.
suggestion-error-unchanged = Предложенный текст совпадает с текстом раздела.
suggestion-status-open = Открыто
suggestion-status-accepted = Принято
suggestion-status-rejected = Отклонено
suggestions-open = { $count ->
    [one] { $count } открытое предложение
    [few] { $count } открытых предложения
   *[many] { $count } открытых предложений
}
threads-open = { $count ->
    [one] { $count } открытое обсуждение
    [few] { $count } открытых обсуждения
   *[many] { $count } открытых обсуждений
}
threads-none = Комментариев пока нет.
thread-resolve = Закрыть
thread-reopen = Открыть снова
thread-resolved-by = Закрыл(а)
toolbar-label = Оформление
toolbar-bold = Полужирный
toolbar-italic = Курсив
toolbar-heading = Заголовок
toolbar-list = Список
toolbar-link = Ссылка
toolbar-footnote = Сноска
toolbar-table = Таблица
audit-action-comment_added = Комментарий добавлен
audit-action-thread_resolved = Обсуждение закрыто
audit-action-thread_reopened = Обсуждение открыто снова
audit-action-suggestion_made = Предложено изменение
audit-action-suggestion_accepted = Предложение принято
audit-action-suggestion_rejected = Предложение отклонено
audit-action-draft_imported = Черновик импортирован
report-import = Импортировать черновик
import-title = Импорт черновика
import-intro = Начните с уже готового черновика Word или Markdown: он делится на разделы по заголовкам, сноски, списки, таблицы и выделение сохраняются. Проверьте разбивку, прежде чем что-либо будет записано; пустые разделы с тем же названием получат свой текст.
import-file = Файл черновика (.docx или .md)
import-file-hint = До 10 МБ. Заголовки первых трёх уровней становятся разделами; единственный заголовок документа в начале пропускается.
import-preview = Показать разбивку
import-not-allowed = Импортировать черновики в этот доклад могут только координаторы его коалиции.
import-split = { $count ->
    [one] Черновик делится на { $count } раздел
    [few] Черновик делится на { $count } раздела
   *[many] Черновик делится на { $count } разделов
}
import-done = { $count ->
    [one] Импортирован { $count } раздел
    [few] Импортировано { $count } раздела
   *[many] Импортировано { $count } разделов
}
import-fills = { $count ->
    [one] { $count } попадает в пустой раздел, уже имеющийся в структуре
    [few] { $count } попадают в пустые разделы, уже имеющиеся в структуре
   *[many] { $count } попадают в пустые разделы, уже имеющиеся в структуре
}
import-apply = { $count ->
    [one] Импортировать { $count } раздел
    [few] Импортировать { $count } раздела
   *[many] Импортировать { $count } разделов
}
import-open-report = Открыть доклад
import-fills-section = в раздел
import-new-section = новый раздел
import-preamble = Введение
import-revision-message = Импортировано из { $file }
import-error-too-large = Файл слишком велик: можно импортировать черновики до 10 МБ.
import-error-not-docx = Это не документ Word .docx (файл .doc старых версий Word сначала сохраните как .docx).
import-error-damaged = Файл .docx повреждён и не читается.
import-error-encoding = Файл Markdown не в кодировке UTF-8.
import-error-type = Импортировать можно только файлы .docx и .md (Markdown).
import-error-empty = В черновике нет текста для импорта.
import-error-too-many = В черновике больше 500 разделов; разделите его на несколько файлов.
import-error-section-too-large = Раздел «{ $title }» больше 200 КБ; разбейте его дополнительными заголовками.
import-error-upload = Загрузка прервалась или повреждена; попробуйте ещё раз.
import-error-no-file = Выберите файл для импорта.
rec-coalition = Коалиция
rec-mechanism = Механизм
rec-search = Слова
rec-search-button = Отобрать
rec-count = { $count ->
    [one] { $count } рекомендация
    [few] { $count } рекомендации
   *[many] { $count } рекомендаций
}
rec-document = Документ и пункт
rec-text = Рекомендация
rec-position = Позиция
rec-position-supported = Поддержана
rec-position-noted = Принята к сведению
rec-position-supported_in_part = Поддержана частично
rec-position-under_consideration = На рассмотрении
rec-position-no_response = Нет ответа
rec-import-title = Импорт рекомендаций
rec-import-intro = Импортируйте рекомендации, выполнение которых отслеживает коалиция, из Универсального индекса по правам человека (экспорт JSON) или из UPR Info (экспорт CSV). Сначала проверяется каждая строка: вы видите, что будет создано, обновлено, оставлено без изменений или отклонено и почему, и ничего не записывается, пока вы не импортируете корректные строки. Повторный импорт того же файла ничего не меняет.
rec-import-not-allowed = Импортировать рекомендации могут только координаторы коалиции.
rec-import-format = Формат
rec-format-uhri = Экспорт Универсального индекса по правам человека (JSON)
rec-format-upr-info = Экспорт UPR Info (CSV)
rec-import-file = Файл
rec-import-preview = Проверить файл
rec-import-plan = Что сделает импорт
rec-import-done = Импортировано
rec-import-apply = { $count ->
    [one] Импортировать { $count } строку
    [few] Импортировать { $count } строки
   *[many] Импортировать { $count } строк
}
rec-import-nothing = Импортировать нечего: все строки уже есть или отклонены.
rec-import-open-list = Открыть рекомендации
rec-line = Строка
rec-key = Рекомендация
rec-action = Результат
rec-action-create = новая
rec-action-update = обновлена
rec-action-unchanged = без изменений
rec-action-refused = отклонена
rec-import-not-a-record = не запись
rec-import-not-a-recommendation = не рекомендация ({ $detail })
rec-import-missing = нет поля { $detail }
rec-import-bad-date = { $detail } — не дата (ГГГГ-ММ-ДД)
rec-import-bad-position = позиция { $detail } не из списка: Supported, Noted, Supported in part, Under consideration, No response
rec-import-unknown-mechanism = механизм { $detail } неизвестен Shadowdesk
rec-import-duplicate = та же рекомендация, что в строке { $detail }
rec-import-error-json = Файл не является корректным экспортом JSON из УИПЧ: { $detail }
rec-import-error-csv = Файл не является корректным CSV: { $detail }
rec-import-error-encoding = Файл не в кодировке UTF-8.
rec-import-error-column = Нет столбца { $column }.
rec-import-error-empty = В файле нет строк.
rec-import-error-no-file = Выберите файл для импорта.
rec-import-error-upload = Загрузка прервалась или повреждена; попробуйте ещё раз.
rec-import-error-format = Выберите один из предложенных форматов.
rec-import-error-too-large = Файл слишком велик: через страницу можно импортировать до 1 ГБ; для файлов больше используйте `shadowdesk import-recommendations`.
audit-action-recommendations_imported = Рекомендации импортированы
rec-follow-up-no-date = выбрана, срок не указан
rec-state-under-review = Государство под обзором
rec-session = Цикл или сессия
rec-published = Опубликовано
rec-recommending-states = Рекомендующие государства
rec-lead = Ведущая организация
rec-cluster-leads = Также отслеживают
rec-follow-up-due = Срок последующих действий
rec-document-follow-up = Срок последующих действий или промежуточного доклада по документу
rec-themes = Темы
rec-affected-persons = Затронутые группы
rec-sdgs = Задачи ЦУР
rec-clusters = Кластеры
assessor-coalition = Коалиция
assessor-ngo = НПО
assessor-state = Государство
assessor-nhri = Национальное правозащитное учреждение
assessor-committee = Комитет
assessments-title = Выполнение
assessments-current = Текущие оценки
assessments-none-current = Утверждённых оценок пока нет.
assessments-history = Все оценки
assessments-none = Эту рекомендацию ещё никто не оценил.
divergence-state-higher = { $levels ->
    [one] Государство оценивает выполнение на { $levels } уровень выше, чем коалиция.
    [few] Государство оценивает выполнение на { $levels } уровня выше, чем коалиция.
   *[many] Государство оценивает выполнение на { $levels } уровней выше, чем коалиция.
}
divergence-state-lower = { $levels ->
    [one] Государство оценивает выполнение на { $levels } уровень ниже, чем коалиция.
    [few] Государство оценивает выполнение на { $levels } уровня ниже, чем коалиция.
   *[many] Государство оценивает выполнение на { $levels } уровней ниже, чем коалиция.
}
col-assessor = Кто оценивает
col-assessment = Оценка
col-level = Уровень
col-assessed-on = Дата
ordinal-4 = Выполнена полностью
ordinal-3 = Существенные меры
ordinal-2 = Выполнена частично
ordinal-1 = Не выполнена
ordinal-0 = Противоречит рекомендации
ordinal-none = Нет информации
assessment-approved-by = утвердил(а)
assessment-status-draft = Черновик
assessment-status-approved = Утверждена
assessment-edit = Изменить
assessment-discard = Удалить черновик
assessment-approve = Утвердить
assessment-custom-label = Формулировка (как у оценивающего)
assessment-ordinal = Соответствует уровню
assessment-new-title = Записать оценку
assessment-edit-title = Изменить черновик оценки
assessment-saved = Оценка сохранена как черновик.
assessment-organisation = НПО
assessment-name = Кто оценил (название)
assessment-name-hint = Например, министерство, омбудсмен или письмо комитета о последующих действиях.
assessment-scale = Шкала
assessment-narrative = Обоснование
assessment-save = Сохранить черновик
assessment-cancel-edit = Отмена
scale-upr_info = Уровень выполнения UPR Info
scale-hrc = Оценки Комитета по правам человека (A–E)
scale-hrc_subgrades = Оценки Комитета по правам человека с подуровнями
scale-custom = Своя формулировка
level-upr_info-fully_implemented = Выполнена полностью
level-upr_info-partially_implemented = Выполнена частично
level-upr_info-not_implemented = Не выполнена
level-upr_info-no_information = Нет информации
level-hrc-a = A: в основном удовлетворительно
level-hrc-b = B: частично удовлетворительно
level-hrc-c = C: неудовлетворительно
level-hrc-d = D: нет сотрудничества с Комитетом
level-hrc-e = E: противоречит рекомендации или отвергает её
level-hrc_subgrades-a = A: в основном удовлетворительно
level-hrc_subgrades-b1 = B1: приняты существенные меры, нужна дополнительная информация
level-hrc_subgrades-b2 = B2: приняты первоначальные меры, нужна дополнительная информация
level-hrc_subgrades-c1 = C1: ответ получен, рекомендация не выполнена
level-hrc_subgrades-c2 = C2: ответ получен, но не относится к рекомендации
level-hrc_subgrades-d1 = D1: нет ответа в установленный срок
level-hrc_subgrades-d2 = D2: нет ответа после напоминаний
level-hrc_subgrades-e = E: противоречит рекомендации
assessment-error-organisation = Выберите НПО, которая даёт эту оценку, из организаций коалиции.
assessment-error-assessor = Кто оценивает: выберите коалицию, НПО, государство, национальное правозащитное учреждение или комитет.
assessment-error-ordinal = Соответствует уровню: выберите уровень от 0 до 4 или «нет информации».
assessment-error-scale = Шкала: выберите одну из предложенных шкал.
assessment-error-level = Оценка: такого уровня нет в выбранной шкале.
assessment-error-custom-label = Формулировка: от 1 до 120 символов.
assessment-error-date = Дата: укажите дату оценки в формате ГГГГ-ММ-ДД.
assessment-error-future = Дата: оценка не может быть датирована будущим числом.
assessment-error-name = Кто оценил: не более 200 символов.
assessment-error-narrative = Обоснование: не более 20 000 символов.
assessment-error-unknown = Этого черновика больше нет; обновите страницу.
assessment-error-approved = Утверждённая оценка не меняется: запишите новую оценку.
assessment-error-stale = Кто-то изменил эту оценку тем временем; обновите страницу и попробуйте снова.
evidence-title = Доказательства
evidence-none = Доказательств пока нет.
evidence-supports = Подтверждает:
evidence-remove = Удалить
evidence-field-title = Название
evidence-field-source = Источник
evidence-field-date = Дата документа
evidence-field-visibility = Кто может видеть
evidence-field-assessment = Подтверждает
evidence-field-url = Веб-адрес
evidence-field-file = Файл
evidence-whole-recommendation = Рекомендацию в целом
evidence-add-link = Добавить ссылку
evidence-added = Доказательство добавлено.
evidence-upload = Загрузить файл
evidence-file-hint = PDF, Word, Excel, PowerPoint, OpenDocument, текст, CSV, изображения (PNG, JPEG, WebP), MP3 или MP4; до 20 МБ. Содержимое файла проверяется на соответствие его имени.
visibility-coalition = Коалиция
visibility-private = Моя организация
visibility-public = Публично
evidence-kind-link = Ссылка
evidence-kind-file = Файл
evidence-error-assessment = Подтверждает: эта оценка не относится к данной рекомендации.
evidence-error-title = Название: от 1 до 300 символов.
evidence-error-source = Источник: не более 300 символов.
evidence-error-date = Дата документа: укажите прошедшую дату в формате ГГГГ-ММ-ДД.
evidence-error-visibility = Кто может видеть: выберите «публично», «коалиция» или «моя организация».
evidence-error-url = Веб-адрес: укажите адрес, начинающийся с http:// или https://.
evidence-error-no-file = Выберите файл для загрузки.
evidence-error-file-type = Такой тип файла не принимается: загрузите PDF, Word, Excel, PowerPoint, OpenDocument, текст, CSV, PNG, JPEG, WebP, MP3 или MP4.
evidence-error-file-content = Содержимое файла не соответствует его имени: это не файл .{ $extension }.
evidence-error-too-large = Файл слишком велик: файлы доказательств — до 20 МБ.
evidence-error-upload = Загрузка прервалась или повреждена; попробуйте ещё раз.
links-title = Связанные рекомендации
links-none = Не связана с другими рекомендациями.
link-repeats-out = Повторяет
link-repeats-in = Повторена в
link-duplicate-out = Дублирует
link-duplicate-in = Дублируется в
link-related-out = Связана с
link-related-in = Связана с
link-remove = Удалить связь
link-added = Связь добавлена.
link-kind = Связь
link-reference = Рекомендация (символ и пункт или номер)
link-add = Добавить связь
plan-title = Планирование последующих действий
plan-saved = План сохранён.
plan-no-lead = Без ведущей организации
plan-follow-up = Выбрана для процедуры последующих действий
plan-clusters-hint = Разделяйте названия кластеров запятыми; новое название создаёт кластер.
plan-clusters-known = Существующие кластеры:
plan-save = Сохранить план
plan-error-cluster = Кластеры: каждое название — не более 200 символов.
plan-error-clusters = Кластеры: не более 20 на рекомендацию.
plan-error-organisation = Ведущая организация: выберите одну из организаций коалиции.
plan-error-date = Срок последующих действий: укажите дату в формате ГГГГ-ММ-ДД.
plan-error-stale = Кто-то изменил эту рекомендацию тем временем; обновите страницу и попробуйте снова.
link-error-reference = Рекомендация: укажите символ и пункт, например «A/HRC/43/10, para. 128.45», или номер.
link-error-kind = Связь: выберите «повторяет», «дублирует» или «связана с».
link-error-not-found = У коалиции нет рекомендации с таким символом и пунктом.
link-error-self = Рекомендацию нельзя связать с ней самой.
link-error-exists = Эти две рекомендации уже связаны.
audit-action-recommendation_planned = Рекомендация запланирована
audit-action-recommendation_linked = Рекомендации связаны
audit-action-recommendation_unlinked = Связь рекомендаций удалена
audit-action-assessment_saved = Оценка сохранена
audit-action-assessment_approved = Оценка утверждена
audit-action-assessment_discarded = Черновик оценки удалён
audit-action-evidence_added = Доказательство добавлено
audit-action-evidence_removed = Доказательство удалено
evidence-error-gone = Этого доказательства больше нет; обновите страницу.
link-error-gone = Этой связи больше нет; обновите страницу.
facets-label = Уточнить список
search-help-title = Как искать
search-help = Должны встретиться все слова (в любой форме: «задержан» находит «задержания»). Фразу заключите в кавычки: "насильственные исчезновения". Звёздочка в конце слова находит все слова, которые с него начинаются: пыт*. ИЛИ (OR) — любое из слов, НЕ (NOT) или минус — без слова: убежище ИЛИ беженцы, пытки -смерть. Регистр и диакритика не важны; русские и английские слова сравниваются по основе.
filters-clear = Сбросить поиск и все фильтры
facet-mechanism = Механизм
facet-document = Документ
facet-cycle = Цикл или сессия
facet-theme = Тема
facet-affected = Затронутые группы
facet-sdg = Задача ЦУР
facet-position = Позиция по УПО
facet-level = Выполнение (коалиция)
facet-lead = Ведущая организация
facet-cluster = Кластер
facet-follow_up = Последующие действия
facet-more = { $count ->
    [one] и ещё { $count }; уточните поиск.
    [few] и ещё { $count }; уточните поиск.
   *[many] и ещё { $count }; уточните поиск.
}
pagination-label = Страницы
pagination-previous = Предыдущая страница
pagination-next = Следующая страница
views-title = Сохранённые представления
views-none = Сохранённых представлений пока нет. Сохраните текущий поиск и фильтры, чтобы вернуться к ним.
views-shared = общее
views-delete = Удалить
views-saved = Представление сохранено.
views-name = Название представления
views-share = Поделиться с коалицией
views-save = Сохранить представление
level-unassessed = Не оценена
follow-up-overdue = Просрочено
follow-up-due_soon = Срок в ближайшие 90 дней
follow-up-later = Срок позже
follow-up-no_date = Выбрана, без срока
view-error-name = Название представления: от 1 до 120 символов.
view-error-query = Это представление слишком длинное для сохранения.
view-error-gone = Этого представления больше нет; обновите страницу.
dashboard-title = Панель последующих действий
dashboard-intro = Насколько выполнены рекомендации по оценке самой коалиции и что требует внимания. Поиск и фильтры списка действуют и здесь.
dashboard-open-list = открыть их списком
dashboard-open = Панель
dashboard-by-mechanism = Выполнение по механизмам
dashboard-by-cycle = Выполнение по циклам и сессиям
dashboard-by-theme = Выполнение по темам
dashboard-no-data = Нечего показать на диаграмме.
dashboard-numbers = Показать числа
dashboard-group = Группа
dashboard-total = Всего
dashboard-divergence = Где оценки государства и коалиции расходятся
dashboard-state-higher = Государство оценивает выше
dashboard-state-same = Оценки совпадают
dashboard-state-lower = Государство оценивает ниже
dashboard-no-divergence = Нет рекомендаций, у которых текущие оценки государства и коалиции различаются.
dashboard-supported-not-implemented = Поддержаны в рамках УПО, но не выполнены
dashboard-overdue = Просроченные последующие действия
dashboard-none = Нет.
dashboard-more = { $count ->
    [one] и ещё { $count }.
    [few] и ещё { $count }.
   *[many] и ещё { $count }.
}
addressed-title = Упоминается в наших докладах
addressed-none = Ни один раздел докладов коалиции пока не ссылается на эту рекомендацию. Авторы вставляют ссылку из редактора («Сослаться на рекомендацию»).
cite-title = Сослаться на рекомендацию
cite-search = Найти рекомендацию
cite-find = Найти
cite-insert = Вставить
cite-none = Подходящих рекомендаций нет.
import-progress-sending = Файл отправляется…
export-final-working = Создаём и сохраняем итоговый файл…
import-draft-working = Читаем черновик и делим его по заголовкам…
import-progress-rows = { $count ->
    [one] проверена { $count } строка
    [few] проверены { $count } строки
   *[many] проверено { $count } строк
}
rec-import-error-spreadsheet = Файл не читается как таблица XLSX: { $detail }
rec-format-uhri-xlsx = Выгрузка Универсального индекса прав человека (XLSX)
rec-format-mapped-csv = Своя таблица (CSV): выбрать столбцы
rec-mapping-title = Какой столбец что содержит
rec-mapping-intro = Выберите столбец файла для каждого поля. Нужны символ документа, механизм и текст; механизм можно указать один для всего файла. Номер пункта берётся из начала текста, если его нет в отдельном столбце.
rec-mapping-next = Выберите столбцы выше и проверьте файл ещё раз.
rec-mapping-none = (нет)
rec-mapping-whole-file = Весь файл относится к
map-field-symbol = Символ документа
map-field-mechanism = Механизм
map-field-text = Текст рекомендации
map-field-paragraph = Пункт
map-field-date = Дата документа
map-field-session = Цикл или сессия
map-field-state = Государство под обзором
map-field-recommending = Рекомендующие государства
map-field-position = Позиция по УПО
map-field-themes = Темы
map-field-affected = Затронутые группы
map-field-sdgs = Задачи ЦУР
map-field-annotation = AnnotationId УИПЧ
export-csv = Скачать CSV
export-xlsx = Скачать Excel
export-col-citation = Ссылка
export-col-paragraph = Пункт
export-col-coalition-level = Выполнение (коалиция)
export-col-state-level = Выполнение (государство)
calendar-title = Календарь последующих действий
calendar-intro = Сроки последующих действий коалиции: рекомендации, выделенные механизмами, сроки комитетов и промежуточные доклады УПО — от года назад до трёх лет вперёд.
calendar-download = Добавить в мой календарь (.ics)
calendar-empty = Сроки не указаны. Координаторы указывают их на странице рекомендации («Планирование последующих действий»).
calendar-kind-recommendation = Рекомендация
calendar-kind-document = Документ
month-1 = Январь
month-2 = Февраль
month-3 = Март
month-4 = Апрель
month-5 = Май
month-6 = Июнь
month-7 = Июль
month-8 = Август
month-9 = Сентябрь
month-10 = Октябрь
month-11 = Ноябрь
month-12 = Декабрь
home-due-title = Сроки последующих действий
home-due-overdue = { $count ->
    [one] { $count } просрочено
    [few] { $count } просрочено
   *[many] { $count } просрочено
}
home-due-soon = { $count ->
    [one] { $count } в ближайшие 90 дней
    [few] { $count } в ближайшие 90 дней
   *[many] { $count } в ближайшие 90 дней
}
reminder-mail-subject-due_soon = Срок последующих действий { $due }: { $item }
reminder-mail-subject-overdue = Последующие действия просрочены с { $due }: { $item }
reminder-mail-body =
    { $coalition }: срок последующих действий по { $item } — { $due } ({ $stage }).

    Открыть в Shadowdesk: { $link }

    Вы получили это письмо как координатор коалиции или сотрудник организации, ведущей эти последующие действия.
clusters-title = Кластеры
clusters-intro = Собственные группы рекомендаций коалиции. Ведущая организация кластера отслеживает все его рекомендации. Кластеры создаются на странице рекомендации («Планирование последующих действий»).
clusters-empty = Кластеров пока нет. Добавьте рекомендацию в кластер на её странице.
clusters-saved = Ведущая организация сохранена.
cluster-error-gone = Этого кластера больше нет; обновите страницу.
audit-action-cluster_lead_set = Назначена ведущая организация кластера
audit-action-view_saved = Сохранено представление
audit-action-view_deleted = Удалено представление
plan-tags-hint = Темы, затронутые группы и задачи ЦУР: по одной в строке, как их называет УИПЧ; новая метка добавляется в словарь.
plan-tags-known = Уже используемые метки
plan-error-tag = Темы, затронутые группы, задачи ЦУР: каждая метка — не более 300 символов.
plan-error-tags = Темы, затронутые группы, задачи ЦУР: не более 30 каждого вида на рекомендацию.
audit-action-front_matter_saved = Вводная часть сохранена
audit-action-draft_exported = Выгружен черновик
audit-action-final_exported = Сделана окончательная выгрузка
audit-action-admin_created = Создан администратор
report-export = Выгрузить доклад
report-error-no-final-export = Сначала сделайте окончательную выгрузку: направляется та окончательная выгрузка, которую хранит Shadowdesk.
section-annex = Приложение: выгружается после основного текста, вне подсчёта слов
front-matter-session = Сессия (для титульного листа)
export-title = Выгрузка доклада
export-intro = Перед каждой выгрузкой выполняется проверка. Черновик можно скачать всегда, на каждой странице он помечен «Черновик»; для окончательной выгрузки нужно устранить все блокирующие проблемы, она хранится вместе с SHA-256.
export-check = Проверка перед отправкой
export-words-body = Слов в основном тексте
export-words-notes = Слов в сносках
export-words-limit = Учитывается в лимите
export-files = Файлы
export-file-name = Окончательный файл будет называться
export-draft = Скачать черновик (DOCX)
export-final = Сделать окончательную выгрузку
export-final-hint = Окончательная выгрузка фиксирует доклад в нынешнем виде как именованную версию с SHA-256 файла.
export-final-blocked = Чтобы сделать окончательную выгрузку, устраните блокирующие проблемы выше.
export-final-done = Окончательная выгрузка сделана; скачайте её ниже.
export-none = Окончательных выгрузок пока нет.
export-kept = Окончательные выгрузки
export-col-name = Версия
export-col-when = Сделана
export-col-words = Слова (текст + сноски)
export-col-sha256 = SHA-256
export-col-file = Файл
export-front-matter = Вводная часть
export-publication-undecided = Пока не решено
export-publication-public = ООН может опубликовать доклад
export-publication-confidential = Конфиденциально: не публиковать
export-publication-hint = Договорным органам нужно явное указание, можно ли публиковать доклад на сайте ООН.
export-keywords-hint = Через запятую, например: пытки, содержание под стражей, правозащитники.
export-submission = Сведения об отправке
export-submission-hint = Загрузив окончательный файл на портал УВКПЧ, укажите дату и номер на портале: доклад станет отправленным.
export-blocking = Блокирует
export-warning = Внимание
export-passed = Пройдено
export-error-blocking = { $count ->
    [one] Проверка нашла { $count } блокирующую проблему; сделайте черновик или сначала устраните её.
    [few] Проверка нашла { $count } блокирующие проблемы; сделайте черновик или сначала устраните их.
   *[other] Проверка нашла { $count } блокирующих проблем; сделайте черновик или сначала устраните их.
}
export-error-keywords = Ключевые слова: не более 30, каждое не длиннее 100 знаков.
export-error-publication = Публикация: выберите «можно публиковать», «конфиденциально» или «не решено».
check-words-no-limit = { $body } слов в тексте и { $notes } в сносках; этот механизм не ограничивает объём.
check-words-ok = { $counted } из { $limit } слов (только текст; сноски не считаются).
check-words-ok-with-notes = { $counted } из { $limit } слов (текст и сноски).
check-words-near = { $counted } из { $limit } слов: больше 90 % лимита.
check-words-over = { $counted } слов: больше лимита в { $limit }.
check-approved = Все разделы утверждены.
check-unapproved = { $count ->
    [one] { $count } раздел ещё не утверждён.
    [few] { $count } раздела ещё не утверждены.
   *[other] { $count } разделов ещё не утверждены.
}
check-review-closed = Нет нерешённых комментариев и открытых предложений.
check-review-open = Остаются нерешённые комментарии ({ $threads }) или открытые предложения ({ $suggestions }).
check-front-matter-complete = Вводная часть, которую требует профиль, на месте.
check-front-matter-missing = Не хватает вводной части, которую требует профиль:
check-state-ok = Доклад касается одного государства.
check-state-one = Рассматриваемое государство должно быть ровно одно.
check-state-other-recommendations = Цитируются рекомендации, данные другому государству:
check-numbering-ok = Абзацы нумеруются автоматически, без пропусков.
check-numbering-typed = Введённые вручную номера абзацев нарушат автоматическую нумерацию (список начинается не с 1):
check-notes-ok = На каждую сноску есть ссылка, и у каждой есть текст.
check-notes-broken = Сноски отсутствуют или пусты:
check-notes-unused = Сноски, на которые нет ссылок, не будут выгружены:
check-personal-data-none = Адресов электронной почты, номеров телефонов и удостоверений не найдено.
check-personal-data = { $count ->
    [one] { $count } возможный элемент персональных данных жертв, свидетелей или источников: убедитесь, что он должен быть в тексте.
    [few] { $count } возможных элемента персональных данных жертв, свидетелей или источников: убедитесь, что они должны быть в тексте.
   *[other] { $count } возможных элементов персональных данных жертв, свидетелей или источников: убедитесь, что они должны быть в тексте.
}
check-deadline-none = Срок не установлен.
check-deadline-ahead = { $days ->
    [0] Срок — сегодня.
    [one] До срока { $days } день.
    [few] До срока { $days } дня.
   *[other] До срока { $days } дней.
}
check-deadline-passed = { $days ->
    [0] Срок истёк сегодня.
    [one] Срок истёк { $days } день назад.
    [few] Срок истёк { $days } дня назад.
   *[other] Срок истёк { $days } дней назад.
}
check-language = Язык доклада не входит в языки, которые принимает механизм:
check-empty-sections = Разделы без текста:
check-images = Изображения не выгружаются; опишите их в тексте:
docx-submitted-to = Доклад для { $body }
docx-state = Рассматриваемое государство: { $state }
docx-type = Вид доклада: { $kind }
docx-by = Представлен: { $coalition }
docx-members = Члены коалиции
docx-about = О коалиции
docx-contact = Контакты: { $contact }
docx-keywords = Ключевые слова: { $keywords }
docx-public = Коалиция согласна на публикацию этого доклада на сайте Организации Объединённых Наций.
docx-confidential = Этот доклад конфиденциален: коалиция не согласна на его публикацию. Он представляется только для сведения: { $body }.
docx-contents = Содержание
docx-draft = ЧЕРНОВИК — не для отправки
docx-annex-recommendations = Приложение: рекомендации, на которые ссылается доклад
docx-annex-number = №
docx-annex-recommendation = Рекомендация
docx-annex-source = Источник и пункт
docx-annex-recommending = Рекомендующее государство
docx-annex-position = Позиция
docx-annex-assessment = Оценка коалиции
docx-body-CCPR = Комитета по правам человека
docx-body-CESCR = Комитета по экономическим, социальным и культурным правам
docx-body-CAT = Комитета против пыток
docx-body-CEDAW = Комитета по ликвидации дискриминации в отношении женщин
docx-body-CRC = Комитета по правам ребёнка
docx-body-CERD = Комитета по ликвидации расовой дискриминации
docx-body-CRPD = Комитета по правам инвалидов
docx-body-CMW = Комитета по трудящимся-мигрантам
docx-body-CED = Комитета по насильственным исчезновениям
docx-body-UPR = Универсального периодического обзора
docx-treaty-CCPR = Международный пакт о гражданских и политических правах
docx-treaty-CESCR = Международный пакт об экономических, социальных и культурных правах
docx-treaty-CAT = Конвенция против пыток и других жестоких, бесчеловечных или унижающих достоинство видов обращения и наказания
docx-treaty-CEDAW = Конвенция о ликвидации всех форм дискриминации в отношении женщин
docx-treaty-CRC = Конвенция о правах ребёнка
docx-treaty-CERD = Международная конвенция о ликвидации всех форм расовой дискриминации
docx-treaty-CRPD = Конвенция о правах инвалидов
docx-treaty-CMW = Международная конвенция о защите прав всех трудящихся-мигрантов и членов их семей
docx-treaty-CED = Международная конвенция для защиты всех лиц от насильственных исчезновений
docx-month-1 = январь
docx-month-2 = февраль
docx-month-3 = март
docx-month-4 = апрель
docx-month-5 = май
docx-month-6 = июнь
docx-month-7 = июль
docx-month-8 = август
docx-month-9 = сентябрь
docx-month-10 = октябрь
docx-month-11 = ноябрь
docx-month-12 = декабрь
profile-notes-placement = Сноски при выгрузке
profile-footnotes = Постраничные сноски
profile-endnotes = Концевые сноски
profile-error-notes-placement = Сноски: постраничные или концевые.
profile-reference = Образец оформления
profile-reference-set = Выгрузка использует стили образца этого профиля.
profile-reference-none = Выгрузка использует стили Shadowdesk (Times New Roman 12).
profile-reference-file = Документ Word (.docx)
profile-reference-hint = Его стили (заголовки, текст, сноски, таблицы) заменяют стили Shadowdesk; недостающие стили остаются от Shadowdesk. Текст документа не используется.
profile-reference-use = Использовать его стили
profile-reference-clear = Вернуть стили Shadowdesk
profile-error-reference-not-docx = Образец должен быть файлом Word .docx.
profile-error-reference-no-styles = В образце нет пригодной части стилей (word/styles.xml).
profile-error-reference-too-large = Образец может быть не больше 5 МБ.
section-annex-badge = Приложение

# Administration of coalitions and organisations
nav-admin = Администрирование
admin-coalitions-title = Коалиции
admin-coalitions-intro = Все коалиции этого экземпляра. Создайте коалицию, выберите организации-участницы и пригласите первого координатора; отправьте в архив коалицию, завершившую работу.
admin-search = Поиск
admin-coalitions-archived = Коалиции в архиве
admin-coalitions-empty = Коалиций не найдено. Создайте первую ниже.
admin-coalitions-create = Создать коалицию
admin-coalitions-create-submit = Создать коалицию
admin-coalitions-need-organisation = Коалицию возглавляет организация. Сначала создайте ведущую организацию.
admin-coalitions-back = Все коалиции
coalition-archived = В архиве
coalition-active = Действует
coalition-default-locale = Язык по умолчанию
coalition-time-zone = Часовой пояс
coalition-archived-notice = Эта коалиция в архиве: всё в ней сохранено и доступно для чтения, но ничего нельзя изменить, пока администратор её не восстановит. В архиве с
coalition-save = Сохранить
coalition-details = Сведения
coalition-archive = Отправить коалицию в архив
coalition-archive-hint = Архив сохраняет коалицию целиком, но делает её доступной только для чтения и скрывает из списков.
coalition-restore = Восстановить коалицию
coalition-restore-hint = После восстановления коалицию снова можно изменять, и она снова видна в списках.
coalition-organisations = Организации-участницы
coalition-remove-organisation = Исключить
coalition-add-organisation = Добавить организацию
coalition-add-organisation-submit = Добавить
coalition-new-partner = Создать новую организацию-партнёра для этой коалиции
coalition-invite-coordinator = Пригласить координатора
coalition-invite-coordinator-hint = Координатор ведёт отчёты коалиции: структуру, распределение разделов, участников и выгрузку. Он получит ссылку, чтобы задать пароль.
coalition-error-search = поиск: не более 200 символов.
coalition-error-unknown = Такой коалиции нет.
coalition-error-name = название: от 1 до 200 символов.
coalition-error-short-name = краткое название: не более 40 символов.
coalition-error-description = описание: не более 4000 символов.
coalition-error-locale = язык по умолчанию: английский, русский или казахский.
coalition-error-time-zone = часовой пояс: укажите название пояса, например Asia/Almaty.
coalition-error-lead = ведущая организация: выберите существующую организацию.
coalition-error-name-taken = название: у другой коалиции уже есть такое название.
coalition-error-stale = Кто-то изменил эту коалицию, пока вы её редактировали. Перезагрузите страницу и внесите изменение снова.
coalition-error-already-archived = Эта коалиция уже в архиве.
coalition-error-not-archived = Эта коалиция не в архиве.
coalition-error-organisation = организация: выберите существующую организацию.
coalition-error-already-member = Эта организация уже входит в коалицию.
coalition-error-remove-lead = Ведущую организацию нельзя исключить из коалиции. Сначала выберите другую ведущую организацию.
coalition-error-not-member = Эта организация не входит в коалицию.
organisations-none-found = По запросу организаций не найдено.
organisation-create = Создать организацию
organisation-create-in = Входит в коалицию
organisation-no-coalition = Пока ни в какую
organisation-create-submit = Создать организацию
organisation-kind = Тип
organisation-kind-ngo = Неправительственная организация
organisation-kind-nhri = Национальное правозащитное учреждение
organisation-kind-state_body = Государственный орган
organisation-kind-other = Другое
organisation-no-parent = Не филиал
organisation-merge = Объединить дубликат
organisation-merge-hint = Если эта организация заведена дважды, объедините её с другой записью: её сотрудники, коалиции, филиалы, разделы, комментарии, оценки и подтверждения перейдут туда, а эта запись будет удалена.
organisation-merge-into = Объединить с
organisation-merge-submit = Объединить
organisation-error-parent = филиал организации: выберите другую организацию — не эту и не её филиал.
organisation-error-merge-self = Организацию нельзя объединить с самой собой.
organisation-error-unknown = Такой организации нет.
audit-action-coalition_created = Создана коалиция
audit-action-coalition_updated = Изменена коалиция
audit-action-coalition_archived = Коалиция отправлена в архив
audit-action-coalition_restored = Коалиция восстановлена
audit-action-coalition_member_added = Организация добавлена в коалицию
audit-action-coalition_member_removed = Организация исключена из коалиции
audit-action-organisation_created = Создана организация
audit-action-organisations_merged = Организации объединены
home-empty-admin = Начните с создания коалиции и её организаций.
session-end = Завершить этот сеанс
session-end-current = Выйти здесь
session-unknown-device = Неизвестное устройство
session-error-unknown = Этот сеанс уже завершён.
audit-action-session_ended = Сеанс завершён
request-malformed = Не удалось прочитать запрос ({ $detail }). Перезагрузите страницу и попробуйте ещё раз; ничего не изменено.
request-not-multipart = загрузку нужно отправлять как multipart-форму с файлом

## Translations of a report
col-language = Язык
language-name-en = Английский
language-name-ru = Русский
language-name-kk = Казахский
language-name-fr = Французский
language-name-es = Испанский
language-name-ar = Арабский
language-name-zh = Китайский
translation-state-in-translation = Переводится
translation-state-translated = Переведено
translation-state-outdated = Устарело
translation-state-approved = Утверждено
translation-state-missing = Нет перевода
languages-title = Языки
languages-source = Язык оригинала
languages-none = Отчёт пока не переводится на другие языки.
languages-accepted = принимается механизмом
languages-add-label = Перевести на
languages-add = Добавить язык
languages-added = Язык добавлен.
languages-remove = Убрать
languages-removed = Язык убран.
translation-title = Перевод
translation-based-on = сделан по версии
translation-source-now = раздел сейчас в версии
translation-source-changes = Что изменилось в разделе после перевода:
translation-source = Текст раздела
translation-text = Перевод
translation-complete = Перевод закончен и соответствует нынешнему тексту раздела
translation-save = Сохранить перевод
translation-saved = Перевод сохранён.
translation-approve = Утвердить перевод
translation-approved = Перевод утверждён.
translation-error-language = язык: выберите один из языков, на которые переводится отчёт.
translation-error-language-added = язык: отчёт уже переводится на него.
translation-error-language-in-use = язык: разделы уже переведены на него; убрать его нельзя.
translation-error-stale = Кто-то сохранил этот перевод за это время. Обновите страницу, чтобы увидеть его версию; ваш текст остался в форме.
translation-error-not-translated = Утвердить можно только законченный перевод, соответствующий нынешнему тексту раздела.
translation-error-own = Перевод утверждает не тот, кто его сделал.
section-minor = Мелкая правка (опечатка, оформление): переводы остаются актуальными
section-translations = Переводы
audit-action-report_language_added = Добавлен язык отчёта
audit-action-report_language_removed = Убран язык отчёта
audit-action-translation_saved = Перевод сохранён
audit-action-translation_approved = Перевод утверждён
translation-heading = Заголовок на этом языке
translation-error-title = заголовок: не длиннее 300 символов.
export-untranslated = Ещё не переведено: текст ниже на языке оригинала отчёта.
export-translation-outdated = Этот перевод сделан до последнего изменения раздела.
export-draft-in = Черновик на языке:
filter-translation = Перевод
filter-outdated-in = Устарел перевод:
translation-paragraph-changed = изменено
translation-missing-notes = В разделе есть ссылки на сноски, которых нет в переводе:
translation-words = { $count ->
    [one] переведено { $count } слово
    [few] переведено { $count } слова
   *[many] переведено { $count } слов
}
translation-source-words = { $count ->
    [one] в разделе { $count } слово
    [few] в разделе { $count } слова
   *[many] в разделе { $count } слов
}
translation-translator = Переводчик
translation-translator-none = Никто не назначен
translation-assign = Назначить
translation-assigned = Переводчик назначен.
translation-error-translator = переводчик: выберите участника коалиции.
audit-action-translator_assigned = Назначен переводчик
export-language = Язык выгрузки:
check-translation-complete = Все разделы с текстом переведены на этот язык, переводы актуальны.
check-translation-incomplete = { $count ->
    [one] { $count } раздел не переведён, перевод не закончен или устарел:
    [few] { $count } раздела не переведены, переводы не закончены или устарели:
   *[other] { $count } разделов не переведены, переводы не закончены или устарели:
}
check-translation-unapproved = { $count ->
    [one] Перевод { $count } раздела ещё не утверждён:
   *[other] Переводы { $count } разделов ещё не утверждены:
}
nav-glossary = Глоссарий
glossary-title = Глоссарий
glossary-intro = Согласованные термины и их эквиваленты на каждом языке. Страница перевода подчёркивает их в тексте раздела и предупреждает, если перевод не использует согласованный термин.
glossary-standard = Стандартные термины ООН
glossary-own = Термины коалиции
glossary-none = У коалиции пока нет собственных терминов.
glossary-add = Добавить термин
glossary-added = Термин добавлен.
glossary-remove = Удалить
glossary-removed = Термин удалён.
glossary-error-two = термин: укажите его хотя бы на двух языках.
glossary-error-long = термин: не более 200 символов на каждом языке.
audit-action-glossary_term_added = Добавлен термин глоссария
audit-action-glossary_term_removed = Удалён термин глоссария
translation-glossary = Термины глоссария в этом разделе
translation-glossary-missing = Перевод не использует согласованный термин:
translation-reuse-same = Этот абзац уже переведён в
translation-reuse-alike = Очень похожий абзац (различия отмечены) переведён в
translation-reuse = Использовать этот перевод
translation-paragraph = Перевод абзаца { $count }
translation-history = Версии перевода
import-translation-title = Импорт перевода
import-translation-intro = Загрузите перевод, сделанный вне Shadowdesk, в файле Word или Markdown: его части сопоставляются с разделами доклада по номерам в начале заголовков, а без номеров — по порядку. Проверьте сопоставление, прежде чем что-либо будет записано; утверждённые переводы остаются как есть.
import-kind = В файле
import-kind-draft = Текст доклада (черновик)
import-kind-translation = Перевод на язык:
import-translation-complete = Переводы закончены и соответствуют текущему тексту разделов
import-translation-split = { $count ->
    [one] В файле { $count } часть
    [few] В файле { $count } части
   *[many] В файле { $count } частей
}
import-translation-done = { $count ->
    [one] Записан { $count } перевод
    [few] Записано { $count } перевода
   *[many] Записано { $count } переводов
}
import-translation-state = Записываются как:
import-translation-caption = Части файла и разделы, которые они переводят
import-translation-file-heading = В файле
import-translation-section = Переводит раздел
import-translation-outcome = При импорте
import-translation-new = новый перевод
import-translation-replaces = заменит текущий перевод
import-translation-unchanged = без изменений
import-translation-approved = утверждённый перевод сохраняется
import-translation-empty = нет текста
import-translation-unmatched = раздела для неё не осталось: не импортируется
import-translation-untouched = В файле нет перевода этих разделов:
import-translation-apply = { $count ->
    [one] Записать { $count } перевод
    [few] Записать { $count } перевода
   *[many] Записать { $count } переводов
}
import-translation-nothing = Ничто в файле не изменит ни одного перевода.
import-translation-preamble = Текст до первого заголовка
audit-action-translation_imported = Перевод импортирован
languages-import = Импортировать переведённый файл
proposal-kind-recommendation = Рекомендация
proposal-kind-question = Вопрос для перечня вопросов
proposal-addressee-state = Государству
proposal-addressee-committee = Комитету
proposals-heading-recommendation-state = Предлагаемые рекомендации государству-участнику
proposals-heading-recommendation-committee = Предлагаемые рекомендации Комитету
proposals-heading-question-state = Предлагаемые вопросы государству-участнику
proposals-heading-question-committee = Предлагаемые вопросы для Комитета
proposals-revision-message = Предложения изменены
proposals-title = Предлагаемые рекомендации и вопросы
proposals-saved = Предложение сохранено.
proposals-removed = Предложение удалено.
proposals-intro = То, что коалиция просит ООН рекомендовать или спросить: при экспорте перечисляется в конце этого раздела и учитывается в его словах.
proposals-authors = Предлагают:
proposals-words = { $count ->
    [one] добавляет { $count } слово
    [few] добавляет { $count } слова
   *[many] добавляет { $count } слов
}
proposals-none = В этом разделе пока нет предложений.
proposals-edit = Изменить
proposals-remove = Удалить
proposals-add = Добавить предложение
proposals-kind = Вид
proposals-addressee = Адресат
proposals-text = Текст
proposals-themes = Темы
proposals-add-button = Добавить предложение
proposals-save = Сохранить предложение
proposal-error-empty = текст: напишите предложение.
proposal-error-long = текст: не более 2000 знаков.
proposal-error-theme = темы: выберите из перечисленных тем.
proposal-error-too-many = В разделе может быть не более 200 предложений.
proposal-error-missing = Этого предложения больше нет: его удалили. Обновите страницу.
proposal-error-stale = Раздел тем временем изменили; обновите страницу и попробуйте снова.
audit-action-proposal_saved = Предложение сохранено
audit-action-proposal_removed = Предложение удалено
uptake-full = Учтено
uptake-partial = Учтено частично
uptake-none = Не учтено
uptake-title = Услышала ли нас ООН?
uptake-intro = Каждое предложение этого доклада рядом с рекомендациями, которые тот же орган дал тому же государству после доклада, сначала пять самых похожих, общие слова выделены. Координаторы подтверждают, какие из них учли предложение.
uptake-documents = Искали в:
uptake-no-documents = В трекере ещё нет документа этого механизма об этом государстве, выпущенного после подачи доклада: сначала импортируйте документ ООН.
uptake-confirmed = Записано.
uptake-no-proposals = В этом докладе пока нет предложений: авторы добавляют их под текстом каждого раздела.
uptake-no-candidates = Ни одна выданная рекомендация не разделяет его слов.
uptake-alike = сходство { $count } %
uptake-clear = Сбросить
uptake-error-recommendation = рекомендация: выберите одну из рекомендаций коалиции.
audit-action-uptake_confirmed = Учёт предложения записан
reflects-title = Предложения коалиции, которые она учитывает
# Публичная страница мониторинга и её публикация.
publication-heading = Публичная страница мониторинга
publication-explained = Опубликуйте мониторинг коалиции, чтобы его мог прочитать каждый без входа: рекомендации, которые она отслеживает, с утверждёнными оценками, публичные доказательства, диаграммы и учёт её предложений. Имена людей, черновики, комментарии и непубличные доказательства на ней не появляются.
publication-online = Опубликована с
publication-offline = Не опубликована: мониторинг коалиции видят только её участники.
publication-address = Адрес
publication-address-hint = 2–40 строчных латинских букв, цифр и дефисов; адрес страницы — /p/ и затем он.
publication-publish = Опубликовать
publication-save-address = Сохранить адрес
publication-withdraw = Снять с публикации
publication-error-address = адрес: используйте 2–40 строчных латинских букв, цифр или дефисов, без дефиса в начале и в конце.
publication-error-address-taken = адрес: у страницы другой коалиции уже есть такой адрес.
audit-action-follow_up_published = Публичная страница мониторинга опубликована
audit-action-follow_up_withdrawn = Публичная страница мониторинга снята с публикации
public-title = Выполнение рекомендаций ООН
public-intro = Насколько выполнены рекомендации правозащитных органов ООН — по оценкам, утверждённым коалицией, с доказательствами, которые она делает публичными.
public-languages = Язык
public-summary = В цифрах
public-total = { $count ->
    [one] { $count } рекомендация под наблюдением
    [few] { $count } рекомендации под наблюдением
   *[other] { $count } рекомендаций под наблюдением
}
public-recommendations = Рекомендации и их выполнение
public-assessments = Оценки
public-not-assessed = Пока не оценена.
public-evidence = Доказательства
public-upr-position = Ответ государства
public-recommended-by = Рекомендовали
public-feed = Новые оценки (лента Atom)
public-published-since = Опубликовано с
public-previous = Предыдущая страница
public-next = Следующая страница
public-pages = Страницы
public-page-of = Страница { $page } из { $pages }
public-back = Все рекомендации
public-assessed-on = Оценено
public-not-found-title = Страница не найдена
public-not-found = По этому адресу нет публичной страницы мониторинга, или она снята с публикации.
rates-heading = Учёт предложений коалиции
rates-summary = Учтено предложений, полностью или частично: { $taken } из { $count } ({ $percent } %)
rates-unconfirmed = Ещё не подтверждено
rates-none = Пока нет предложений для подсчёта.
rates-by-report = По докладам
rates-by-organisation = По организациям-авторам
rates-by-theme = По темам
rates-by-body = По органам
rates-by-cycle = По циклам или сессиям
rates-all = Все предложения
rates-grouping = Группировка
rates-rate = Учтено (%)
rates-csv = Скачать показатели учёта (CSV)
facet-proposed = Предлагали мы
home-coalition-settings = Настройки коалиции и публичная страница
toolbar-propose = Предложить
toolbar-propose-hint = Начать предлагаемую рекомендацию с выделенного текста
# Полевой мониторинг.
nav-monitoring = Мониторинг
monitoring-title = Полевой мониторинг
monitoring-intro = События, которые записывает ваша организация, — отказы в согласовании собраний, жалобы на пытки, давление на журналистов — с актами в них и пострадавшими, посчитанными по полу, возрасту и группе, без имён. Коалиция считает события всех участников; само событие она видит, только если организация им поделилась.
monitoring-new = Записать событие
monitoring-for = Записывает
monitoring-record = Записать событие
monitoring-recorded = Событие записано.
monitoring-saved = Событие сохранено.
monitoring-event-title = Событие
monitoring-started-on = Дата (или первый день)
monitoring-ended-on = Последний день
monitoring-region = Регион
monitoring-locality = Населённый пункт
monitoring-description = Что произошло
monitoring-no-names = Не пишите здесь имён, адресов и номеров документов: пострадавших считают, а не называют.
monitoring-source = Источник
monitoring-reliability = Надёжность источника
monitoring-status = Статус мониторинга
monitoring-shared = Поделиться записью с коалицией (в подсчётах она учитывается в любом случае)
monitoring-shared-badge = доступно коалиции
monitoring-counts = Подсчёты по событиям всех участников
monitoring-events-count = { $count ->
    [one] { $count } событие записано
    [few] { $count } события записано
   *[other] { $count } событий записано
}
monitoring-by-type = Акты по видам
monitoring-by-region = Акты по регионам
monitoring-by-year = Акты по годам
monitoring-by-group = Акты по группам пострадавших
monitoring-acts = Акты
monitoring-victims = Пострадавшие
monitoring-events = События, которые вы можете читать
monitoring-back = Все события
monitoring-edit = Изменить событие
monitoring-save = Сохранить событие
monitoring-acts-title = Акты этого события
monitoring-act-type = Вид акта
monitoring-ground = Указанное основание (для отказа)
monitoring-sex = Пол
monitoring-age-group = Возрастная группа
monitoring-victim-group = Группа
monitoring-add-act = Добавить акт
monitoring-act-added = Акт добавлен.
monitoring-act-removed = Акт удалён.
monitoring-remove-act = Удалить
monitoring-error-title = название: от 1 до 200 знаков.
monitoring-error-date = дата: укажите день в виде ГГГГ-ММ-ДД.
monitoring-error-end = последний день: укажите день в виде ГГГГ-ММ-ДД, не раньше первого.
monitoring-error-region = регион: от 1 до 100 знаков (населённый пункт: не более 100).
monitoring-error-too-long = источник или описание: слишком длинно (не более 300 и 10 000 знаков).
monitoring-error-organisation = организация: записывайте от одной из ваших организаций, входящих в коалицию.
monitoring-error-victims = пострадавшие: целое число от 0 до 100 000.
monitoring-error-missing = Этого акта уже нет.
monitoring-error-stale = Кто-то уже изменил это событие: обновите страницу и внесите изменение снова.
audit-action-event_recorded = Событие мониторинга записано
audit-action-event_saved = Событие мониторинга изменено
audit-action-act_added = Акт добавлен к событию
audit-action-act_removed = Акт удалён из события
act-arbitrary_detention = Произвольный арест или задержание
act-torture = Пытки или жестокое обращение
act-assembly_notification_refused = Отказ в согласовании собрания
act-pressure_on_journalist = Давление на журналиста
act-unfair_trial = Нарушение права на справедливый суд
act-restriction_of_expression = Ограничение свободы выражения
act-enforced_disappearance = Насильственное исчезновение
act-killing = Убийство
act-other = Другой акт
reliability-high = Высокая
reliability-medium = Средняя
reliability-low = Низкая
reliability-unknown = Ещё не оценена
monitoring-status-ongoing = Мониторинг продолжается
monitoring-status-closed = Закрыто
victim-sex-female = Женщины
victim-sex-male = Мужчины
victim-sex-mixed = Смешанный состав
victim-sex-unknown = Неизвестно
age-group-child = Дети
age-group-adult = Взрослые
age-group-older = Пожилые
age-group-unknown = Неизвестно
victim-group-journalist = Журналисты
victim-group-defender = Правозащитники
victim-group-detainee = Задержанные
victim-group-religious_minority = Религиозное меньшинство
victim-group-general = Без особой группы
monitoring-csv = Скачать акты этих событий (CSV, без описаний)
figures-title = Данные мониторинга в докладе
figures-intro = Вставьте подсчёты коалиции в раздел открытого доклада в виде таблицы со строкой об источнике. Обновление заменяет таблицу сегодняшними данными; каждая вставка и каждое обновление — новая версия раздела, и его история показывает, что изменилось.
figures-none = Вы не состоите ни в одной коалиции.
figures-no-sections = Нет раздела открытого доклада, который вы можете редактировать.
figures-table = Таблица
figures-section = Раздел
figures-hint = Таблица добавляется в конец раздела или заменяет такую же таблицу, если она в разделе уже есть. Она пишется на языке доклада; имён пострадавших в ней не бывает никогда.
figures-insert = Вставить в раздел
figures-refresh = Обновить
figures-refresh-column = Обновить сегодняшними данными
figures-placed = Таблицы в разделах
figures-report = Доклад
figures-inserted = Таблица вставлена: теперь у раздела версия { $version }.
figures-refreshed = Таблица обновлена: теперь у раздела версия { $version }.
figures-link = Вставить эти подсчёты в раздел доклада
monitoring-table-types = Акты и пострадавшие по видам актов
monitoring-table-regions = Акты и пострадавшие по регионам
monitoring-table-years = Акты и пострадавшие по годам
monitoring-table-groups = Акты и пострадавшие по группам пострадавших
monitoring-table-types-by-year = Акты по видам и годам
monitoring-table-year = Год
monitoring-table-source = Источник: мониторинг организаций — членов коалиции «{ $coalition }» ({ $events ->
    [one] { $events } событие
    [few] { $events } события
   *[other] { $events } событий
}), данные на { $date }.
monitoring-table-inserted = Вставлена таблица мониторинга
monitoring-table-refreshed = Обновлена таблица мониторинга
monitoring-chart-years = Акты по годам и видам
person-role-victim = Пострадавший
person-role-witness = Свидетель
person-role-alleged_perpetrator = Предполагаемый нарушитель
monitoring-persons = Люди в этом событии
monitoring-pseudonym = Псевдоним
monitoring-person-role = Роль
monitoring-identity = Личность
monitoring-identity-hint = Необязательно. Запечатывается при сохранении: открыть её могут только кейс-менеджеры вашей организации, и каждое открытие записывается. Она никогда не попадает в подсчёты, выгрузки, поиск, доклад или публичную страницу.
monitoring-person-name = Имя
monitoring-person-contacts = Контакты
monitoring-person-numbers = Номера документов
monitoring-add-person = Добавить человека
monitoring-person-added = Человек добавлен.
monitoring-person-removed = Человек удалён.
monitoring-open-identity = Открыть личность
monitoring-identity-sealed = запечатано
monitoring-identity-destroyed-badge = уничтожено
monitoring-identity-destroyed = Эта личность уничтожена вместе с ключом организации.
monitoring-identity-none = Личность этого человека не записывалась.
monitoring-error-pseudonym = псевдоним: от 1 до 100 символов (никогда не имя человека).
monitoring-error-identity-long = личность: каждое поле — не более 300 символов.
monitoring-error-person-missing = Этого человека больше нет.
monitoring-error-not-a-member = Этот человек не состоит в организации.
monitoring-error-confirm = подтверждение: чтобы уничтожить ключ, введите краткое название организации точно.
identities-link = Личности и кейс-менеджеры
identities-title = Личности и кейс-менеджеры
identities-intro = Личности пострадавших, свидетелей и предполагаемых нарушителей запечатаны ключом их организации. Открывают их только её члены с правом кейс-менеджера. Здесь кейс-менеджеры организации и координаторы её коалиций дают это право и в чрезвычайной ситуации уничтожают ключ.
identities-none = Вы не храните личности ни одной организации.
identities-saved = Кейс-менеджеры сохранены.
identities-members = Члены
identities-right = Кейс-менеджер
identities-case-worker = Кейс-менеджер
identities-grant = Сделать кейс-менеджером
identities-withdraw = Отозвать право
identities-sealed = { $count ->
    [one] { $count } запечатанная личность
    [few] { $count } запечатанные личности
   *[other] { $count } запечатанных личностей
}
identities-destroy = Уничтожить ключ
identities-destroy-explained = Все личности, запечатанные ключом этой организации, станут нечитаемыми навсегда — здесь, на каждом сервере и в каждой резервной копии базы данных. Люди, их псевдонимы и все подсчёты останутся. Отменить это нельзя.
identities-destroy-confirm = Для подтверждения введите краткое название организации:
identities-destroyed = { $count ->
    [one] Ключ уничтожен: { $count } личность больше не прочитать.
    [few] Ключ уничтожен: { $count } личности больше не прочитать.
   *[other] Ключ уничтожен: { $count } личностей больше не прочитать.
}
identity-keys-unavailable = Сейчас этот сервер не может запечатывать и открывать личности: хранилище ключей недоступно. Сообщите администратору.
audit-action-person_added = Человек добавлен в событие
audit-action-person_removed = Человек удалён из события
audit-action-identity_opened = Личность открыта
audit-action-case_worker_granted = Дано право кейс-менеджера
audit-action-case_worker_withdrawn = Отозвано право кейс-менеджера
audit-action-identity_key_destroyed = Уничтожен ключ личностей организации
intervention-complaint = Жалоба
intervention-appeal = Обжалование
intervention-information_request = Запрос информации
intervention-urgent_appeal = Срочное обращение в ООН
outcome-pending = На рассмотрении
outcome-no_response = Ответа нет
outcome-rejected = Отказано
outcome-partly_granted = Удовлетворено частично
outcome-granted = Удовлетворено
monitoring-interventions = Действия
monitoring-intervention-kind = Действие
monitoring-intervention-body = Адресат
monitoring-submitted-on = Дата подачи
monitoring-outcome = Результат
monitoring-response = Ответ, как он был дан
monitoring-add-intervention = Добавить действие
monitoring-intervention-added = Действие добавлено.
monitoring-intervention-removed = Действие удалено.
monitoring-error-body = адресат: укажите орган, от 1 до 200 символов.
monitoring-error-submitted = дата подачи: укажите день в виде ГГГГ-ММ-ДД, не раньше события.
monitoring-error-response = ответ: не более 5000 символов.
monitoring-error-intervention-missing = Этого действия больше нет.
audit-action-intervention_added = В событие добавлено действие
audit-action-intervention_removed = Из события удалено действие
evidence-monitoring-title = Данные мониторинга
evidence-monitoring-summary = { $events ->
    [one] { $events } связанное событие
    [few] { $events } связанных события
   *[other] { $events } связанных событий
} в мониторинге коалиции: { $acts ->
    [one] { $acts } акт
    [few] { $acts } акта
   *[other] { $acts } актов
}, { $victims ->
    [one] { $victims } пострадавший
    [few] { $victims } пострадавших
   *[other] { $victims } пострадавших
}.
evidence-monitoring-acts = { $count ->
    [one] { $count } акт
    [few] { $count } акта
   *[other] { $count } актов
}
evidence-monitoring-unlink = Отвязать
evidence-monitoring-choose = Событие вашей организации
evidence-monitoring-link = Связать как доказательство
evidence-monitoring-saved = Данные мониторинга сохранены.
figures-error-other-coalition = событие: свяжите событие той же коалиции, что и рекомендация.
monitoring-recommendations = Доказательство по этим рекомендациям
audit-action-event_linked = Событие связано с рекомендацией
audit-action-event_unlinked = Событие отвязано от рекомендации
monitoring-xlsx = Скачать их таблицей (XLSX)
monitoring-error-region-list = регион: выберите один из регионов коалиции (список ведут её координаторы на странице мониторинга).
monitoring-regions = Регионы коалиции
monitoring-regions-hint = Когда в списке есть названия, каждое событие указывает одно из них. Удаление названия не меняет уже записанных событий.
monitoring-region-add = Добавить регион
monitoring-region-remove = Удалить
monitoring-regions-saved = Регионы сохранены.
audit-action-region_listed = Регион добавлен в список
audit-action-region_unlisted = Регион удалён из списка
