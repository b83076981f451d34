import type { PrimarySite } from './care-plan';

/**
 * Who the practice follows up, decided here and nowhere else: a patient of the latest extract
 * whose diabetes is followed in general practice. Hospital patients and patients absent from the
 * latest extract are kept, but are on no list, get no flag and are in no indicator.
 */
export const practiceSite: PrimarySite = 'general_practice';

export function isFollowedInPractice(primarySite: PrimarySite): boolean {
  return primarySite === practiceSite;
}

export interface ActivitySubject {
  primarySite: PrimarySite;
  /** False when the patient was not in the latest extract. */
  inLatestExtract: boolean;
}

export function isActivePatient(subject: ActivitySubject): boolean {
  return subject.inLatestExtract && isFollowedInPractice(subject.primarySite);
}
