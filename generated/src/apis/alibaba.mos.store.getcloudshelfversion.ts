// Generated from specs/mos/alibaba.mos.store.getcloudshelfversion.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mos.store.getcloudshelfversion` (获取云货架版本信息). */
export interface AlibabaMosStoreGetcloudshelfversionRequest {
  /** 屏编号 */
  screen_no: string;
}

/** Response of `alibaba.mos.store.getcloudshelfversion`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMosStoreGetcloudshelfversionResponse {
  /** result */
  result?: AlibabaMosStoreGetcloudshelfversionResultDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultDo` of `alibaba.mos.store.getcloudshelfversion`. */
export interface AlibabaMosStoreGetcloudshelfversionResultDo {
  /** data */
  data?: Int64;
  /** errCode */
  err_code?: Int64;
  /** errMsg */
  err_msg?: string;
  /** success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  screen_no: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'Number',
    err_code: 'Number',
    err_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.mos.store.getcloudshelfversion`: method, response root, request and response schemas. */
export const alibabaMosStoreGetcloudshelfversionOperation = {
  method: 'alibaba.mos.store.getcloudshelfversion',
  responseRoot: 'alibaba_mos_store_getcloudshelfversion_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取云货架版本信息 — calls TOP method `alibaba.mos.store.getcloudshelfversion`.
 *
 * 根据屏编号获取云货架版本信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMosStoreGetcloudshelfversion(
  client: TopClient,
  request: AlibabaMosStoreGetcloudshelfversionRequest,
  options?: CallOptions,
): Promise<AlibabaMosStoreGetcloudshelfversionResponse> {
  return client.call<AlibabaMosStoreGetcloudshelfversionResponse>(
    {
      method: 'alibaba.mos.store.getcloudshelfversion',
      responseRoot: 'alibaba_mos_store_getcloudshelfversion_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
