import { describe, expect, it } from 'vitest';
import { printWindowOptions } from '../../../electron/print-window';

describe('the hidden window documents are printed in', () => {
  const options = printWindowOptions();

  it('is hidden, sandboxed, without Node, preload or JavaScript', () => {
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, webSecurity: true });
    expect(options.webPreferences?.preload).toBeUndefined();
  });
});
