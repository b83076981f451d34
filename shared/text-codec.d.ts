/**
 * The text codecs shared/ counts on its host for: the WHATWG Encoding API, which Node and every
 * browser have but the ECMAScript library does not. Only what shared/ uses, so that shared/
 * compiles against ES alone (tsconfig.shared.json); the other programs see the real DOM and
 * Node declarations instead (tsconfig.json leaves this file out, as the two would clash).
 */
interface TextDecoder {
  decode(input?: Uint8Array): string;
}
declare const TextDecoder: new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => TextDecoder;

interface TextEncoder {
  encode(input?: string): Uint8Array;
}
declare const TextEncoder: new () => TextEncoder;
