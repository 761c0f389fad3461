"""A lecture programme's intro stating where and when its talks are held "unless otherwise
noted", in the four languages, and the venue it names: shared by the tests of entries read
under such a list-wide place."""

RULES = {
    "en": "Unless otherwise noted, lectures are held at the **Millbrook Public Library**, 212 Elm "
    "Street, and begin at **7:00 p.m.**",
    "de": "Sofern nicht anders angegeben, finden die Vorträge im **Stadtarchiv**, Marktplatz 3, "
    "statt und beginnen um **19 Uhr**.",
    "fr": "Sauf indication contraire, les conférences ont lieu à la **Maison de la Nature**, 10 "
    "rue Bossuet, 44000 Nantes, et commencent à 19h30.",
    "es": "Salvo indicación contraria, las charlas son en el **Archivo Municipal**, Plaza Mayor "
    "3, a las **19:00**.",
}
VENUE = {
    "en": "Millbrook Public Library",
    "de": "Stadtarchiv",
    "fr": "Maison de la Nature",
    "es": "Archivo Municipal",
}
