import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inMemory, openAppContext } from '../../../core/app-context';
import { generateSigningKey, keepSenderKey, senderKeyChange, signSummaryWithKey, verifySummarySignature } from '../../../core/services/summary-signing';
import { ContractError } from '../../../shared/contract';
import { everyField } from '../../../shared/extract-columns';
import { defaultFollowUpWindows } from '../../../shared/follow-up-rules';
import { buildPracticeSummary, roundShare } from '../../../shared/summary/build-summary';
import { canonicalJson } from '../../../shared/summary/canonical-json';
import { computeSummaryTable, type SummaryPatient } from '../../../shared/summary/compute-indicators';
import { defaultIndicatorTargets } from '../../../shared/summary/indicator-definitions';
import { readSummaryText, summaryFileText } from '../../../shared/summary/summary-file';
import type { PracticeSummary, UnsignedSummary } from '../../../shared/summary/summary-schema';
import { signaturePayload } from '../../../shared/summary/summary-signature';

const patient: SummaryPatient = {
  sex: 'K', birthDate: '1960-06-01', diabetesType: 2, primarySite: 'general_practice', hba1c: 50, bpSystolic: 125,
  bpDiastolic: 75, ualb: null, smoking: true, statin: true, annualCheck: '2026-01-10', eyeExam: '2025-03-01',
  footExam: '2025-03-01', rehab: true,
};

const practiceKey = generateSigningKey();
const otherKey = generateSigningKey();

function unsigned(): UnsignedSummary<PracticeSummary> {
  // Half of 30 on statin: both the numerator and the rest are well above the hidden range, so statin is shown.
  const patients = Array.from({ length: 30 }, (_, index) => ({ ...patient, statin: index % 2 === 0 }));
  const table = computeSummaryTable(patients, '2026-05-31', defaultFollowUpWindows, everyField);
  return buildPracticeSummary(table, {
    practiceLabel: 'Lægehuset', asOf: '2026-05-31', generatedAt: '2026-06-01T08:00:00.000Z', appVersion: '0.1.0', disclosure: { policy: 'suppress', threshold: 5 }, targets: defaultIndicatorTargets,
  });
}

/** The file with one patient fewer on statin, its share to match, so only the signature can tell. */
function withOneFewerOnStatin(summary: PracticeSummary): PracticeSummary {
  const n = summary.population.count as number;
  return {
    ...summary,
    indicators: summary.indicators.map((i) => {
      if (i.id !== 'statin') return i;
      const count = (i.numerator?.count as number) - 1;
      return { ...i, numerator: { count }, share: roundShare(count, n) };
    }),
  };
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('summary signatures', () => {
  it('signs the canonical JSON without the signature, and the signature verifies however the file is indented', () => {
    const summary = signSummaryWithKey<PracticeSummary>(unsigned(), practiceKey);
    expect(summary.signature).toMatchObject({ algorithm: 'ed25519', publicKey: practiceKey.publicKey });
    expect(Buffer.from(summary.signature.publicKey, 'base64')).toHaveLength(32);
    expect(Buffer.from(summary.signature.value, 'base64')).toHaveLength(64);
    const { signature: _signature, ...body } = summary;
    expect(signaturePayload(summary)).toBe(canonicalJson(body));
    expect(verifySummarySignature(signaturePayload(summary), summary.signature)).toBe(true);
    expect(readSummaryText(summaryFileText(summary), verifySummarySignature)).toEqual({ ok: true, summary });
    expect(readSummaryText(JSON.stringify(summary), verifySummarySignature)).toEqual({ ok: true, summary });
  });

  it('refuses a changed number that keeps the old signature, and a signature laid under another key', () => {
    const summary = signSummaryWithKey<PracticeSummary>(unsigned(), practiceKey);
    const edited = withOneFewerOnStatin(summary);
    expect(readSummaryText(JSON.stringify(edited), verifySummarySignature)).toMatchObject({
      ok: false,
      code: 'summary.tampered',
      message: 'Filen er blevet ændret, efter den blev lavet (underskriften passer ikke). Bed om at få filen sendt igen.',
    });
    const otherPublicKey = { ...summary, signature: { ...summary.signature, publicKey: otherKey.publicKey } };
    expect(readSummaryText(JSON.stringify(otherPublicKey), verifySummarySignature)).toMatchObject({ ok: false, code: 'summary.tampered' });
    const truncated = { ...summary, signature: { ...summary.signature, value: summary.signature.value.slice(0, 40) } };
    expect(readSummaryText(JSON.stringify(truncated), verifySummarySignature)).toMatchObject({ ok: false, code: 'summary.invalid' });
  });

  it('is not fooled by a recomputed SHA-256: in place of the signature or beside it, the file is refused', () => {
    const summary = signSummaryWithKey<PracticeSummary>(unsigned(), practiceKey);
    const { signature, ...edited } = withOneFewerOnStatin(summary);
    const checksum = sha256(canonicalJson(edited));
    expect(readSummaryText(JSON.stringify({ ...edited, checksum }), verifySummarySignature)).toMatchObject({ ok: false, code: 'summary.invalid' });
    expect(readSummaryText(JSON.stringify({ ...edited, checksum, signature }), verifySummarySignature)).toMatchObject({ ok: false, code: 'summary.invalid' });
    expect(readSummaryText(JSON.stringify({ ...edited, signature }), verifySummarySignature)).toMatchObject({ ok: false, code: 'summary.tampered' });
  });

  it('lets a changed number re-signed with another key through the signature check, and the store that kept the first key refuses it', () => {
    const ctx = openAppContext(inMemory, { now: () => new Date('2026-06-02T08:00:00Z'), actor: 'koordinator' });
    const original = signSummaryWithKey<PracticeSummary>(unsigned(), practiceKey);
    const first = senderKeyChange(ctx, original, 'Lægehuset', 'opgoerelse.json');
    expect(first).toEqual({
      row: { kind: 'practice', label: 'Lægehuset', algorithm: 'ed25519', public_key: practiceKey.publicKey, first_file_name: 'opgoerelse.json', first_seen_at: '2026-06-02T08:00:00.000Z' },
      replaces: null,
    });
    keepSenderKey(ctx, first!);
    expect(senderKeyChange(ctx, original, 'Lægehuset', 'igen.json')).toBeNull();

    const forged = signSummaryWithKey<PracticeSummary>(withOneFewerOnStatin(original), otherKey);
    expect(readSummaryText(JSON.stringify(forged), verifySummarySignature)).toMatchObject({ ok: true });
    let refusal: unknown;
    try {
      senderKeyChange(ctx, forged, 'Lægehuset', 'forfalsket.json');
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(ContractError);
    expect(refusal).toMatchObject({
      code: 'summary.keyChanged',
      message: 'Opgørelsen fra «Lægehuset» er underskrevet med en anden nøgle end de tidligere. Spørg praksis, om den har skiftet pc eller database, før du tager imod den.',
    });
    // Only when the user has asked the practice and accepts the new key does it take the old one's place.
    expect(senderKeyChange(ctx, forged, 'Lægehuset', 'ny-pc.json', true)).toMatchObject({ row: { public_key: otherKey.publicKey }, replaces: practiceKey.publicKey });
    // Another practice's first file is its own first use.
    expect(senderKeyChange(ctx, forged, 'Klinikken', 'klinikken.json')).toMatchObject({ row: { label: 'Klinikken', public_key: otherKey.publicKey }, replaces: null });
    ctx.db.close();
  });
});
