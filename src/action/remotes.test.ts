import { describe, expect, it } from 'vitest';
import { credentialsOf, remoteUrl } from './remotes.js';

describe('remote inputs', () => {
  it('resolve names from the remotes input first, then as the engine does', async () => {
    const remotes = new Map([['team', 's3://pods/ci']]);
    expect(await remoteUrl('team', remotes, { LOCALSTACK_PODS_HOME: '/tmp/home' })).toBe('s3://pods/ci');
    expect(await remoteUrl('file:///srv/pods', remotes, {})).toBe('file:///srv/pods');
    expect(await remoteUrl(undefined, remotes, { LOCALSTACK_PODS_HOME: '/tmp/home' })).toBe('file:///tmp/home/store');
  });

  it('find every credential a URL resolves to: passwords and secret parameters, filled from the environment', () => {
    const env = {
      AWS_ACCESS_KEY_ID: 'AKID',
      AWS_SECRET_ACCESS_KEY: 'se/cret+key',
      AWS_SESSION_TOKEN: 'tok',
      ORAS_USERNAME: 'me',
      ORAS_PASSWORD: 'p@ss',
    };
    expect(credentialsOf('s3://b/p?access_key_id={access_key_id}&secret_access_key={secret_access_key}&session_token={session_token}', env)).toEqual([
      'se/cret+key',
      'se%2Fcret%2Bkey',
      'tok',
    ]);
    expect(credentialsOf('oras://{oras_username}:{oras_password}@ghcr.io/org', env)).toEqual(['p@ss', 'p%40ss']);
    expect(credentialsOf('s3://b/p?region=eu-west-1', env)).toEqual([]);
  });
});
