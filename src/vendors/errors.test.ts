import { describe, expect, it } from 'vitest';
import { HttpError, NetworkError, NotJsonError, type AnswerInfo } from '@/api/http-error.ts';
import {
  failureNotice,
  toVendorError,
  VendorError,
  WireError,
  type ErrorReader,
} from './errors.ts';

const vendor: ErrorReader = {
  label: 'Twilio AI Assistants',
  readError: (body) =>
    typeof body === 'object' &&
    body !== null &&
    'message' in body &&
    typeof body.message === 'string'
      ? { message: body.message }
      : undefined,
  requestIdHeader: 'twilio-request-id',
};

function answer(status: number, type: string, extra: Record<string, string> = {}): AnswerInfo {
  return {
    url: '/api/twilio/v1/Sessions/x/Messages',
    status,
    contentType: type,
    headers: new Headers({ 'content-type': type, ...extra }),
    bytes: 2048,
  };
}

describe('toVendorError and failureNotice', () => {
  it("name the vendor's message and request id, and retry 429 and 5xx", () => {
    const err = new HttpError(
      answer(503, 'application/json', { 'twilio-request-id': 'RQ1' }),
      { message: 'Service Unavailable' },
      undefined,
    );
    const notice = failureNotice(toVendorError(vendor, err), 'x');
    expect(notice).toMatchObject({ status: 503, message: 'Service Unavailable', requestId: 'RQ1' });
    expect(notice.contentType).toBeUndefined();
    expect(toVendorError(vendor, err).retryable).toBe(true);
  });

  it('describe a body that is not JSON by its type and size, never quoting it', () => {
    const html = new HttpError(answer(502, 'text/html; charset=utf-8'), undefined, undefined);
    const notice = failureNotice(toVendorError(vendor, html), 'x');
    expect(notice.contentType).toBe('text/html');
    expect(notice.message).toBe(
      "The answer is not Twilio AI Assistants's JSON (text/html; charset=utf-8, 2,048 bytes); it is not shown",
    );
  });

  it("take the proxy's word for what the vendor sent instead of JSON", () => {
    const body = {
      proxy_error: {
        message: 'twilio answered HTTP 502 with text/html',
        content_type: 'text/html',
      },
    };
    const notice = failureNotice(
      toVendorError(vendor, new HttpError(answer(502, 'application/json'), body, undefined)),
      'x',
    );
    expect(notice).toMatchObject({
      contentType: 'text/html',
      message: 'Proxy: twilio answered HTTP 502 with text/html',
    });
  });

  it('name a cut body and a wrong shape with the 200 they came with', () => {
    const cut = toVendorError(
      vendor,
      new NotJsonError(answer(200, 'application/json'), 'at its end'),
    );
    expect(failureNotice(cut, 'x')).toMatchObject({ status: 200, contentType: 'application/json' });
    expect(cut.message).toContain('cut off or damaged, at its end');
    expect(cut.retryable).toBe(false);
    const shape = toVendorError(
      vendor,
      new WireError('/p', 'messages: expected array', answer(200, 'application/json')),
    );
    expect(shape.message).toBe(
      'The answer is not in the shape Twilio AI Assistants documents: messages: expected array',
    );
  });

  it('say when there was no answer, or none in time', () => {
    const late = toVendorError(vendor, new NetworkError('/p', true, { cause: undefined }));
    expect(late).toBeInstanceOf(VendorError);
    expect(late).toMatchObject({
      status: 0,
      retryable: true,
      message: 'No answer in time from the proxy',
    });
  });
});
