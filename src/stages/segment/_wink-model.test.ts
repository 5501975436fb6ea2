import { describe, expect, it } from 'vitest';
import model from 'wink-eng-lite-web-model';
import { loadCoreModel } from './_wink-model.js';

describe('loadCoreModel', () => {
  it('gives the model the package itself loads, table for table', () => {
    const theirs = (model as unknown as { core: () => unknown }).core();
    expect(loadCoreModel()).toStrictEqual(theirs);
  });

  it('can be loaded again, each time the same', () => {
    expect(loadCoreModel()).toStrictEqual(loadCoreModel());
  });
});
