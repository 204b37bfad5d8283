// Generated from specs/tbk/taobao.tbk.dg.vegas.tlj.stop.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tbk.dg.vegas.tlj.stop` (淘宝客-推广者-淘礼金暂停发放). */
export interface TaobaoTbkDgVegasTljStopRequest {
  /** 创建淘礼金时返回的rightsId */
  rights_id: string;
  /** adzoneId */
  adzone_id: Int64Input;
}

/** Response of `taobao.tbk.dg.vegas.tlj.stop`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTbkDgVegasTljStopResponse {
  /** model */
  model?: TaobaoTbkDgVegasTljStopUpdateStatusResult;
  /** msgInfo */
  msg_info?: string;
  /** msgCode */
  msg_code?: string;
  /** 调用接口是否成功 */
  result_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `UpdateStatusResult` of `taobao.tbk.dg.vegas.tlj.stop`. */
export interface TaobaoTbkDgVegasTljStopUpdateStatusResult {
  /** 暂停成功 */
  update_success?: boolean;
}

const REQUEST_SCHEMA = {
  rights_id: 'String',
  adzone_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  model: {
    update_success: 'Boolean',
  },
  msg_info: 'String',
  msg_code: 'String',
  result_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.tbk.dg.vegas.tlj.stop`: method, response root, request and response schemas. */
export const taobaoTbkDgVegasTljStopOperation = {
  method: 'taobao.tbk.dg.vegas.tlj.stop',
  responseRoot: 'tbk_dg_vegas_tlj_stop_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘宝客-推广者-淘礼金暂停发放 — calls TOP method `taobao.tbk.dg.vegas.tlj.stop`.
 *
 * 淘宝客推广者可对已经创建的淘礼金暂停发放
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTbkDgVegasTljStop(
  client: TopClient,
  request: TaobaoTbkDgVegasTljStopRequest,
  options?: CallOptions,
): Promise<TaobaoTbkDgVegasTljStopResponse> {
  return client.call<TaobaoTbkDgVegasTljStopResponse>(
    {
      method: 'taobao.tbk.dg.vegas.tlj.stop',
      responseRoot: 'tbk_dg_vegas_tlj_stop_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
