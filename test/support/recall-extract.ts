import { openAppContext, type AppContext } from '../../core/app-context';
import { importExtract } from '../../core/services/import-service';

/**
 * A small extract with the cases outputs must get right: Danish letters, a name that looks like a
 * formula, phone numbers in several forms and none, and patients on different lists.
 */
export const recallExtractText = `Udtrukket: 21-11-2026
CPR-nr.;Navn;Læge;Telefon;Årskontrol;Øjenlægekontrol;Fodterapeut;Primært behandlingssted
610170-1234;Åse Ørsted;Læge Hansen;+45 20 30 40 50;01-01-2025;01-06-2025;01-06-2025;Almen praksis
620270-2345;"=HYPERLINK(""x"")";Læge Hansen;;15-09-2025;01-01-2020;01-06-2025;Almen praksis
630370-3456;Bo Berg;Læge Jensen;12 34 56 78;;;;Almen praksis
640470-4567;Carl Dam;Læge Jensen;123;01-10-2026;01-10-2026;01-10-2026;Almen praksis
650570-5678;Dorte Eg;Læge Hansen;22334455;01-01-2024;01-01-2024;01-01-2024;Hospital
`;

export function recallContext(dbPath: string): AppContext {
  const ctx = openAppContext(dbPath, { now: () => new Date('2026-11-23T09:00:00Z'), actor: 'test' });
  importExtract(ctx, { bytes: new TextEncoder().encode(recallExtractText), fileName: 'udtraek.csv' });
  return ctx;
}
