/**
 * How many SMS a message costs. A message in the GSM 7-bit alphabet (GSM 03.38, which has æ, ø
 * and å) fits 160 characters in one SMS and 153 in each part of a longer one; the characters of
 * the extension table are sent as two. One character outside the alphabet (an emoji, a curly
 * quote) sends the whole message as UCS-2: 70 in one SMS, 67 per part.
 */

const gsmBasic =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const gsmExtension = '\f^{}\\[~]|€';

const basic = new Set(gsmBasic);
const extension = new Set(gsmExtension);

export type SmsEncoding = 'gsm7' | 'ucs2';

export interface SmsLength {
  encoding: SmsEncoding;
  /** Characters as the SMS counts them: an extension character is two, an emoji (UCS-2) two. */
  characters: number;
  /** How many SMS the message is sent as; 0 for an empty message. */
  segments: number;
  /** How many characters one SMS holds for this message: 160 or 70, or 153 or 67 in a long one. */
  perSegment: number;
}

export const smsLimits = { gsm7: { single: 160, part: 153 }, ucs2: { single: 70, part: 67 } } as const;

/** What each character costs, or null when the message must go as UCS-2. */
function gsmCosts(text: string): number[] | null {
  const costs: number[] = [];
  for (const char of text) {
    if (basic.has(char)) costs.push(1);
    else if (extension.has(char)) costs.push(2);
    else return null;
  }
  return costs;
}

/** UCS-2 counts UTF-16 units: a character beyond the basic plane (most emoji) takes two. */
function ucs2Costs(text: string): number[] {
  return Array.from(text, (char) => char.length);
}

/** Parts are filled whole characters at a time: an escaped pair or a surrogate pair is never split between two SMS. */
function countParts(costs: readonly number[], part: number): number {
  let parts = 1;
  let used = 0;
  for (const cost of costs) {
    if (used + cost > part) {
      parts++;
      used = 0;
    }
    used += cost;
  }
  return parts;
}

export function smsLength(text: string): SmsLength {
  const gsm = gsmCosts(text);
  const encoding: SmsEncoding = gsm ? 'gsm7' : 'ucs2';
  const costs = gsm ?? ucs2Costs(text);
  const characters = costs.reduce((sum, cost) => sum + cost, 0);
  const limits = smsLimits[encoding];
  if (characters === 0) return { encoding, characters, segments: 0, perSegment: limits.single };
  if (characters <= limits.single) return { encoding, characters, segments: 1, perSegment: limits.single };
  return { encoding, characters, segments: countParts(costs, limits.part), perSegment: limits.part };
}

/** The characters of a message outside the GSM alphabet, each once, so the user can see what made it UCS-2. */
export function nonGsmCharacters(text: string): string[] {
  return [...new Set(Array.from(text).filter((char) => !basic.has(char) && !extension.has(char)))];
}
