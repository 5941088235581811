"""Words that fill the sentence templates, one list per language, the same meaning at the same index."""

SECTOR = {
    'en': ['hospitals and health services', 'the electricity grid', 'water and sanitation utilities',
           'financial market infrastructure', 'submarine cable landing stations', 'satellite ground stations',
           'air traffic management', 'rail signalling', 'the core of telecommunications networks',
           'the domain name system', 'ports and maritime logistics', 'emergency call services',
           'oil and gas pipelines', 'payment and clearing systems'],
    'fr': ['les hôpitaux', 'le réseau électrique', "les services d'eau potable", 'les marchés financiers',
           'les stations d\'atterrissement des câbles sous-marins', 'les stations terrestres de satellites',
           'la navigation aérienne', 'la signalisation ferroviaire', 'le cœur des réseaux de télécommunications',
           'le système des noms de domaine', 'les ports', "les centres d'appels d'urgence",
           'les gazoducs', 'les systèmes de paiement'],
    'es': ['los hospitales', 'la red eléctrica', 'los servicios de agua potable', 'los mercados financieros',
           'los cables submarinos', 'las estaciones terrenas de satélites', 'la navegación aérea',
           'la señalización ferroviaria', 'las redes de telecomunicaciones', 'los servidores de nombres de dominio',
           'los puertos', 'los servicios de emergencia', 'los oleoductos', 'los sistemas de pago'],
    # genitive, after «в сфере»
    'ru': ['здравоохранения', 'электроэнергетики', 'водоснабжения', 'финансовых рынков', 'подводных кабельных линий',
           'спутниковой связи', 'управления воздушным движением', 'железнодорожного транспорта', 'электросвязи',
           'системы доменных имён', 'морских портов', 'экстренных служб', 'трубопроводного транспорта',
           'платёжных систем'],
    # after «قطاع»
    'ar': ['الصحة', 'الكهرباء', 'المياه', 'الخدمات المالية', 'الكابلات البحرية', 'الاتصالات الساتلية',
           'الملاحة الجوية', 'السكك الحديدية', 'الاتصالات', 'أسماء النطاقات', 'الموانئ', 'خدمات الطوارئ',
           'النفط والغاز', 'أنظمة الدفع'],
    # before «领域»
    'zh': ['医疗卫生', '电力', '供水', '金融市场', '海底光缆', '卫星通信', '空中交通管理', '铁路信号', '电信网络',
           '域名系统', '港口物流', '应急呼叫', '油气管道', '支付清算'],
}

