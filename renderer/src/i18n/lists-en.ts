import type { listsDa } from './lists-da';

/** The English strings of *Not reached* and the lists of what changed between extracts. */
export const listsEn: typeof listsDa = {
  unknownChecks: 'This list cannot be made: the extract has no column for the annual check, eye or foot exam.',
  notReached: {
    label: 'Not reached ({{count}} tries)',
    suggestion: 'Next step: {{step}}',
    steps: {
      phone_call: 'call the patient',
      named_contact: 'the named nurse or contact person gets in touch',
      contact_person: 'the contact person gets in touch',
      same_day_screening: 'same-day screening at the hospital clinic',
      home_visit: 'home visit',
    },
  },
  changes: {
    groupLabel: 'Changed since the last extract',
    lists: {
      back_from_hospital: 'Back from the hospital clinic',
      new_in_register: 'New in the register',
      not_in_latest: 'Not in the latest extract',
      hba1c_rising: 'HbA1c rising',
    },
    hints: {
      back_from_hospital: 'Followed at the hospital in the extract before, now in general practice: book an annual check.',
      new_in_register: 'Offer municipal rehabilitation and a first annual check.',
      not_in_latest: 'In the extract before, not in the latest. Moved or died? Confirm with Remove from list.',
      hba1c_rising: 'HbA1c up by at least 5 mmol/mol since the extract before and above target.',
    },
    compared: 'Extract {{latest}} compared with {{previous}}.',
    noPrevious: 'This list needs two extracts. There is only one.',
    unknown: 'This list cannot be made: the extract has no column for {{fields}}.',
    empty: 'No patients on this list.',
    offerRehab: 'Offer rehabilitation',
    hba1c: '{{before}} → {{latest}} (target {{target}})',
    columns: { cpr: 'CPR no.', name: 'Name', phone: 'Phone', gp: 'GP', detail: 'Note' },
  },
};
