// Generated from specs/wlbimports/taobao.wlb.crossborder.waybill.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wlb.crossborder.waybill.get` (集货商家pdf和云打印面单获取，pdf需要配置白名单). */
export interface TaobaoWlbCrossborderWaybillGetRequest {
  /** 菜鸟物流单号 */
  order_code?: string;
}

/** Response of `taobao.wlb.crossborder.waybill.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWlbCrossborderWaybillGetResponse {
  /** 系统自动生成 */
  result?: TaobaoWlbCrossborderWaybillGetTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopResult` of `taobao.wlb.crossborder.waybill.get`. */
export interface TaobaoWlbCrossborderWaybillGetTopResult {
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 面单信息 */
  result?: TaobaoWlbCrossborderWaybillGetWayBillDTO;
  /** 子错误信息 */
  sub_error_code?: string;
  /** 子错误码 */
  sub_error_msg?: string;
  /** 是否成功 */
  success?: boolean;
  /** 结果数 */
  total_results?: Int64;
}

/** `WayBillDTO` of `taobao.wlb.crossborder.waybill.get`. */
export interface TaobaoWlbCrossborderWaybillGetWayBillDTO {
  /** 云打印数据 */
  cloud_print_data?: string;
  /** 云打印pdf */
  pdf_way_bill_url?: string;
}

const REQUEST_SCHEMA = {
  order_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'String',
    error_msg: 'String',
    result: {
      cloud_print_data: 'String',
      pdf_way_bill_url: 'String',
    },
    sub_error_code: 'String',
    sub_error_msg: 'String',
    success: 'Boolean',
    total_results: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.wlb.crossborder.waybill.get`: method, response root, request and response schemas. */
export const taobaoWlbCrossborderWaybillGetOperation = {
  method: 'taobao.wlb.crossborder.waybill.get',
  responseRoot: 'wlb_crossborder_waybill_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 集货商家pdf和云打印面单获取，pdf需要配置白名单 — calls TOP method `taobao.wlb.crossborder.waybill.get`.
 *
 * 【TOF】欧洲供应商PDF格式电子面单渲染下发
 * 需求链接：https://aone.alibaba-inc.com/req/21210808
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWlbCrossborderWaybillGet(
  client: TopClient,
  request: TaobaoWlbCrossborderWaybillGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoWlbCrossborderWaybillGetResponse> {
  return client.call<TaobaoWlbCrossborderWaybillGetResponse>(
    {
      method: 'taobao.wlb.crossborder.waybill.get',
      responseRoot: 'wlb_crossborder_waybill_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
