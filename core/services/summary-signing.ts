import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import { ContractError } from '../../shared/contract';
import type { SummaryFile, UnsignedSummary } from '../../shared/summary/summary-schema';
import { changedKeyMessage, signatureAlgorithm, signaturePayload, type SummarySignature } from '../../shared/summary/summary-signature';
import type { AppContext } from '../app-context';
import type { SigningKeyRow, SummaryKeyRow } from '../db/signing-queries';

// An Ed25519 SubjectPublicKeyInfo is this fixed header and then the raw 32-byte key.
const ed25519SpkiHeader = Buffer.from('302a300506032b6570032100', 'hex');

/** A key pair as it is stored: the raw public key and the PKCS#8 private key, both base64. */
export interface SigningKey {
  publicKey: string;
  privateKey: string;
}

export function generateSigningKey(): SigningKey {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    publicKey: publicKey.export({ format: 'der', type: 'spki' }).subarray(ed25519SpkiHeader.length).toString('base64'),
    privateKey: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
  };
}

/** This database's key pair, made and stored the first time it is needed. */
function ownKey(ctx: AppContext): SigningKeyRow {
  const existing = ctx.signingQueries.signingKey();
  if (existing) return existing;
  const key = generateSigningKey();
  ctx.signingQueries.insertSigningKey({ algorithm: signatureAlgorithm, public_key: key.publicKey, private_key: key.privateKey, created_at: ctx.now().toISOString() });
  // Read back: if another process (the app beside the CLI) made one in the meantime, its key is the one kept.
  return ctx.signingQueries.signingKey() as SigningKeyRow;
}

/** The public half of this database's key, as it stands in the files it signs. */
export function ownPublicKey(ctx: AppContext): string {
  return ownKey(ctx).public_key;
}

/** The summary with its signature by `key`. */
export function signSummaryWithKey<T extends SummaryFile>(unsigned: UnsignedSummary<T>, key: SigningKey): T {
  const privateKey = createPrivateKey({ key: Buffer.from(key.privateKey, 'base64'), format: 'der', type: 'pkcs8' });
  const value = sign(null, Buffer.from(signaturePayload(unsigned), 'utf8'), privateKey).toString('base64');
  const signature: SummarySignature = { algorithm: signatureAlgorithm, publicKey: key.publicKey, value };
  // A summary handed in with an old signature gets the new one in its place.
  return { ...unsigned, signature } as T;
}

/** The summary with its signature by this database's key. */
export function signSummary<T extends SummaryFile>(ctx: AppContext, unsigned: UnsignedSummary<T>): T {
  const key = ownKey(ctx);
  return signSummaryWithKey<T>(unsigned, { publicKey: key.public_key, privateKey: key.private_key });
}

/** True when `signature` is a valid Ed25519 signature of `payload` by the key it names. */
export function verifySummarySignature(payload: string, signature: SummarySignature): boolean {
  if (signature.algorithm !== signatureAlgorithm) return false;
  try {
    const publicKey = createPublicKey({ key: Buffer.concat([ed25519SpkiHeader, Buffer.from(signature.publicKey, 'base64')]), format: 'der', type: 'spki' });
    return verify(null, Buffer.from(payload, 'utf8'), publicKey, Buffer.from(signature.value, 'base64'));
  } catch {
    return false;
  }
}

/** A sender's key to keep with the file being imported, and the key it takes the place of, if any. */
export interface SenderKeyChange {
  row: SummaryKeyRow;
  replaces: string | null;
}

/**
 * Trust on first use. A sender's first file brings its key, to be kept with the file (in the
 * same transaction); a later file with the kept key changes nothing (null); a file with another
 * key is refused, unless the user has made sure the sender changed computer or database and
 * accepts the new key (`acceptNewKey`), which then takes the old one's place. The signature itself
 * was verified when the file was read.
 */
export function senderKeyChange(ctx: AppContext, summary: SummaryFile, label: string, fileName: string, acceptNewKey = false): SenderKeyChange | null {
  const kept = ctx.signingQueries.summaryKey(summary.kind, label);
  const same = kept !== undefined && kept.public_key === summary.signature.publicKey && kept.algorithm === summary.signature.algorithm;
  if (same) return null;
  if (kept && !acceptNewKey) throw new ContractError('summary.keyChanged', changedKeyMessage(summary.kind, label));
  return {
    row: {
      kind: summary.kind,
      label,
      algorithm: summary.signature.algorithm,
      public_key: summary.signature.publicKey,
      first_file_name: fileName,
      first_seen_at: ctx.now().toISOString(),
    },
    replaces: kept?.public_key ?? null,
  };
}

export function keepSenderKey(ctx: AppContext, change: SenderKeyChange): void {
  ctx.signingQueries.putSummaryKey(change.row);
}
