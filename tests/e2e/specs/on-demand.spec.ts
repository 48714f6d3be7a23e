import { test, expect } from '../fixtures/app';
import type { Page } from '@playwright/test';

// The release build splits the app (scripts/split.mjs): the welcome screen and the
// questionnaire run from the first wasm; the screens after it (results, report,
// requests for proposals) are a second part, fetched once the first screen runs.

const LATER = '**/later-*.wasm';

/** Answers the whole questionnaire, as a visitor would. */
async function answerEverything(page: Page, questionnaire: import('../fixtures/app').QuestionnairePage) {
  await questionnaire.setCompanyName('Harbour Foods');
  await questionnaire.setHomeCountry('Germany');
  await questionnaire.next();
  await expect(questionnaire.heading()).toHaveText('Your goals');
  await questionnaire.setGoal('Cost reduction', 5);
  await questionnaire.next();
  await expect(questionnaire.heading()).toHaveText('Your processes');
  await questionnaire.addProcess('Payroll');
  await questionnaire.setFte('Payroll', '2.5');
  await questionnaire.next();
  await expect(questionnaire.heading()).toHaveText('Risk and constraints');
  await questionnaire.next();
  await expect(questionnaire.heading()).toHaveText('Review your answers');
  await expect(page.getByText('Harbour Foods')).toBeVisible();
}

test('the questionnaire runs whole without the later screens, which say they could not be loaded and try again with the answers kept', async ({ welcome, questionnaire, page, problems }) => {
  await page.route(LATER, (route) => route.abort());
  await welcome.goto();
  await welcome.start();
  await answerEverything(page, questionnaire);
  await questionnaire.next();
  await expect(page.getByRole('alert')).toContainText('This part of Shorewise could not be loaded');
  await expect(questionnaire.heading()).toHaveText('This part of Shorewise could not be loaded');
  problems.splice(0); // the aborted request's own report
  await questionnaire.expectAccessible('later part missing');

  await page.unroute(LATER);
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(questionnaire.heading()).toHaveText('Your recommendations: Harbour Foods');
  await expect(page.locator('.advice-card')).toHaveCount(1);
});

test('a tampered later part is refused, not run, and the rest of the app keeps working', async ({ page, problems }) => {
  await page.route(LATER, async (route) => {
    const response = await route.fetch();
    const body = Buffer.from(await response.body());
    body[body.length - 10] ^= 0xff;
    await route.fulfill({ response, body });
  });
  await page.goto('#/example/de-hospital-group');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This part of Shorewise could not be loaded');
  await expect.poll(() => problems.some((p) => /integrity/i.test(p))).toBeTruthy();
  problems.splice(0); // the refusal's own report
  // The questionnaire, in the first part, still opens with the example's answers.
  await page.evaluate(() => (location.hash = '#/company'));
  await expect(page.getByLabel('Company name (optional)')).toHaveValue('Klinikverbund Rhein-Main');
});

test('in German the message is German', async ({ page, problems }) => {
  await page.route(LATER, (route) => route.abort());
  await page.goto('./?lang=de#/example/de-hospital-group');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dieser Teil von Shorewise konnte nicht geladen werden');
  await expect(page.getByRole('button', { name: 'Erneut versuchen' })).toBeVisible();
  problems.splice(0);
});

// The later part takes the constant data only its screens use (scripts/split.mjs); what
// the first part reads must stay in it. Held back, the later part can write nothing, so
// a text taken by mistake would show as nothing (or NUL characters) here.
test('without the later part every step of the questionnaire has all its words', async ({ welcome, questionnaire, page, problems }) => {
  await page.route(LATER, (route) => route.abort());
  // The settings notice is drawn by the first part, from format templates the linker
  // merges with others (the case the split once got wrong).
  await page.route('**/config.json', (route) => route.fulfill({ json: { defaults: { language: 'it' } } }));
  await welcome.goto();
  await expect(page.locator('.config-problems li')).toHaveText(
    '“defaults.language”: Shorewise speaks English (“en”), Deutsch (“de”), Français (“fr”) and Español (“es”), not “it”; a site adds a language under “languages”.',
  );
  const whole = async (screen: string) => {
    const text = await page.locator('body').innerText();
    expect(text, screen).not.toContain('\u0000');
    await questionnaire.expectAccessible(`${screen}, later part held back`);
  };
  await whole('welcome');
  await welcome.start();
  for (const [heading, screen] of [['Your company', 'company'], ['Your goals', 'goals'], ['Your processes', 'processes'], ['Risk and constraints', 'risk'], ['Review your answers', 'review']]) {
    await expect(questionnaire.heading()).toHaveText(heading);
    if (screen === 'processes') {
      await questionnaire.addProcess('Payroll');
      await questionnaire.openCard('Payroll');
    }
    await whole(screen);
    await questionnaire.next();
  }
  await expect(page.getByRole('alert')).toContainText('This part of Shorewise could not be loaded');
  problems.splice(0); // the aborted request's own report
});
