import type { ClinicalFlag } from '../clinical-attention';
import type { ContactStatus } from '../contact-workflow';
import type { CheckKind, CheckState } from '../follow-up-states';
import type { WorklistName } from '../worklists';

/**
 * The Danish words exported files use. Files leave the app in Danish whatever the screen's
 * language, because they go to Danish colleagues, Excel and the practice's SMS system.
 */

export const worklistTitles: Readonly<Record<WorklistName, string>> = {
  annual_overdue: 'Årskontrol overskredet',
  eye_missing: 'Mangler øjenundersøgelse',
  foot_missing: 'Mangler fodundersøgelse',
  due_soon: 'Snart forfalden',
  clinical: 'Klinisk opmærksomhed',
  remind_tomorrow: 'Påmind i morgen',
  not_reached: 'Ikke nået',
  no_booking: 'Ingen tid booket',
  flagged: 'Alle med flag',
  all: 'Alle',
};

export const checkStateLabels: Readonly<Record<CheckState, string>> = {
  ok: 'OK',
  due_soon: 'Snart forfalden',
  overdue: 'Overskredet',
  overdue_long: 'Overskredet over et år',
  never: 'Aldrig registreret',
  not_in_extract: 'Ikke i udtrækket',
};

/** What a patient is called in for, as a letter says it. */
export const examinationNames: Readonly<Record<CheckKind, string>> = {
  annual: 'årskontrol',
  eye: 'øjenundersøgelse',
  foot: 'fodundersøgelse',
};

export const contactStatusLabels: Readonly<Record<ContactStatus, string>> = {
  none: 'Ikke kontaktet',
  invited: 'Indkaldt',
  no_answer: 'Intet svar',
  agreed: 'Vil komme',
  call_later: 'Ring igen senere',
  booked: 'Tid aftalt',
  done_awaiting: 'Udført, afventer udtræk',
  done_unconfirmed: 'Udført, ikke bekræftet',
  removed: 'Fjernet fra listen',
  same_day_screening: 'Screening samme dag aftalt',
  home_visit: 'Hjemmebesøg aftalt',
  coordination_meeting: 'Koordinerende møde aftalt',
};

export const clinicalFlagLabels: Readonly<Record<ClinicalFlag, string>> = {
  hba1c_above_target: 'HbA1c over mål',
  hba1c_very_high: 'HbA1c ≥ 75',
  bp_high: 'BT ≥ 130/80',
  smoking_unregistered: 'Rygestatus mangler',
  no_statin: 'Ingen statin',
  albuminuria: 'U-ALB ≥ 30',
  no_recent_hba1c: 'Ingen HbA1c i 12 mdr.',
  no_bp: 'Intet BT i 12 mdr.',
};

/** A file-name-safe form of a list's title: `Årskontrol overskredet` → `aarskontrol-overskredet`. */
export function listFileStem(list: WorklistName): string {
  return worklistTitles[list]
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'oe')
    .replaceAll('å', 'aa')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
