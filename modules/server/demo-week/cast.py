"""The delegations and people of the demo's weeks: who speaks, in which language, from which time zone."""

# code: (language, zone, delegate's name, regional group)
STATES = {
    # existing personas and background cast of dialogue.yaml
    'FRA': ('fr', 'Europe/Paris', None, 'weog'), 'EST': ('en', 'Europe/Tallinn', None, 'ee'),
    'MWI': ('en', 'Africa/Blantyre', None, 'af'), 'RUS': ('ru', 'Europe/Moscow', None, 'ee'),
    'BRA': ('en', 'America/Sao_Paulo', None, 'lac'), 'IDN': ('en', 'Asia/Jakarta', None, 'ap'),
    'DEU': ('en', 'Europe/Berlin', None, 'weog'), 'POL': ('en', 'Europe/Warsaw', None, 'ee'),
    'KEN': ('en', 'Africa/Nairobi', None, 'af'), 'JPN': ('en', 'Asia/Tokyo', None, 'ap'),
    'IND': ('en', 'Asia/Kolkata', None, 'ap'), 'EGY': ('ar', 'Africa/Cairo', None, 'af'),
    'ARG': ('es', 'America/Argentina/Buenos_Aires', None, 'lac'), 'CHL': ('es', 'America/Santiago', None, 'lac'),
    'MEX': ('es', 'America/Mexico_City', None, 'lac'),
    # the week's further delegations
    'NGA': ('en', 'Africa/Lagos', 'Chinedu Okafor', 'af'), 'SEN': ('fr', 'Africa/Dakar', 'Aïssatou Diop', 'af'),
    'ZAF': ('en', 'Africa/Johannesburg', 'Thandiwe Nkosi', 'af'), 'MAR': ('ar', 'Africa/Casablanca', 'Youssef Benali', 'af'),
    'DZA': ('ar', 'Africa/Algiers', 'Karim Haddad', 'af'), 'GHA': ('en', 'Africa/Accra', 'Kwame Mensah', 'af'),
    'CIV': ('fr', 'Africa/Abidjan', 'Awa Kouassi', 'af'), 'TUN': ('fr', 'Africa/Tunis', 'Leïla Trabelsi', 'af'),
    'RWA': ('en', 'Africa/Kigali', 'Eric Mugisha', 'af'), 'CMR': ('fr', 'Africa/Douala', 'Paul Mbarga', 'af'),
    'CHN': ('zh', 'Asia/Shanghai', 'Wang Lei', 'ap'), 'SGP': ('en', 'Asia/Singapore', 'Tan Wei Ming', 'ap'),
    'KOR': ('en', 'Asia/Seoul', 'Kim Ji-won', 'ap'), 'PAK': ('en', 'Asia/Karachi', 'Ayesha Qureshi', 'ap'),
    'SAU': ('ar', 'Asia/Riyadh', 'Faisal Al-Harbi', 'ap'), 'ARE': ('ar', 'Asia/Dubai', 'Mariam Al-Mansoori', 'ap'),
    'QAT': ('ar', 'Asia/Qatar', 'Khalid Al-Thani', 'ap'), 'VNM': ('en', 'Asia/Ho_Chi_Minh', 'Nguyen Thi Lan', 'ap'),
    'MYS': ('en', 'Asia/Kuala_Lumpur', 'Nurul Aziz', 'ap'), 'PHL': ('en', 'Asia/Manila', 'Maria Santos', 'ap'),
    'KAZ': ('ru', 'Asia/Almaty', 'Aigerim Nurlanovna', 'ap'), 'JOR': ('ar', 'Asia/Amman', 'Rania Khalil', 'ap'),
    'UKR': ('en', 'Europe/Kiev', 'Olena Kovalenko', 'ee'), 'CZE': ('en', 'Europe/Prague', 'Petr Novák', 'ee'),
    'BLR': ('ru', 'Europe/Minsk', 'Dmitry Ivanov', 'ee'), 'ARM': ('ru', 'Asia/Yerevan', 'Anahit Petrosyan', 'ee'),
    'ROU': ('en', 'Europe/Bucharest', 'Andrei Popescu', 'ee'), 'GEO': ('en', 'Asia/Tbilisi', 'Nino Beridze', 'ee'),
    'COL': ('es', 'America/Bogota', 'Camila Restrepo', 'lac'), 'URY': ('es', 'America/Montevideo', 'Martín Pereira', 'lac'),
    'CUB': ('es', 'America/Havana', 'Yamila Castro', 'lac'), 'CRI': ('es', 'America/Costa_Rica', 'Andrés Solís', 'lac'),
    'PER': ('es', 'America/Lima', 'Rosa Quispe', 'lac'), 'DOM': ('es', 'America/Santo_Domingo', 'Luis Peña', 'lac'),
    'JAM': ('en', 'America/Jamaica', 'Simone Campbell', 'lac'),
    'GBR': ('en', 'Europe/London', 'Eleanor Hughes', 'weog'), 'USA': ('en', 'America/New_York', 'Michael Carter', 'weog'),
    'NLD': ('en', 'Europe/Amsterdam', 'Sanne de Vries', 'weog'), 'CHE': ('fr', 'Europe/Zurich', 'Claire Favre', 'weog'),
    'CAN': ('en', 'America/Toronto', 'Émilie Tremblay', 'weog'), 'AUS': ('en', 'Australia/Sydney', 'Olivia Clarke', 'weog'),
    'ESP': ('es', 'Europe/Madrid', 'Javier Moreno', 'weog'), 'NZL': ('en', 'Pacific/Auckland', 'Aroha Walker', 'weog'),
}

