import { describe, expect, it } from 'vitest';
import { PullProgressFold } from '../../src/domain/image-pull.js';

describe('PullProgressFold', () => {
  it('moves through download and extraction of every layer and reaches 100 only when done', () => {
    const f = new PullProgressFold();
    f.apply({ status: 'Pulling from t/app', id: 'v1' });
    f.apply({ status: 'Pulling fs layer', id: 'aaaaaaaaaaaa' });
    f.apply({ status: 'Pulling fs layer', id: 'bbbbbbbbbbbb' });
    expect(f.figures()).toMatchObject({ percent: 0, layers: 2, layersDone: 0 });
    expect(f.apply({ status: 'Downloading', id: 'aaaaaaaaaaaa', current: 50, total: 100 })).toBe(true);
    // one layer a quarter in (half of its download) of two: 12 %
    expect(f.figures()).toMatchObject({ percent: 12, downloadedBytes: 50, totalBytes: 100 });
    f.apply({ status: 'Download complete', id: 'aaaaaaaaaaaa' });
    f.apply({ status: 'Extracting', id: 'aaaaaaaaaaaa', current: 100, total: 100 });
    f.apply({ status: 'Pull complete', id: 'aaaaaaaaaaaa' });
    f.apply({ status: 'Already exists', id: 'bbbbbbbbbbbb' });
    // every layer in, but the engine has not said the pull ended: never 100 before it does
    expect(f.figures()).toMatchObject({ percent: 99, layersDone: 2, downloadedBytes: 100 });
    f.apply({ status: 'Status: Downloaded newer image for t/app:v1' });
    expect(f.figures(true)).toMatchObject({
      percent: 100,
      status: 'Status: Downloaded newer image for t/app:v1',
    });
  });

  it('never goes back when events repeat or arrive late, and says when nothing changed', () => {
    const f = new PullProgressFold();
    f.apply({ status: 'Extracting', id: 'cccccccccccc', current: 80, total: 100 });
    const at = f.figures().percent;
    expect(at).toBe(90);
    f.apply({ status: 'Downloading', id: 'cccccccccccc', current: 10, total: 100 });
    expect(f.figures().percent).toBe(at);
    expect(f.apply({ status: 'Downloading', id: 'cccccccccccc', current: 10, total: 100 })).toBe(false);
  });
});
