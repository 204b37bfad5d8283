// Generated from specs/logistic/taobao.wlb.import.threepl.offline.consign.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wlb.import.threepl.offline.consign` (3PL直邮线下发货). */
export interface TaobaoWlbImportThreeplOfflineConsignRequest {
  /** 交易单号 */
  trade_id?: Int64Input;
  /** 资源id */
  res_id?: Int64Input;
  /** 资源code */
  res_code?: string;
  /** 发件人地址库id */
  from_id?: Int64Input;
  /** 运单号 */
  waybill_no?: string;
}

/** Response of `taobao.wlb.import.threepl.offline.consign`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWlbImportThreeplOfflineConsignResponse {
  /** result */
  result?: TaobaoWlbImportThreeplOfflineConsignTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopResult` of `taobao.wlb.import.threepl.offline.consign`. */
export interface TaobaoWlbImportThreeplOfflineConsignTopResult {
  /** 发货完成后的物流单号 */
  lg_order_code?: string;
  /** 错误信息 */
  sub_error_msg?: string;
  /** 错误code */
  error_code?: string;
  /** 错误code */
  sub_error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  trade_id: 'Number',
  res_id: 'Number',
  res_code: 'String',
  from_id: 'Number',
  waybill_no: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    lg_order_code: 'String',
    sub_error_msg: 'String',
    error_code: 'String',
    sub_error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.wlb.import.threepl.offline.consign`: method, response root, request and response schemas. */
export const taobaoWlbImportThreeplOfflineConsignOperation = {
  method: 'taobao.wlb.import.threepl.offline.consign',
  responseRoot: 'wlb_import_threepl_offline_consign_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 3PL直邮线下发货 — calls TOP method `taobao.wlb.import.threepl.offline.consign`.
 *
 * 菜鸟认证直邮线下发货
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWlbImportThreeplOfflineConsign(
  client: TopClient,
  request: TaobaoWlbImportThreeplOfflineConsignRequest = {},
  options?: CallOptions,
): Promise<TaobaoWlbImportThreeplOfflineConsignResponse> {
  return client.call<TaobaoWlbImportThreeplOfflineConsignResponse>(
    {
      method: 'taobao.wlb.import.threepl.offline.consign',
      responseRoot: 'wlb_import_threepl_offline_consign_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
