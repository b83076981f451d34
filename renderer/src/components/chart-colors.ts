/** Chart colours with at least 3:1 contrast on white (WCAG 1.4.11), told apart by dash as well. */
export const chartColors = {
  practice: '#1d4f91',
  network: '#b35900',
  target: '#2e6b34',
  bars: ['#1d4f91', '#3a7d44', '#8a5a00', '#a23b3b', '#5b4a8a', '#00677f'],
  neutral: '#5f6b7a',
} as const;
