import { describe, expect, it } from 'vitest';
import { da } from '../../../renderer/src/i18n/da';
import { en } from '../../../renderer/src/i18n/en';
import { networkDa } from '../../../renderer/src/i18n/network-da';

function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/{{\s*(\w+)/g)].map((match) => match[1] ?? '').sort();
}

function leaf(catalogue: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], catalogue);
}

describe('message catalogues', () => {
  it('Danish and English hold exactly the same keys', () => {
    expect(keyPaths(en).sort()).toEqual(keyPaths(da).sort());
  });

  it('every message is a non-empty string with the same placeholders in both languages', () => {
    for (const path of keyPaths(da)) {
      const danish = leaf(da, path);
      const english = leaf(en, path);
      expect(typeof danish, path).toBe('string');
      expect(typeof english, path).toBe('string');
      expect((danish as string).trim(), path).not.toBe('');
      expect(placeholders(english as string), path).toEqual(placeholders(danish as string));
    }
  });

  it('uses the agreed Danish terms', () => {
    expect(da.flags).toEqual({
      annual_overdue: 'Årskontrol overskredet',
      eye_missing: 'Mangler øjenundersøgelse',
      foot_missing: 'Mangler fodundersøgelse',
    });
    expect(da.worklist.lists).toEqual({
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
    });
    expect(da.worklist.cpr).toBe('CPR-nr.');
    expect(da.import.title).toBe('Indlæs udtræk');
  });

  it('says the words a nurse reads without stopping', () => {
    const texts = [...keyPaths(da).map((path) => leaf(da, path)), ...keyPaths(networkDa).map((path) => leaf(networkDa, path))] as string[];
    // One spelling of the button: "Annullér", never "Annuller" (the verb "annullerer" is another word).
    expect(texts.filter((text) => /\bAnnuller\b/.test(text))).toEqual([]);
    expect(texts.filter((text) => /Annullér/.test(text)).length).toBeGreaterThan(2);
    // A checksum means nothing to a nurse; it belongs in the audit log.
    expect(texts.filter((text) => /SHA|sha256/.test(text))).toEqual([]);
    expect(da.contactForm.appointment).toBe('Dato for aftalen');
    expect(da.report.patientsAbsent).toBe('Med i forrige udtræk, ikke i dette');
    // The badge beside it already says "Aldrig registreret".
    expect(da.panel.checkNever).not.toContain(da.states.never);
    // The app calls a letter to a patient an indkaldelse.
    expect([da.outputs.exportOpen, da.outputs.formats.letters, da.outputs.letterTemplate, da.outputs.settingsTitle].join(' ')).not.toMatch(/\bbrev/i);
  });
});
