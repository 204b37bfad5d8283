import { describe, expect, it } from 'vitest';
import { formatTopDate, signParams, stringToSign } from '../../runtime/src/sign.js';
import { decodeResponse, responseRootKey } from '../../runtime/src/decode.js';
import { TopError } from '../../runtime/src/errors.js';
import { TopClient } from '../../runtime/src/client.js';
import { canon, flatToSchema, vectors } from './helpers.js';

describe('signature_vectors', () => {
  for (const v of vectors.signature_vectors) {
    it(v.id, () => {
      const params: Record<string, string> = { ...v.params };
      for (const f of v.file_params_excluded_from_signature) delete params[f];
      for (const k of Object.keys(params)) if (params[k]!.trim() === '') delete params[k];
      const s = stringToSign(params);
      expect(v.sign_method === 'md5' ? v.secret + s + v.secret : s).toBe(v.string_to_sign);
      expect(signParams(params, v.secret, v.sign_method)).toBe(v.expected_sign);
      if (v.form_body_sorted) {
        const withSign: Record<string, string> = { ...params, sign: v.expected_sign };
        const body = new URLSearchParams(Object.keys(withSign).sort().map((k) => [k, withSign[k]!])).toString();
        expect(body).toBe(v.form_body_sorted);
      }
    });
  }

  it('the client signs a vector exactly (md5-empty-and-blank-values)', () => {
    const v = vectors.signature_vectors.find((x: any) => x.id === 'md5-empty-and-blank-values');
    const p = v.params;
    const client = new TopClient({ appKey: p.app_key, appSecret: v.secret, signMethod: 'md5' });
    const business: Record<string, string> = {};
    for (const k of ['fields', 'start_created', 'type', 'page_no', 'page_size', 'use_has_next', 'buyer_nick', 'status']) business[k] = p[k];
    const signed = client.sign(p.method, business, {}, { session: p.session }, false, new Date('2024-05-20T05:14:15Z'));
    expect(signed.text.sign).toBe(v.expected_sign);
    expect('buyer_nick' in signed.text).toBe(false);
    expect('status' in signed.text).toBe(false);
  });
});

describe('timestamp_vectors', () => {
  for (const v of vectors.timestamp_vectors) {
    it(v.utc_instant, () => expect(formatTopDate(new Date(v.utc_instant))).toBe(v.expected));
  }
});

describe('response_key_vectors', () => {
  for (const v of vectors.response_key_vectors) {
    it(v.method, () => expect(responseRootKey(v.method)).toBe(v.expected_key));
  }
});

function roundUnsafe(v: unknown): unknown {
  if (typeof v === 'string' && /^-?\d{16,}$/.test(v)) return Number(v);
  if (Array.isArray(v)) return v.map(roundUnsafe);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, roundUnsafe(x)]));
  return v;
}

describe('response_parsing_vectors', () => {
  for (const v of vectors.response_parsing_vectors) {
    for (const mode of ['string', 'bigint', 'number'] as const) {
      it(`${v.id} (${mode})`, () => {
        const schema = flatToSchema(v.schema);
        const opts = { method: v.method, simplify: v.simplify, mode, ...(schema ? { schema } : {}) };
        if (v.expected.ok) {
          const value = decodeResponse(v.body, opts);
          // mode 'number' is lossy past 2^53 by definition: compare with the rounded value there.
          const expected = mode === 'number' ? roundUnsafe(v.expected.value) : v.expected.value;
          expect(canon(value)).toEqual(canon(expected));
        } else {
          let err: unknown;
          try {
            decodeResponse(v.body, opts);
          } catch (e) {
            err = e;
          }
          expect(err).toBeInstanceOf(TopError);
          const e = err as TopError;
          const x = v.expected.error;
          expect({ code: e.code, msg: e.msg, sub_code: e.sub_code, sub_msg: e.sub_msg, request_id: e.request_id }).toEqual({
            code: x.code,
            msg: x.msg,
            sub_code: x.sub_code,
            sub_msg: x.sub_msg,
            request_id: x.request_id,
          });
          expect(e.retryable).toBe(v.expected.retryable);
          if (v.expected.retry_after_seconds_hint) expect(e.retryAfterMs).toBe(v.expected.retry_after_seconds_hint * 1000);
        }
      });
    }
  }

  it('Number fields follow the Int64 mode exactly', () => {
    const v = vectors.response_parsing_vectors.find((x: any) => x.id === 'json-nonsimplified-int64-real');
    const schema = flatToSchema(v.schema)!;
    const get = (mode: 'string' | 'bigint' | 'number') =>
      (decodeResponse(v.body, { method: v.method, schema, mode }) as any).messages[0];
    expect(get('string').id).toBe('7104300007405429232');
    expect(get('string').user_id).toBe('123456789');
    expect(get('bigint').id).toBe(7104300007405429232n);
    expect(get('number').user_id).toBe(123456789);
    expect(get('string').pub_app_key).toBe('12499723');
  });
});
