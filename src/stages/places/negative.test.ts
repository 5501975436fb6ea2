import { describe, expect, it } from 'vitest';
import { placesOf } from './_testing.js';

/** Sentences with words that look like places but are not, here. */
const NOT_PLACES: readonly (readonly [string, string])[] = [
  ['Jordan Peterson gave a lecture on Tuesday.', 'Jordan'],
  ['Michael Jordan retired in 2003.', 'Jordan'],
  ['Chad said he would run again next year.', 'Chad'],
  ['Turkey dinners cost more this Thanksgiving.', 'Turkey'],
  ['Reading is a habit worth keeping.', 'Reading'],
  ['Of course the minister denied it.', 'Of'],
  ['Foreign Ministry spokesman Wang Wenbin told reporters on Friday.', 'Wang'],
  ['Paris Hilton arrived at the gala on Monday.', 'Paris'],
  ['She set the good china on the table.', 'china'],
  ['He said it would be nice to visit.', 'nice'],
  ['The us-versus-them tone worried analysts.', 'us'],
  ['Candidates of United Russia won most seats on Sunday.', 'Russia'],
  ['Traffic was slow on Richmond Street on Monday.', 'Richmond'],
];

describe('resolvePlaces: not places', () => {
  it.each(NOT_PLACES)('%s (no place for "%s")', (text, word) => {
    const doc = placesOf(text);
    expect(doc.places.filter((p) => p.mentions.some((m) => m.text === word))).toEqual([]);
  });

  it('finds nothing in an empty article', () => {
    expect(placesOf('').places).toEqual([]);
  });

  it('finds nothing in text without names', () => {
    expect(placesOf('the meeting ended without a statement.').places).toEqual([]);
  });
});

describe('resolvePlaces: surnames', () => {
  it('drops a city-named surname once the article has given the full name', () => {
    const doc = placesOf('Senator Ken Ripley spoke on Monday. Ripley said the bill would pass.');
    expect(doc.places.filter((p) => p.name === 'Ripley')).toEqual([]);
  });
});
