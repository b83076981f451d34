import { ContractError } from '../contract';

/**
 * The largest file Tovholder reads as an extract: 256 MiB. The format's largest extract, a cluster
 * or municipality merge of 200,000 rows, measured 25 MB as CSV and 52 MB as XLSX (the demo
 * extract with every column), so the cap leaves five to ten times that for wider exports and
 * longer text. It is checked before a byte is read or decoded: a 1 GB single-line CSV once
 * aborted the CLI with a V8 fatal error instead of a message.
 */
export const maxExtractBytes = 256 * 1024 * 1024;

/** Why a file over the cap is refused, in the user's words: its size, the cap, and what to do. */
export function tooLargeMessage(byteLength: number): string {
  const mb = (bytes: number) => Math.round(bytes / (1024 * 1024)).toLocaleString('da-DK');
  return `Filen fylder ${mb(byteLength)} MB og er for stor til at være et udtræk af forløbsplaner (højst ${mb(maxExtractBytes)} MB; et udtræk med 200.000 rækker fylder omkring 50 MB). Intet er indlæst, og databasen er uændret.`;
}

/** Throws the contract's refusal (`extract.too_large`) for a file of this many bytes over the cap. */
export function refuseOversizedExtract(byteLength: number): void {
  if (byteLength > maxExtractBytes) throw new ContractError('extract.too_large', tooLargeMessage(byteLength));
}
