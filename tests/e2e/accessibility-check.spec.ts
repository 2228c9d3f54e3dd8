import { expect, expectAccessible, test } from './fixtures';

// The check every screen goes through must fail where a person using a screen reader or with low vision would be
// stuck: a button without a name, pale text.
test('the accessibility check fails on a button without a name and on pale text, and passes once they are mended', async ({ page }) => {
  await page.setContent('<!doctype html><html lang="fr"><head><title>Essai</title></head><body><main><h1>Essai</h1><button></button><p style="color:#c8c8c8;background:#ffffff">Texte pâle</p></main></body></html>');
  const failure = await expectAccessible(page).then(
    () => null,
    (error: unknown) => String(error),
  );
  expect(failure).toContain('button-name (critical)');
  expect(failure).toContain('color-contrast (serious)');

  await page.setContent('<!doctype html><html lang="fr"><head><title>Essai</title></head><body><main><h1>Essai</h1><button>Valider</button><p style="color:#1a1a1a;background:#ffffff">Texte lisible</p></main></body></html>');
  await expectAccessible(page);
});
