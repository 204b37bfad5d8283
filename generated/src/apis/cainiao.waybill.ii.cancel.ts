// Generated from specs/waybill/cainiao.waybill.ii.cancel.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.waybill.ii.cancel` (商家取消获取的电子面单号). */
export interface CainiaoWaybillIiCancelRequest {
  /** 快递公司code */
  cp_code: string;
  /** 电子面单号 */
  waybill_code: string;
}

/** Response of `cainiao.waybill.ii.cancel`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoWaybillIiCancelResponse {
  /** 调用取消是否成功 */
  cancel_result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  cp_code: 'String',
  waybill_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  cancel_result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `cainiao.waybill.ii.cancel`: method, response root, request and response schemas. */
export const cainiaoWaybillIiCancelOperation = {
  method: 'cainiao.waybill.ii.cancel',
  responseRoot: 'cainiao_waybill_ii_cancel_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商家取消获取的电子面单号 — calls TOP method `cainiao.waybill.ii.cancel`.
 *
 * 面单号有误需要取消的时候，调用该接口取消获取的电子面单。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoWaybillIiCancel(
  client: TopClient,
  request: CainiaoWaybillIiCancelRequest,
  options?: CallOptions,
): Promise<CainiaoWaybillIiCancelResponse> {
  return client.call<CainiaoWaybillIiCancelResponse>(
    {
      method: 'cainiao.waybill.ii.cancel',
      responseRoot: 'cainiao_waybill_ii_cancel_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
