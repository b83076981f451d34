/**
 * The only addresses Tovholder hands to the system browser (`shell.openExternal`): the national
 * health portal and the GPs' society's guidelines, over HTTPS, with no user name or password in
 * the address. Anything else a page tries to open is dropped, never passed to the OS, which
 * would otherwise run whatever handler a `file:`, `smb:` or custom scheme names.
 */
export const externalLinkOrigins: readonly string[] = ['https://www.sundhed.dk', 'https://www.dsam.dk'];

export function isAllowedExternalLink(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '' && externalLinkOrigins.includes(parsed.origin);
}
