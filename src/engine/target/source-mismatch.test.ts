import { describe, expect, it } from 'vitest';
import { instanceName, sourceMismatch } from './source-mismatch.js';

describe('instance names', () => {
  it.each([
    [{ brand: 'localstack', edition: 'community', version: '4.14.0' }, 'LocalStack 4.14.0'],
    [{ brand: 'localstack', edition: 'pro', version: '3.2.1' }, 'LocalStack Pro 3.2.1'],
    [{ brand: 'localstack' }, 'LocalStack'],
    [{ brand: 'ministack', edition: 'light', version: '1.5.33' }, 'MiniStack 1.5.33'],
    [{ brand: 'moto' }, 'moto'],
    [{ brand: 'aws-compatible' }, 'an AWS-compatible endpoint'],
    [{ brand: 'aws' }, 'AWS'],
    [{ brand: 'some-future-emulator', version: '2.0' }, 'some-future-emulator 2.0'],
  ])('%o is %s', (instance, name) => {
    expect(instanceName(instance)).toBe(name);
  });
});

describe('the source check of a load', () => {
  it('names both instances when the brands differ', () => {
    expect(sourceMismatch({ brand: 'localstack', edition: 'community', version: '3.2.1' }, { brand: 'moto', version: '5.2.1' })?.message).toBe(
      'saved from LocalStack 3.2.1, loading into moto 5.2.1',
    );
    expect(sourceMismatch({ brand: 'moto' }, { brand: 'localstack', edition: 'pro', version: '4.14.0' })?.message).toBe(
      'saved from moto, loading into LocalStack Pro 4.14.0',
    );
    expect(sourceMismatch({ brand: 'ministack', version: '1.5.33' }, { brand: 'localstack', version: '1.5.33' })?.message).toBe(
      'saved from MiniStack 1.5.33, loading into LocalStack 1.5.33',
    );
  });

  it('names both versions when the brand is the same and the versions differ', () => {
    const mismatch = sourceMismatch(
      { brand: 'localstack', edition: 'community', version: '4.13.1' },
      { brand: 'localstack', edition: 'community', version: '4.14.0' },
    );
    expect(mismatch).toEqual({
      saved: { brand: 'localstack', edition: 'community', version: '4.13.1' },
      loading: { brand: 'localstack', edition: 'community', version: '4.14.0' },
      message: 'saved from LocalStack 4.13.1, loading into LocalStack 4.14.0',
    });
  });

  it('finds nothing on the same brand and version, whatever the edition', () => {
    expect(
      sourceMismatch(
        { brand: 'localstack', edition: 'community', version: '4.14.0' },
        { brand: 'localstack', edition: 'community', version: '4.14.0' },
      ),
    ).toBeUndefined();
    expect(
      sourceMismatch({ brand: 'localstack', edition: 'community', version: '4.14.0' }, { brand: 'localstack', edition: 'pro', version: '4.14.0' }),
    ).toBeUndefined();
  });

  it('takes a version only one side reports for no difference: moto reports none', () => {
    expect(sourceMismatch({ brand: 'moto' }, { brand: 'moto' })).toBeUndefined();
    expect(sourceMismatch({ brand: 'localstack', version: '4.14.0' }, { brand: 'localstack' })).toBeUndefined();
    expect(sourceMismatch({ brand: 'aws-compatible' }, { brand: 'aws-compatible' })).toBeUndefined();
  });
});
