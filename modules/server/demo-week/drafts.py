"""The second draft in negotiation: a list of global confidence-building measures, with stances of all five groups."""

CBM_DRAFT = {
    'thread': 'cbm-draft',
    'versions': [{
        'by': 'moderator',
        'note': 'Draft circulated by the Chair after the consultations on the directory of Points of Contact.',
        'paragraphs': [
            {'key': 'cbm-intro', 'heading': 'A. Purpose',
             'text': 'States recognize that confidence-building measures reduce the risk of misperception, '
                     'escalation and conflict that may stem from ICT incidents.'},
            {'key': 'cbm-directory', 'heading': 'B. Measures',
             'text': 'States will keep their entries in the global directory of Points of Contact up to date and '
                     'answer ping tests within two working days.'},
            {'key': 'cbm-template',
             'text': 'States are encouraged to use a common template when they send a request for assistance through '
                     'the directory.'},
            {'key': 'cbm-exercises',
             'text': 'States will take part, on a voluntary basis, in an annual tabletop exercise among Points of '
                     'Contact, held in the six official languages.'},
            {'key': 'cbm-infrastructure',
             'text': 'States are encouraged to share, on a voluntary basis, their national approaches to designating '
                     'critical infrastructure.'},
            {'key': 'cbm-doctrines', 'heading': 'C. Transparency',
             'text': 'States are encouraged to share their national strategies, doctrines and policies relevant to '
                     'the use of ICTs in the context of international security.'},
        ],
        'stances': [
            {'paragraph': 'cbm-intro', 'by': 'delegate-sgp', 'stance': 'support'},
            {'paragraph': 'cbm-intro', 'by': 'delegate-gha', 'stance': 'support'},
            {'paragraph': 'cbm-intro', 'by': 'delegate-cze', 'stance': 'support'},
            {'paragraph': 'cbm-intro', 'by': 'delegate-col', 'stance': 'support'},
            {'paragraph': 'cbm-intro', 'by': 'delegate-can', 'stance': 'support'},
            {'paragraph': 'cbm-directory', 'by': 'delegate-mys', 'stance': 'support'},
            {'paragraph': 'cbm-directory', 'by': 'delegate-nga', 'stance': 'support'},
            {'paragraph': 'cbm-directory', 'by': 'delegate-rou', 'stance': 'support'},
            {'paragraph': 'cbm-directory', 'by': 'delegate-per', 'stance': 'support'},
            {'paragraph': 'cbm-directory', 'by': 'delegate-aus', 'stance': 'support'},
            {'paragraph': 'cbm-directory', 'by': 'delegate-pak', 'stance': 'reserve',
             'explanation': 'Two working days is too short for a small team; we would prefer five.'},
            {'paragraph': 'cbm-template', 'by': 'delegate-kaz', 'stance': 'support'},
            {'paragraph': 'cbm-template', 'by': 'delegate-sen', 'stance': 'support',
             'explanation': 'Le modèle doit exister en français.'},
            {'paragraph': 'cbm-exercises', 'by': 'delegate-arm', 'stance': 'support'},
            {'paragraph': 'cbm-exercises', 'by': 'delegate-ury', 'stance': 'support'},
            {'paragraph': 'cbm-exercises', 'by': 'delegate-gbr', 'stance': 'support'},
            {'paragraph': 'cbm-exercises', 'by': 'delegate-qat', 'stance': 'support'},
            {'paragraph': 'cbm-exercises', 'by': 'delegate-zaf', 'stance': 'support'},
            {'paragraph': 'cbm-infrastructure', 'by': 'delegate-blr', 'stance': 'object',
             'explanation': 'The designation of critical infrastructure is a sovereign matter and not for exchange.'},
            {'paragraph': 'cbm-infrastructure', 'by': 'delegate-nld', 'stance': 'support'},
            {'paragraph': 'cbm-doctrines', 'by': 'delegate-chn', 'stance': 'reserve',
             'explanation': 'Military doctrines should not be singled out.'},
            {'paragraph': 'cbm-doctrines', 'by': 'delegate-usa', 'stance': 'support'},
        ],
        'comments': [
            {'paragraph': 'cbm-template', 'by': 'ps-contoso',
             'body': 'The template should list the technical indicators a responder needs to act on a request.'},
            {'paragraph': 'cbm-exercises', 'by': 'member-jpn',
             'body': 'Japan would be glad to host the first exercise in a hybrid format.'},
            {'paragraph': 'cbm-directory', 'by': 'cs-opennet',
             'body': 'Publishing how many States answered the ping tests would build public confidence in the directory.'},
        ],
        'amendments': [
            {'key': 'cbm-pak-directory', 'paragraph': 'cbm-directory', 'by': 'delegate-pak',
             'explanation': 'Small teams need more time to answer.',
             'text': 'States will keep their entries in the global directory of Points of Contact up to date and '
                     'answer ping tests within five working days.'},
        ],
    }],
}
