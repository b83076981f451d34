import { writeCsv } from '../import/csv';

/**
 * A synthetic care-plan extract that looks like a real XMO export: a preamble, `;` as
 * delimiter, a UTF-8 BOM, mixed date styles, `Ja`/`J`/`1` variants, some hospital patients,
 * some gaps. Every CPR is a replacement number (day + 60), so none can be a real person's.
 * Seeded: the same seed gives the same file.
 */

export interface DemoOptions {
  seed: number;
  patients: number;
  /** `YYYY-MM-DD`; every event date lies on or before it. */
  extractDate: string;
  practiceName?: string;
}

const firstNames = [
  'Anne', 'Birgitte', 'Bodil', 'Ellen', 'Grethe', 'Hanne', 'Inge', 'Karen', 'Kirsten', 'Lene', 'Mette', 'Susanne',
  'Åse', 'Jens', 'Peter', 'Lars', 'Henrik', 'Søren', 'Niels', 'Ole', 'Mads', 'Jørgen', 'Frederik', 'Øjvind',
];
const lastNames = [
  'Jensen', 'Nielsen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen',
  'Jørgensen', 'Møller', 'Kjær', 'Østergaard', 'Bæk', 'Ågård', 'Mølgaard',
];
const doctors = ['AB', 'KM', 'SØ'];

export const demoHeader = [
  'CPR-nr.', 'Navn', 'Køn', 'Læge', 'Diagnose', 'Primært behandlingssted', 'HbA1c (mmol/mol)', 'HbA1c dato',
  'Behandlingsmål HbA1c', 'BT', 'U-ALB', 'Rygestatus', 'ACE/AT2', 'Statiner', 'Årskontrol', 'Øjenlægekontrol',
  'Fodterapeut', 'Kommunalt rehabiliteringstilbud', 'Telefon',
];

/** mulberry32: small, fast, and good enough to make believable demo data. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const dayMs = 86_400_000;

function toUtcDay(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / dayMs;
}

function fromUtcDay(day: number): { y: number; m: number; d: number } {
  const date = new Date(day * dayMs);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Practices write dates in several ways; the demo does too. */
function danishDate(day: number, style: number): string {
  const { y, m, d } = fromUtcDay(day);
  switch (style % 4) {
    case 0:
      return `${pad(d)}-${pad(m)}-${y}`;
    case 1:
      return `${pad(d)}.${pad(m)}.${y}`;
    case 2:
      return `${y}-${pad(m)}-${pad(d)}`;
    default:
      return `${d}-${m}-${y}`;
  }
}

function replacementCpr(random: () => number, extractDay: number, index: number): string {
  const ageDays = Math.floor((30 + random() * 60) * 365.25);
  const { y, m, d } = fromUtcDay(extractDay - ageDays);
  const yy = y % 100;
  const centuryDigit = y >= 2000 ? 4 : yy <= 36 ? 5 + Math.floor(random() * 3) : Math.floor(random() * 4);
  const serial = String((index * 7 + Math.floor(random() * 100)) % 1000).padStart(3, '0');
  return `${pad(d + 60)}${pad(m)}${pad(yy)}${centuryDigit}${serial.slice(0, 2)}${serial.slice(2)}`;
}

export function demoExtractRows(options: DemoOptions): string[][] {
  const random = seededRandom(options.seed);
  const extractDay = toUtcDay(options.extractDate);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const daysAgo = (maxMonths: number, minMonths = 0) =>
    extractDay - Math.floor((minMonths + random() * (maxMonths - minMonths)) * 30.4);
  const yesNo = () => pick(['Ja', 'Nej', 'J', 'N', '1', '0', 'ja', 'nej']);

  const rows: string[][] = [];
  for (let i = 0; i < options.patients; i++) {
    const cpr = replacementCpr(random, extractDay, i);
    const style = Math.floor(random() * 4);
    const hospital = random() < 0.06;
    const annualRoll = random();
    const annual = annualRoll < 0.72 ? daysAgo(12) : annualRoll < 0.84 ? daysAgo(15, 12) : annualRoll < 0.96 ? daysAgo(40, 15) : null;
    const eye = random() < 0.92 ? (random() < 0.85 ? daysAgo(24) : daysAgo(48, 24)) : null;
    const foot = random() < 0.95 ? (random() < 0.9 ? daysAgo(24) : daysAgo(48, 24)) : null;
    const hba1cDay = daysAgo(14);
    const hba1c = random() < 0.03 ? `${(6 + random() * 3).toFixed(1).replace('.', ',')}` : String(Math.round(40 + random() * 45));
    const systolic = Math.round(115 + random() * 45);
    const diastolic = Math.round(65 + random() * 25);
    rows.push([
      random() < 0.5 ? `${cpr.slice(0, 6)}-${cpr.slice(6)}` : cpr,
      `${pick(firstNames)} ${pick(lastNames)}`,
      random() < 0.1 ? '' : Number(cpr[9]) % 2 === 1 ? pick(['M', 'Mand']) : pick(['K', 'Kvinde']),
      pick(doctors),
      random() < 0.9 ? pick(['T90', 'DE11', 'Type 2-diabetes']) : pick(['T89', 'DE10']),
      hospital ? pick(['Hospital', 'Ambulatorium']) : pick(['Almen praksis', 'AP', '']),
      random() < 0.05 ? '' : hba1c,
      danishDate(hba1cDay, style),
      random() < 0.4 ? String(pick([48, 53, 58, 64])) : '',
      random() < 0.04 ? '' : `${systolic}/${diastolic}`,
      pick(['<30', '<30', '<30', '30-299', '300-699', '', String(Math.round(random() * 900))]),
      pick(['Ja', 'Nej', 'Nej', 'Nej', 'Ukendt', '']),
      yesNo(),
      random() < 0.1 ? '' : yesNo(),
      annual === null ? '' : danishDate(annual, style),
      eye === null ? '' : danishDate(eye, style + 1),
      foot === null ? '' : danishDate(foot, style + 2),
      pick(['Ja', 'Nej', '']),
      `${pick(['2', '3', '4', '5', '6', '7', '8'])}${String(Math.floor(random() * 10_000_000)).padStart(7, '0')}`,
    ]);
  }
  return rows;
}

export function demoExtractText(options: DemoOptions): string {
  const { y, m, d } = fromUtcDay(toUtcDay(options.extractDate));
  const preamble = [
    [`Udtrukket: ${pad(d)}-${pad(m)}-${y}`],
    [`Praksis: ${options.practiceName ?? 'Lægehuset Demoby'}`],
  ];
  return writeCsv([...preamble, demoHeader, ...demoExtractRows(options)], { delimiter: ';', lineEnding: '\r\n' });
}

/** The demo extract as the bytes of a file, the way the app imports it. */
export function demoExtractFile(options: DemoOptions): { fileName: string; bytes: Uint8Array } {
  const text = `\ufeff${demoExtractText(options)}`;
  return { fileName: `demo_forloebsplaner_${options.extractDate}.csv`, bytes: new TextEncoder().encode(text) };
}
