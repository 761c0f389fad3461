"""A club's general meeting as a gazette or newsletter lists it, in the four languages: the one
meeting of the pages that test sections of other dates (service dates, days off)."""

MEETING = {
    "de": "Mittwoch, 3. Februar 2027, 19:30 Uhr: Jahreshauptversammlung im Sportheim",
    "en": "Wednesday 3 February 2027, 7.30pm: Annual general meeting at the Sports Club",
    "fr": "Mercredi 3 février 2027, 19 h 30 : assemblée générale à la salle des fêtes",
    "es": "Miércoles 3 de febrero de 2027, 19:30: asamblea general en el Hogar del Jubilado",
}
