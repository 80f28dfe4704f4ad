import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { cardValue, setUpHarness, takenOver } from './harness';

const harness = setUpHarness();
const NBSP = '\u00a0';

/** The figures of the six cards, digits only: the same report must give the same numbers. */
async function cardDigits(page: Page, names: readonly string[]): Promise<string[]> {
  await cardValue(page, names[0] as string).waitFor();
  return Promise.all(
    names.map(async (name) =>
      ((await cardValue(page, name).textContent()) ?? '').replace(/\D/g, ''),
    ),
  );
}
const EN_CARDS = [
  'New cases',
  'Total cases',
  'New deaths',
  'Total deaths',
  'Recovered',
  'Active cases',
];
const RU_CARDS = [
  'Новые случаи',
  'Всего случаев',
  'Новые смерти',
  'Всего смертей',
  'Выздоровели',
  'Активные случаи',
];

describe('in Russian (production build, headless Chromium)', () => {
  it('ru/?from=2020-05-03&to=2020-05-07 shows the story report in Russian, numbers as Russian writes them', async () => {
    const page = await harness.open('/ru/?from=2020-05-03&to=2020-05-07');
    await expect.poll(() => cardValue(page, 'Новые случаи').textContent()).toBe(`11${NBSP}231`);
    expect(await cardValue(page, 'Всего случаев').textContent()).toBe(`177${NBSP}160`);
    expect(await page.getAttribute('html', 'lang')).toBe('ru');
    await expect.poll(() => page.title()).toBe('COVID-19 в России · 3–7 мая 2020 г.');
    // The story stays in its own language, marked as such.
    // (It loads right after the first screen.)
    await expect.poll(() => page.locator('[lang="en"]').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the language switch keeps the whole view, both ways', async () => {
    const query = '?region=RU-MOW&from=2020-04-01&to=2020-05-07&focus=2020-05-03';
    const page = await harness.open(`/${query}`);
    await cardValue(page, 'New cases').waitFor();
    await page.getByRole('link', { name: 'Русский' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/ru/');
    expect(new URL(page.url()).search).toBe(query);
    await expect.poll(() => cardValue(page, 'Новые случаи').textContent()).toBe(`5${NBSP}948`);
    await page.getByRole('link', { name: 'English' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/');
    expect(new URL(page.url()).search).toBe(query);
    await expect.poll(() => cardValue(page, 'New cases').textContent()).toBe('5,948');
  });

  it('a broken link gets its notice in Russian', async () => {
    const page = await harness.open('/ru/?from=banana&x=1');
    const notice = page.getByRole('status').or(page.getByRole('alert')).filter({
      hasText: 'Часть этой ссылки не удалось использовать',
    });
    await expect.poll(() => notice.count()).toBe(1);
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain('это не дата в формате ГГГГ-ММ-ДД');
    expect(text).toContain('такой настройки на этой странице нет');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the same ten links show the same numbers in both languages', {
    timeout: 120_000,
  }, async () => {
    const links = [
      '?focus=2020-05-07',
      '?focus=2021-01-03',
      '?focus=2021-10-30',
      '?focus=2022-02-11',
      '?region=RU-MOW&focus=2020-05-03',
      '?region=RU-SPE&focus=2021-07-01',
      '?region=RU-CR&focus=2021-11-06',
      '?source=jhu&focus=2021-11-06',
      '?from=2020-05-03&to=2020-05-07',
      '?region=RU-ALT&per=100k&focus=2021-12-01',
    ];
    for (const link of links) {
      const en = await harness.open(`/${link}`);
      const ru = await harness.open(`/ru/${link}`);
      const english = await cardDigits(en, EN_CARDS);
      const russian = await cardDigits(ru, RU_CARDS);
      expect(russian, link).toEqual(english);
      await en.context().close();
      await ru.context().close();
    }
  });

  it('the English page offers Russian once to a browser that prefers it, never redirecting', async () => {
    const context = await harness.newContext();
    await context.addInitScript(() => {
      Object.defineProperty(navigator, 'language', { get: () => 'ru-RU' });
    });
    const page = await context.newPage();
    await page.goto(`${harness.baseURL}/?focus=2020-05-07`);
    await takenOver(page);
    const offer = page.getByRole('complementary', { name: 'Эта страница есть на русском языке.' });
    await expect.poll(() => offer.count()).toBe(1);
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await offer.getByRole('link').getAttribute('href')).toBe('/ru/?focus=2020-05-07');
    await page.reload();
    await takenOver(page);
    await cardValue(page, 'New cases').waitFor();
    expect(await offer.count()).toBe(0);
  });

  it('a damaged file of our own is explained in Russian', async () => {
    const context = await harness.newContext();
    await context.route('**/data/map/regions.*.json', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><h1>Bad gateway</h1>' }),
    );
    const page = await context.newPage();
    await page.goto(`${harness.baseURL}/ru/?focus=2020-05-07`);
    await takenOver(page);
    const map = page.locator('section[aria-labelledby=map-heading]');
    await map.scrollIntoViewIfNeeded();
    const alert = map.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('Файл с контурами карты повреждён');
    expect(await alert.getByRole('button', { name: 'Повторить' }).count()).toBe(1);
  });
});
