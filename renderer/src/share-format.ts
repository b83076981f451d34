/** A share (0..1) as the user's language writes a percentage: `85,3 %` in Danish. */
export function formatShare(share: number | null, language: string): string {
  if (share === null) return '';
  return new Intl.NumberFormat(language, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(share);
}
