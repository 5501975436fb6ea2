import { describe, expect, it } from 'vitest';
import { expectItem } from '../../testing/expect-item.js';
import { placesOf } from './_testing.js';

/** Local news: counties, small towns of the article's state, "South X" towns. */
describe('resolvePlaces: counties', () => {
  it('places a county named with its state inside that state', () => {
    const doc = placesOf('Deputies searched a farm in Laurel County, Ky., on Monday.');
    const county = doc.places.find((p) => p.featureKind === 'county');
    expect(county?.name).toBe('Laurel County');
    expect(county?.country).toBe('USA');
    expect(county?.admin1).toBe('KY');
    const mention = county?.mentions[0];
    if (mention) expectItem(doc, mention, 'Laurel County');
    // No "Laurel" town inside the county's name.
    expect(doc.places.filter((p) => p.name === 'Laurel')).toEqual([]);
  });

  it('places a bare county at the towns the article names in its state', () => {
    const doc = placesOf(
      'The fair opened in Lexington, Kentucky, on Friday. Officials from Louisville came too. ' +
        'Fayette County paid for the new barn.',
    );
    const county = doc.places.find((p) => p.name === 'Fayette County');
    const lexington = doc.places.find((p) => p.name === 'Lexington');
    expect(county?.admin1).toBe('KY');
    expect(lexington?.admin1).toBe('KY');
    // Within a degree of the article's towns, not at some other state's point.
    expect(Math.abs((county?.lat ?? 0) - 38)).toBeLessThan(1);
    expect(Math.abs((county?.lon ?? 0) + 85)).toBeLessThan(1.5);
  });

  it('leaves a county unplaced when the article names no state', () => {
    const doc = placesOf('Henry County approved the budget on Tuesday.');
    expect(doc.places.filter((p) => p.featureKind === 'county')).toEqual([]);
  });

  it('does not take "The County" for a county', () => {
    expect(placesOf('The County approved the budget in Ohio.').places.map((p) => p.name)).toEqual(['Ohio']);
  });
});

describe('resolvePlaces: towns of the article state', () => {
  it('finds a small town once two places put the article in its state', () => {
    const doc = placesOf(
      'Crews from Gainesville, Texas, and Denton worked through the night. ' +
        'The storm also hit Lindsay, where roofs were torn off.',
    );
    const lindsay = doc.places.find((p) => p.name === 'Lindsay');
    expect(lindsay?.country).toBe('USA');
    expect(lindsay?.admin1).toBe('TX');
  });

  it('reads "South Charleston" as a town of its own', () => {
    const doc = placesOf('The museum in South Charleston opened on Monday, officials in West Virginia said.');
    const town = doc.places.find((p) => p.mentions.some((m) => m.text === 'South Charleston'));
    expect(town?.name).toBe('South Charleston');
    expect(doc.places.filter((p) => p.name === 'Charleston')).toEqual([]);
  });
});

describe('resolvePlaces: towns and big places', () => {
  it('keeps Wales the country of the UK in a story about the US', () => {
    const doc = placesOf('The senator left Washington for New York, then flew to Wales for the summit.');
    expect(doc.places.find((p) => p.mentions.some((m) => m.text === 'Wales'))?.country).toBe('GBR');
  });

  it('keeps a city after a broadcaster name ("CBC Toronto") and elsewhere', () => {
    const doc = placesOf('She told CBC Toronto about the fire. Firefighters in Toronto arrived within minutes.');
    const toronto = doc.places.find((p) => p.name === 'Toronto');
    expect(toronto?.country).toBe('CAN');
    expect(toronto?.mentions.map((m) => m.text)).toEqual(['Toronto', 'Toronto']);
  });
});
