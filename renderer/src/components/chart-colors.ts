/** Chart colours with at least 3:1 contrast on white (WCAG 1.4.11), told apart by dash as well. */
export const chartColors = {
  practice: '#1d4f91',
  network: '#b35900',
  target: '#2e6b34',
  bars: ['#1d4f91', '#3a7d44', '#8a5a00', '#a23b3b', '#5b4a8a', '#00677f'],
  neutral: '#5f6b7a',
  /** Graded follow-up states, from good (green) to never registered (dark red). */
  states: { ok: '#2e6b34', due_soon: '#8a6d00', overdue: '#c05600', overdue_long: '#a3271b', never: '#5c1a12', not_in_extract: '#9aa3ad' },
} as const;
