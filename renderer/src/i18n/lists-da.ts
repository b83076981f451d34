/** The Danish strings of *Ikke nået* and the lists of what changed between extracts. */
export const listsDa = {
  unknownChecks: 'Listen kan ikke laves: udtrækket har ingen kolonne for årskontrol, øjen- eller fodundersøgelse.',
  notReached: {
    label: 'Ikke nået ({{count}} forsøg)',
    suggestion: 'Næste skridt: {{step}}',
    steps: {
      phone_call: 'ring til patienten',
      named_contact: 'den faste sygeplejerske eller kontaktperson tager kontakt',
      contact_person: 'kontaktpersonen tager kontakt',
      same_day_screening: 'screening samme dag i ambulatoriet',
      home_visit: 'hjemmebesøg',
    },
  },
  changes: {
    groupLabel: 'Ændret siden sidste udtræk',
    lists: {
      back_from_hospital: 'Tilbage fra ambulatoriet',
      new_in_register: 'Nye i registret',
      not_in_latest: 'Ikke med i seneste udtræk',
      hba1c_rising: 'HbA1c stiger',
    },
    hints: {
      back_from_hospital: 'Fulgt på hospitalet i udtrækket før, nu i almen praksis: aftal årskontrol.',
      new_in_register: 'Tilbyd kommunal rehabilitering og en første årskontrol.',
      not_in_latest: 'Var med i udtrækket før, ikke i det seneste. Flyttet eller død? Bekræft med Fjern fra listen.',
      hba1c_rising: 'HbA1c steget mindst 5 mmol/mol siden udtrækket før og over behandlingsmålet.',
    },
    compared: 'Udtræk {{latest}} sammenlignet med {{previous}}.',
    noPrevious: 'Listen kræver to udtræk. Der er kun ét.',
    unknown: 'Listen kan ikke laves: udtrækket har ingen kolonne for {{fields}}.',
    empty: 'Ingen patienter på denne liste.',
    offerRehab: 'Tilbyd rehabilitering',
    hba1c: '{{before}} → {{latest}} (mål {{target}})',
    columns: { cpr: 'CPR-nr.', name: 'Navn', phone: 'Telefon', gp: 'Læge', detail: 'Bemærkning' },
  },
};
