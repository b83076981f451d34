import { expect, test } from './fixtures/browser-host';

test.describe('the renderer reaches data only through the contract', () => {
  test('no Node or Electron globals in the page', async ({ page }) => {
    await page.getByRole('heading', { level: 1 }).waitFor();
    const globals = await page.evaluate(() => ({
      require: typeof (window as unknown as Record<string, unknown>).require,
      process: typeof (window as unknown as Record<string, unknown>).process,
      module: typeof (window as unknown as Record<string, unknown>).module,
    }));
    expect(globals).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined' });
    // The key has left the address bar, so it is not in history or a copied link.
    expect(page.url()).not.toContain('token');
  });

  test('the page runs under its Content-Security-Policy without console errors', async ({ page }) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      // index.html repeats the shared policy word for word; 'frame-ancestors' only works as a
      // header (which both hosts send), so Chromium notes that the meta copy ignores it.
      if (message.text().includes("'frame-ancestors' is ignored when delivered via a <meta> element")) return;
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.reload();
    await page.getByRole('button', { name: 'Indlæs demodata' }).click();
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('button', { name: 'Arbejdslister' }).click();
    await page.getByRole('region', { name: 'Patientliste' }).locator('tbody tr[data-cpr]').first().waitFor();
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("script-src 'self'");
    expect(problems).toEqual([]);
  });

  test('the API refuses a missing key and a foreign origin, and explains a malformed request', async ({ page, request, host }) => {
    const fromPage = await page.evaluate(async () => {
      const response = await fetch('/api/status:get', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
      return response.status;
    });
    expect(fromPage).toBe(401);

    const noToken = await request.post(`${host.origin}/api/status:get`, { data: {} });
    expect(noToken.status()).toBe(401);

    const foreign = await request.post(`${host.origin}/api/status:get`, {
      data: {},
      headers: { 'X-Tovholder-Token': host.token, Origin: 'https://evil.example' },
    });
    expect(foreign.status()).toBe(403);

    const ok = await request.post(`${host.origin}/api/status:get`, { data: {}, headers: { 'X-Tovholder-Token': host.token } });
    expect(await ok.json()).toMatchObject({ ok: true, value: { patients: 0 } });

    const malformed = await request.post(`${host.origin}/api/flags:list`, {
      data: { asOf: 'igår' },
      headers: { 'X-Tovholder-Token': host.token },
    });
    const body = (await malformed.json()) as { ok: boolean; error: { code: string; message: string } };
    expect(body.ok).toBe(false);
    expect(body.error.code).toBe('invalid_request');
    expect(body.error.message).toContain('asOf');
    expect(body.error.message).toContain('ÅÅÅÅ-MM-DD');
  });
});
