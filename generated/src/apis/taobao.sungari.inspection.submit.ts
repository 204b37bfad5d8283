// Generated from specs/sungari/taobao.sungari.inspection.submit.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.sungari.inspection.submit` (抽检指令录入). */
export interface TaobaoSungariInspectionSubmitRequest {
  /** 抽检入参 */
  data: string;
  /** 操作类型 */
  method_name: string;
}

/** Response of `taobao.sungari.inspection.submit`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSungariInspectionSubmitResponse {
  /** 状态码 */
  return_code?: Int64;
  /** 是否成功 */
  data?: TaobaoSungariInspectionSubmitInspectionResultInfo;
  /** message */
  message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `InspectionResultInfo` of `taobao.sungari.inspection.submit`. */
export interface TaobaoSungariInspectionSubmitInspectionResultInfo {
  /** 卖家nick */
  seller_nick?: string;
  /** 发货地址 */
  send_address?: string;
  /** 注册地址 */
  register_address?: string;
  /** 营业执照编号 */
  licence_no?: string;
  /** 卖家电话 */
  seller_tel?: string;
  /** 认证名称 */
  certification_name?: string;
  /** 处置结果 */
  dispose_result?: string;
}

const REQUEST_SCHEMA = {
  data: 'String',
  method_name: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  return_code: 'Number',
  data: {
    seller_nick: 'String',
    send_address: 'String',
    register_address: 'String',
    licence_no: 'String',
    seller_tel: 'String',
    certification_name: 'String',
    dispose_result: 'String',
  },
  message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.sungari.inspection.submit`: method, response root, request and response schemas. */
export const taobaoSungariInspectionSubmitOperation = {
  method: 'taobao.sungari.inspection.submit',
  responseRoot: 'sungari_inspection_submit_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 抽检指令录入 — calls TOP method `taobao.sungari.inspection.submit`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSungariInspectionSubmit(
  client: TopClient,
  request: TaobaoSungariInspectionSubmitRequest,
  options?: CallOptions,
): Promise<TaobaoSungariInspectionSubmitResponse> {
  return client.call<TaobaoSungariInspectionSubmitResponse>(
    {
      method: 'taobao.sungari.inspection.submit',
      responseRoot: 'sungari_inspection_submit_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