# the name each State goes by in its own language: (plain, "of the delegation of ...")
NAMES = {
    'FRA': ('la France', 'de la France'), 'SEN': ('le Sénégal', 'du Sénégal'), 'CIV': ("la Côte d'Ivoire", "de la Côte d'Ivoire"),
    'TUN': ('la Tunisie', 'de la Tunisie'), 'CMR': ('le Cameroun', 'du Cameroun'), 'CHE': ('la Suisse', 'de la Suisse'),
    'ARG': ('Argentina', 'de Argentina'), 'CHL': ('Chile', 'de Chile'), 'MEX': ('México', 'de México'),
    'COL': ('Colombia', 'de Colombia'), 'URY': ('Uruguay', 'del Uruguay'), 'CUB': ('Cuba', 'de Cuba'),
    'CRI': ('Costa Rica', 'de Costa Rica'), 'PER': ('el Perú', 'del Perú'), 'DOM': ('la República Dominicana', 'de la República Dominicana'),
    'ESP': ('España', 'de España'),
    'RUS': ('Российская Федерация', 'Российской Федерации'), 'BLR': ('Республика Беларусь', 'Республики Беларусь'),
    'KAZ': ('Республика Казахстан', 'Республики Казахстан'), 'ARM': ('Республика Армения', 'Республики Армения'),
    'EGY': ('مصر', 'مصر'), 'MAR': ('المملكة المغربية', 'المملكة المغربية'), 'DZA': ('الجزائر', 'الجزائر'),
    'SAU': ('المملكة العربية السعودية', 'المملكة العربية السعودية'), 'ARE': ('الإمارات العربية المتحدة', 'الإمارات العربية المتحدة'),
    'QAT': ('دولة قطر', 'دولة قطر'), 'JOR': ('الأردن', 'الأردن'),
    'CHN': ('中国', '中国'),
    'NGA': ('Nigeria',), 'ZAF': ('South Africa',), 'GHA': ('Ghana',), 'RWA': ('Rwanda',), 'SGP': ('Singapore',),
    'KOR': ('the Republic of Korea',), 'PAK': ('Pakistan',), 'VNM': ('Viet Nam',), 'MYS': ('Malaysia',),
    'PHL': ('the Philippines',), 'UKR': ('Ukraine',), 'CZE': ('Czechia',), 'ROU': ('Romania',), 'GEO': ('Georgia',),
    'JAM': ('Jamaica',), 'GBR': ('the United Kingdom',), 'USA': ('the United States',), 'NLD': ('the Netherlands',),
    'CAN': ('Canada',), 'AUS': ('Australia',), 'NZL': ('New Zealand',), 'EST': ('Estonia',), 'MWI': ('Malawi',),
    'BRA': ('Brazil',), 'IDN': ('Indonesia',), 'DEU': ('Germany',), 'POL': ('Poland',), 'KEN': ('Kenya',),
    'JPN': ('Japan',), 'IND': ('India',),
}

EU_MEMBERS = {'FRA', 'EST', 'DEU', 'POL', 'CZE', 'ROU', 'NLD', 'ESP'}

# further people: members of delegations (they comment, never speak for the State) and stakeholders' staff
MEMBERS = {
    'member-jpn': ('Yuki Tanaka', 'JPN'), 'member-bra': ('Beatriz Lima', 'BRA'), 'member-ken': ('Brian Otieno', 'KEN'),
    'member-gbr': ('James Whitfield', 'GBR'), 'member-ind': ('Arjun Mehta', 'IND'), 'member-sen': ('Moussa Ndiaye', 'SEN'),
    'member-mex': ('Diego Hernández', 'MEX'), 'member-rus': ('Irina Sokolova', 'RUS'), 'member-egy': ('Nour El-Sayed', 'EGY'),
    'member-chn': ('Li Na', 'CHN'),
}
STAKEHOLDERS = {
    'ps-contoso-ti': ('Daniel Brooks', 'contoso-security'), 'ac-institute-law': ('Sophie Laurent', 'cyber-policy-institute'),
    'cs-opennet-rights': ('Amina Yusuf', 'open-networks-alliance'),
}
GOVERNMENTAL = {'delegate-au': ('Fatima Bello', 'AU'), 'delegate-oas': ('Ricardo Álvarez', 'OAS'),
                'delegate-arf': ('Siti Rahma', 'ARF')}

ZONES_OTHER = {
    'EU': 'Europe/Brussels', 'AU': 'Africa/Addis_Ababa', 'OAS': 'America/New_York', 'ARF': 'Asia/Jakarta',
    'OSCE': 'Europe/Vienna', 'contoso-security': 'America/Los_Angeles', 'cyber-policy-institute': 'Europe/London',
    'open-networks-alliance': 'Africa/Nairobi', 'digital-rights-watch': 'Africa/Johannesburg',
    'secretariat': 'America/New_York', 'chair': 'Europe/Zurich',
}


def delegate(code):
    return 'delegate-' + ('eu' if code == 'EU' else code.lower())


def cast_yaml():
    people = []
    for code, (lang, zone, name, group) in STATES.items():
        if name:
            people.append(dict(username=delegate(code), name=name, organization=code, roles=['delegate']))
    for user, (name, code) in GOVERNMENTAL.items():
        people.append(dict(username=user, name=name, organization=code, roles=['delegate']))
    for user, (name, code) in MEMBERS.items():
        people.append(dict(username=user, name=name, organization=code, roles=['member']))
    for user, (name, org) in STAKEHOLDERS.items():
        people.append(dict(username=user, name=name, organization=org, roles=['member']))
    zones = {code: zone for code, (lang, zone, name, group) in STATES.items()}
    zones.update(ZONES_OTHER)
    return dict(zones=zones, cast=people)
