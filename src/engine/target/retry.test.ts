import { describe, expect, it } from 'vitest';
import { isNotImplemented, isRegionWithoutBackend } from './retry.js';

describe('isRegionWithoutBackend', () => {
  it("is LocalStack's KeyError on the client's own region, and nothing else", () => {
    const keyError = { message: "exception while calling ses.ListIdentities: 'ap-east-1'" };
    expect(isRegionWithoutBackend(keyError, 'ap-east-1')).toBe(true);
    expect(isRegionWithoutBackend(keyError, 'us-east-1')).toBe(false);
    const ownProvider = {
      message: "exception while calling transcribe.ListTranscriptionJobs: 'ap-south-2' is not a valid AWS region name for transcribe",
    };
    expect(isRegionWithoutBackend(ownProvider, 'ap-south-2')).toBe(true);
    expect(isRegionWithoutBackend({ message: "exception while calling ses.ListIdentities: 'Identities'" }, 'us-east-1')).toBe(false);
    expect(isRegionWithoutBackend({ message: 'We encountered an internal error. Please try again.' }, 'ap-east-1')).toBe(false);
    expect(isRegionWithoutBackend(undefined, 'ap-east-1')).toBe(false);
  });
});

describe('isNotImplemented', () => {
  it('is an answer of status 501, and no other', () => {
    expect(isNotImplemented({ $metadata: { httpStatusCode: 501 } })).toBe(true);
    expect(isNotImplemented({ $metadata: { httpStatusCode: 500 } })).toBe(false);
    expect(isNotImplemented(undefined)).toBe(false);
  });

  it("is LocalStack's 500 saying it finds no operation for the request", () => {
    const noOperation = {
      $metadata: { httpStatusCode: 500 },
      message:
        'exception while calling sesv2 with unknown operation: Unable to find operation for request to service sesv2: POST /v2/email/list-identities',
    };
    expect(isNotImplemented(noOperation)).toBe(true);
    expect(isNotImplemented({ $metadata: { httpStatusCode: 500 }, message: "exception while calling ses.ListIdentities: 'ap-east-1'" })).toBe(false);
  });
});
