import { z } from 'zod';
import { canonicalJson } from './canonical-json';
import type { SummaryFile, UnsignedSummary } from './summary-schema';

/**
 * A summary file is signed by the database that made it (a practice's, or the coordinator's for
 * the network's file): Ed25519 over the canonical JSON of everything but the signature. The
 * public key travels in the file; the receiver keeps the first key it sees for a label and
 * refuses another one later, so an edited file cannot be passed off by signing it anew.
 */
export const signatureAlgorithm = 'ed25519';

/** Base64 of exactly `bytes` bytes (standard alphabet, padded), as Node's `toString('base64')` writes it. */
function base64OfLength(bytes: number) {
  const chars = Math.ceil(bytes / 3) * 4;
  const padding = (3 - (bytes % 3)) % 3;
  return new RegExp(`^[A-Za-z0-9+/]{${chars - padding}}${'='.repeat(padding)}$`);
}

export const summarySignatureSchema = z
  .object({
    algorithm: z.literal(signatureAlgorithm),
    /** The signer's raw 32-byte Ed25519 public key. */
    publicKey: z.string().regex(base64OfLength(32), 'En Ed25519-nøgle er 32 byte i base64'),
    /** The 64-byte signature. */
    value: z.string().regex(base64OfLength(64), 'En Ed25519-underskrift er 64 byte i base64'),
  })
  .strict();
export type SummarySignature = z.infer<typeof summarySignatureSchema>;

/** Says whether `signature` is a valid signature of `payload` by its own public key; the host does the cryptography. */
export type SignatureVerifier = (payload: string, signature: SummarySignature) => boolean;

/** The text the signature is taken over: the canonical JSON of everything but the signature. */
export function signaturePayload(summary: UnsignedSummary | SummaryFile): string {
  const { signature: _signature, ...body } = summary as SummaryFile;
  return canonicalJson(body);
}

/** The refusal of a validly signed file whose key is not the one kept for its sender. */
export function changedKeyMessage(kind: SummaryFile['kind'], label: string): string {
  return kind === 'practice'
    ? `Opgørelsen fra «${label}» er underskrevet med en anden nøgle end de tidligere. Spørg praksis, om den har skiftet pc eller database, før du tager imod den.`
    : `Netværksopgørelsen fra «${label}» er underskrevet med en anden nøgle end de tidligere. Spørg koordinatoren, om netværket har skiftet pc eller database, før du tager imod den.`;
}
