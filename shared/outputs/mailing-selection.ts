import { z } from 'zod';
import { isoDateSchema } from '../care-plan';
import { coveredChecksSchema } from '../contact-workflow';
import type { CheckKind } from '../follow-up-states';
import type { WorklistEntry, WorklistName } from '../worklists';
import { checksToInvite } from './recall-table';
import { danishPhone } from './sms-list';

/** The outputs that invite patients, and the channel each records the invitations with. */
export const mailingKinds = ['letters', 'sms'] as const;
export type MailingKind = (typeof mailingKinds)[number];
export const mailingChannelOf = { letters: 'letter', sms: 'sms' } as const satisfies Record<MailingKind, 'letter' | 'sms'>;
export const mailingChannelSchema = z.enum(['letter', 'sms']);
export type MailingChannel = z.infer<typeof mailingChannelSchema>;

const cprSchema = z.string().regex(/^\d{10}$/, 'CPR-nummeret skal være ti cifre.');

/** One patient in a mailing: one invitation covering every check the file calls them in for. */
export const mailingInvitationSchema = z.object({ cpr: cprSchema, checks: coveredChecksSchema }).strict();
export type MailingInvitation = z.infer<typeof mailingInvitationSchema>;

export const mailingPlanSchema = z.object({
  channel: mailingChannelSchema,
  invitations: z.array(mailingInvitationSchema),
  /** Patients in the list whose invitation would not be recorded, each with why, in Danish. */
  notRecorded: z.array(z.string()),
});
export type MailingPlan = z.infer<typeof mailingPlanSchema>;

/** How a patient is named to the user: name and birth date, never the whole CPR number. */
export function patientLabel(entry: Pick<WorklistEntry, 'name' | 'cpr'>): string {
  return `${entry.name ?? 'Uden navn'} (${entry.cpr.slice(0, 6)})`;
}

/**
 * The invitations a mailing made of these list rows would record: one per patient in the file,
 * covering the checks the letter or SMS names (`checksToInvite`, the same the merge field
 * `{{undersøgelse}}` is filled from). An SMS list leaves out a patient without a usable phone
 * number, so their invitation is not recorded either; a patient with no check to call in for
 * gets a letter saying "kontrol" but no invitation, and is named.
 */
export function mailingPlan(entries: readonly WorklistEntry[], list: WorklistName, kind: MailingKind): MailingPlan {
  const invitations: { cpr: string; checks: CheckKind[] }[] = [];
  const notRecorded: string[] = [];
  for (const entry of entries) {
    if (kind === 'sms' && danishPhone(entry.phone) === null) {
      notRecorded.push(`${patientLabel(entry)}: får ingen SMS (intet brugbart telefonnummer)`);
      continue;
    }
    const checks = checksToInvite(entry, list);
    if (checks.length === 0) {
      notRecorded.push(`${patientLabel(entry)}: ingen forfalden kontrol at registrere indkaldelsen for`);
      continue;
    }
    invitations.push({ cpr: entry.cpr, checks });
  }
  return { channel: mailingChannelOf[kind], invitations, notRecorded };
}

/** Recording a mailing's invitations: the plan the export made, as the file holds it. */
export const mailingRecordSchema = z
  .object({
    channel: mailingChannelSchema,
    invitations: z
      .array(mailingInvitationSchema)
      .min(1, 'Der er ingen indkaldelser at registrere.')
      .max(200_000)
      .refine((all) => new Set(all.map((one) => one.cpr)).size === all.length, { message: 'En patient er med to gange i udsendelsen.' }),
    on: isoDateSchema.optional(),
  })
  .strict();
export type MailingRecord = z.input<typeof mailingRecordSchema>;

export const mailingResultSchema = z.object({
  mailingId: z.string(),
  channel: mailingChannelSchema,
  on: isoDateSchema,
  /** Invitations recorded (recording) or taken back (undoing). */
  count: z.number().int(),
  actor: z.string(),
});
export type MailingResult = z.infer<typeof mailingResultSchema>;