MEASURE = {
    'en': ['a national register of critical operators', 'incident reporting within 72 hours',
           'sector-specific security baselines', 'annual joint exercises with operators', 'a 24/7 national CERT',
           'a public-private information sharing centre', 'independent audits of operators',
           'a review of the security of supply chains', 'a national vulnerability disclosure policy',
           'a crisis coordination cell at the level of the head of government', 'minimum standards for backups',
           'a training programme for the staff of operators'],
    'fr': ["un registre national des opérateurs d'importance vitale", "la notification des incidents sous 72 heures",
           "des règles de sécurité propres à chaque secteur", "des exercices annuels avec les opérateurs",
           "un CERT national ouvert jour et nuit", "un centre d'échange d'informations entre public et privé",
           "des audits indépendants des opérateurs", "une revue de la sécurité des chaînes d'approvisionnement",
           "une politique nationale de divulgation des vulnérabilités", "une cellule de crise interministérielle",
           "des normes minimales de sauvegarde", "un programme de formation pour le personnel des opérateurs"],
    'es': ['un registro nacional de operadores esenciales', 'la notificación de incidentes en 72 horas',
           'normas de seguridad para cada sector', 'ejercicios anuales con los operadores',
           'un CERT nacional que funciona las 24 horas', 'un centro de intercambio de información público-privado',
           'auditorías independientes de los operadores', 'una revisión de la seguridad de las cadenas de suministro',
           'una política nacional de divulgación de vulnerabilidades', 'una célula de crisis interinstitucional',
           'normas mínimas de copias de seguridad', 'un programa de formación para el personal de los operadores'],
    # nominative, after «такую меру, как»
    'ru': ['национальный реестр критически важных объектов', 'уведомление об инцидентах в течение 72 часов',
           'отраслевые требования безопасности', 'ежегодные совместные учения с операторами',
           'круглосуточный национальный центр реагирования', 'государственно-частный центр обмена информацией',
           'независимый аудит операторов', 'проверка безопасности цепочек поставок',
           'национальный порядок раскрытия уязвимостей', 'межведомственный кризисный штаб',
           'минимальные требования к резервному копированию', 'программа подготовки персонала операторов'],
    'ar': ['سجلا وطنيا للمشغلين الحيويين', 'الإبلاغ عن الحوادث خلال 72 ساعة', 'معايير أمنية خاصة بكل قطاع',
           'تمارين سنوية مشتركة مع المشغلين', 'فريقا وطنيا للاستجابة للطوارئ يعمل على مدار الساعة',
           'مركزا لتبادل المعلومات بين القطاعين العام والخاص', 'تدقيقا مستقلا للمشغلين',
           'مراجعة لأمن سلاسل الإمداد', 'سياسة وطنية للإفصاح عن الثغرات', 'خلية وطنية لإدارة الأزمات',
           'معايير دنيا للنسخ الاحتياطي', 'برنامجا لتدريب العاملين لدى المشغلين'],
    'zh': ['关键运营者国家名录', '72小时内报告事件制度', '分行业安全基线', '与运营者的年度联合演练', '全天候国家应急响应中心',
           '公私信息共享中心', '对运营者的独立审计', '供应链安全审查', '国家漏洞披露政策', '跨部门危机协调机制',
           '数据备份最低标准', '运营者人员培训计划'],
}

PARTNER = {
    'en': ['the African Union', 'ASEAN', 'the Organization of American States', 'the OSCE', 'the Pacific Islands Forum',
           'the Arab League', 'the Commonwealth', 'FIRST, the forum of incident response teams', 'the ITU',
           'the Global Forum on Cyber Expertise'],
    'fr': ["l'Union africaine", "l'ASEAN", "l'Organisation des États américains", "l'OSCE", "la Francophonie",
           "la Ligue des États arabes", "la CEDEAO", "le réseau FIRST", "l'UIT", "le Forum mondial sur la cyberexpertise"],
    'es': ['la Unión Africana', 'la ASEAN', 'la Organización de los Estados Americanos', 'la OSCE', 'la CELAC',
           'la Liga de los Estados Árabes', 'el SICA', 'la red FIRST', 'la UIT', 'el Foro Global de Experticia Cibernética'],
    # instrumental, after «с»
    'ru': ['Африканским союзом', 'АСЕАН', 'Организацией американских государств', 'ОБСЕ', 'ОДКБ',
           'Шанхайской организацией сотрудничества', 'СНГ', 'сетью FIRST', 'МСЭ', 'БРИКС'],
    'ar': ['الاتحاد الأفريقي', 'رابطة أمم جنوب شرق آسيا', 'منظمة الدول الأمريكية', 'منظمة الأمن والتعاون في أوروبا',
           'جامعة الدول العربية', 'مجلس التعاون الخليجي', 'منظمة التعاون الإسلامي', 'شبكة FIRST',
           'الاتحاد الدولي للاتصالات', 'المنتدى العالمي للخبرة السيبرانية'],
    'zh': ['非洲联盟', '东盟', '美洲国家组织', '欧安组织', '上海合作组织', '金砖国家', '阿拉伯国家联盟', 'FIRST事件响应论坛',
           '国际电信联盟', '全球网络专业知识论坛'],
}

YEAR = [str(y) for y in range(2016, 2026)]
NUMBER = ['three', 'four', 'five', 'six', 'seven', 'eight', 'twelve', 'fifteen', 'twenty']
COUNT = ['3', '4', '5', '6', '7', '8', '12', '15', '20', '25', '40']
