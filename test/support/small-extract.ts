/** A small extract in the practice system's form: `;`, a preamble with the extract date, one row per patient. */
export function smallExtract(extractDate: string, rows: string[][]): { fileName: string; bytes: Uint8Array } {
  const [year, month, day] = extractDate.split('-');
  const text = [
    `Udtrukket: ${day}-${month}-${year}`,
    'CPR-nr.;Navn;Læge;Årskontrol;Øjenlægekontrol;Fodterapeut;Telefon',
    ...rows.map((row) => row.join(';')),
  ].join('\r\n');
  return { fileName: `udtraek_${extractDate}.csv`, bytes: new TextEncoder().encode(text) };
}
