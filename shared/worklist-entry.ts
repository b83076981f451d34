import type { CarePlan, IsoDate, Sex } from './care-plan';
import { ageOn } from './calendar-dates';
import { clinicalFlagsFor } from './clinical-attention';
import { contactSummaryFor, eventsOfCheck, type ContactEvent } from './contact-workflow';
import type { CarriedFields } from './extract-columns';
import type { FollowUpWindows } from './follow-up-rules';
import { checkKinds, checkStatusFor, fieldOfCheck, graceUntil, type CheckKind } from './follow-up-states';
import type { RecallSettings } from './recall-settings';
import { unbookedChecks } from './booked-ahead';
import { notReachedFor } from './not-reached';
import { ageBandOf, type WorklistCheck, type WorklistEntry } from './worklists';

export interface WorklistPatient {
  cpr: string;
  birthDate: IsoDate;
  sex: Sex;
  firstExtractDate: IsoDate;
  plan: Pick<
    CarePlan,
    | 'name'
    | 'phone'
    | 'gp'
    | 'diabetesType'
    | 'annualCheck'
    | 'eyeExam'
    | 'footExam'
    | 'hba1c'
    | 'hba1cDate'
    | 'hba1cTarget'
    | 'bpSystolic'
    | 'bpDiastolic'
    | 'smoking'
    | 'statin'
    | 'ualb'
  >;
  /** In the order they were recorded. */
  events: readonly ContactEvent[];
  vulnerable: boolean;
  contactPerson: string | null;
}

export interface WorklistClock {
  /** The date the follow-up rules are applied on (by default the latest extract's date). */
  asOf: IsoDate;
  /** The practice's today, for snoozes and reminders. */
  today: IsoDate;
  windows: FollowUpWindows;
  settings: RecallSettings;
  currentBatchId: number | null;
  earliestExtractDate: IsoDate;
  /** The fields the latest extract has columns for: a check or rule without its column says nothing. */
  carried: CarriedFields;
}

function lastDoneOf(plan: WorklistPatient['plan'], check: CheckKind): IsoDate | null {
  if (check === 'annual') return plan.annualCheck;
  return check === 'eye' ? plan.eyeExam : plan.footExam;
}

/** Everything the lists need to know about one active patient, computed once per change. */
export function worklistEntryFor(patient: WorklistPatient, clock: WorklistClock): WorklistEntry {
  const checkFor = (check: CheckKind): WorklistCheck => {
    const lastDone = lastDoneOf(patient.plan, check);
    const carried = clock.carried.has(fieldOfCheck[check]);
    return {
      ...checkStatusFor(check, lastDone, clock.asOf, clock.windows, { dueSoonDays: clock.settings.dueSoonDays }, carried),
      // Without the check's column no episode can be told open or closed (every old contact would
      // look open against a missing date): the check has no contact state; the history keeps them.
      contact: contactSummaryFor(
        carried ? eventsOfCheck(patient.events, check) : [],
        lastDone,
        clock.currentBatchId,
        clock.today,
        { snoozeDays: clock.settings.snoozeDays },
      ),
    };
  };
  const [annual, eye, foot] = checkKinds.map(checkFor) as [WorklistCheck, WorklistCheck, WorklistCheck];
  const age = ageOn(patient.birthDate, clock.asOf);
  const carriedChecks = checkKinds.filter((check) => clock.carried.has(fieldOfCheck[check]));
  const notReached = notReachedFor(
    {
      checks: carriedChecks.map((check) => ({ check, events: eventsOfCheck(patient.events, check), lastDone: lastDoneOf(patient.plan, check) })),
      vulnerable: patient.vulnerable,
    },
    clock.settings.unansweredLimit,
  );
  return {
    cpr: patient.cpr,
    name: patient.plan.name,
    phone: patient.plan.phone,
    gp: patient.plan.gp,
    sex: patient.sex,
    age,
    ageBand: ageBandOf(age),
    diabetesType: patient.plan.diabetesType,
    checks: { annual, eye, foot },
    clinical: clinicalFlagsFor(patient.plan, clock.asOf, clock.carried),
    graceUntil: graceUntil(
      { firstExtractDate: patient.firstExtractDate, earliestExtractDate: clock.earliestExtractDate },
      clock.asOf,
      clock.settings.graceMonths,
    ),
    vulnerable: patient.vulnerable,
    contactPerson: patient.contactPerson,
    notReached,
    unbooked: unbookedChecks({ annual, eye, foot }, clock.today, clock.settings.bookAheadDays),
  };
}
