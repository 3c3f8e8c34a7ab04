app-name = Shadowdesk
app-tagline = ҮЕҰ коалицияларына арналған балама баяндамалар және БҰҰ ұсынымдарының мониторингі
skip-to-content = Негізгі мазмұнға өту
nav-label = Негізгі навигация
nav-home = Шолу
nav-reports = Баяндамалар
nav-recommendations = Ұсынымдар
nav-organisations = Ұйымдар
nav-settings = Баптаулар
language-label = Тіл
language-apply = Қолдану
loading = Жүктелуде…
footer-note = Shadowdesk коалицияңыздың жобаларын осы жұмыс кеңістігінде сақтайды. Экспортталмайынша ештеңе сыртқа шықпайды.
error-title = Бірдеңе дұрыс болмады
error-body = Бетті көрсету мүмкін болмады. Біраздан кейін қайталап көріңіз; қате қайталанса, әкімшіге төмендегі сұрау нөмірін айтыңыз.
not-found-title = Бет табылмады
not-found-body = Сіз сұраған бет жоқ немесе басқа жерге көшірілген.
not-found-home = Шолуға оралу
home-title = Шолу
home-intro = Коалицияларыңыз, олар дайындап жатқан баяндамалар және жақын мерзімдер.
home-coalitions = Коалициялар
home-lead = Жетекші ұйым
home-reports = Дайындалып жатқан баяндамалар
home-empty = Мұнда әзірге коалиция жоқ. Әкімші демонстрациялық деректерді seed-demo командасымен жүктей алады.
members-count = { $count ->
    [one] { $count } ұйым
   *[other] { $count } ұйым
}
sections-count = { $count ->
    [one] { $count } бөлім
   *[other] { $count } бөлім
}
words-count = { $count ->
    [one] { $count } сөз
   *[other] { $count } сөз
}
reports-title = Баяндамалар
reports-intro = Балама баяндамалар мен ЖМШ-ға арналған материалдар, олардың мерзімдері мен дайындығы.
reports-empty = Әзірге баяндама жоқ.
col-title = Атауы
col-mechanism = Механизм
col-state = Мемлекет
col-session = Сессия
col-deadline = Мерзімі
col-status = Мәртебесі
col-progress = Дайындығы
col-name = Атауы
col-short-name = Қысқа атауы
col-region = Қала немесе өңір
col-branch-of = Қай ұйымның филиалы
status-drafting = Дайындалуда
status-review = Қаралуда
status-final = Түпкілікті
status-submitted = Жіберілді
organisations-title = Ұйымдар
organisations-intro = Коалицияларыңызға мүше ұйымдар және олардың өңірлік филиалдары.
organisations-empty = Әзірге ұйым жоқ.
recommendations-title = Ұсынымдар
recommendations-intro = Жалпыға бірдей мерзімдік шолудың және шарттық органдардың ұсынымдары және олардың орындалу барысы.
recommendations-empty = Әзірге бірде-бір ұсыным бақыланбайды.
settings-title = Баптаулар
settings-language-intro = Интерфейс тілін таңдаңыз. Таңдауыңыз осы құрылғыда сақталады.
nav-sign-in = Кіру
sign-out = Шығу
sign-in-title = Кіру
sign-in-intro = Үйлестіруші шақырған электрондық пошта мекенжайымен кіріңіз.
field-email = Электрондық пошта
field-password = Құпия сөз
sign-in-submit = Кіру
sign-in-invalid = Мекенжай немесе құпия сөз қате.
sign-in-disabled = Бұл тіркелгі өшірілген. Үйлестірушіге немесе әкімшіге хабарласыңыз.
sign-in-throttled = Сәтсіз әрекеттер тым көп. 15 минут күтіп, қайталап көріңіз.
sign-in-required = Коалицияңыздың жұмысын көру үшін кіріңіз.
account-title = Сіздің тіркелгіңіз
account-sessions = Қай жерде кіргенсіз
col-device = Браузер
col-address = Мекенжай
col-signed-in = Кірген уақыты
col-last-seen = Соңғы белсенділік
session-current = Осы браузер
sign-out-everywhere = Барлық құрылғыдан шығу
error-forbidden = Коалициядағы рөліңіз мұны жасауға мүмкіндік бермейді.
