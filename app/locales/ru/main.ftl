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
home-empty = Здесь пока нет ни одной коалиции. Администратор может загрузить демонстрационные данные командой seed-demo.
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
accept-title = Присоединиться к коалиции
field-display-name = Ваше имя
field-new-password = Придумайте пароль
password-hint = Не менее 12 символов; фразу из нескольких слов легко запомнить и трудно подобрать.
accept-submit = Создать учётную запись
account-error-name = имя: от 1 до 120 символов.
password-too-short = пароль: не менее 12 символов.
password-common = пароль: слишком распространённый, выберите другой.
password-contains-email = пароль: не должен содержать ваш адрес электронной почты.
