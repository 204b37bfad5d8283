// Generated from specs/tbk/taobao.tbk.sc.ucrowd.report.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tbk.sc.ucrowd.report.get` (淘宝客-服务商-人群推广效果). */
export interface TaobaoTbkScUcrowdReportGetRequest {
  /** 人群标签id */
  ucrowd_id: Int64Input;
  /** 报表日期，支持：月、日，示例：2020-12，2020-12-30 */
  report_date: string;
}

/** Response of `taobao.tbk.sc.ucrowd.report.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTbkScUcrowdReportGetResponse {
  /** data */
  data?: TaobaoTbkScUcrowdReportGetRpcResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RpcResult` of `taobao.tbk.sc.ucrowd.report.get`. */
export interface TaobaoTbkScUcrowdReportGetRpcResult {
  /** ucrowd_report */
  ucrowd_report?: TaobaoTbkScUcrowdReportGetDwsUnionAppDto;
}

/** `DwsUnionAppDto` of `taobao.tbk.sc.ucrowd.report.get`. */
export interface TaobaoTbkScUcrowdReportGetDwsUnionAppDto {
  /** 人群内成交人数 */
  alipay_user_num_in_ucrowd?: Int64;
  /** 支付人数 */
  alipay_user_num?: Int64;
  /** 付款预估收入。指买家付款金额为基数，预估您可能获得的收入。因买家退款等原因，可能与结算预估收入不一致 */
  pre_pub_share_fee?: string;
  /** 支付金额 */
  alipay_amt?: string;
  /** 支付订单数 */
  alipay_num?: Int64;
  /** 点击人数 */
  click_uv_union?: Int64;
  /** 点击数 */
  click_pv_union?: Int64;
}

const REQUEST_SCHEMA = {
  ucrowd_id: 'Number',
  report_date: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    ucrowd_report: {
      alipay_user_num_in_ucrowd: 'Number',
      alipay_user_num: 'Number',
      pre_pub_share_fee: 'String',
      alipay_amt: 'String',
      alipay_num: 'Number',
      click_uv_union: 'Number',
      click_pv_union: 'Number',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.tbk.sc.ucrowd.report.get`: method, response root, request and response schemas. */
export const taobaoTbkScUcrowdReportGetOperation = {
  method: 'taobao.tbk.sc.ucrowd.report.get',
  responseRoot: 'tbk_sc_ucrowd_report_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘宝客-服务商-人群推广效果 — calls TOP method `taobao.tbk.sc.ucrowd.report.get`.
 *
 * 服务商使用。支持淘宝客通过入参人群标签id，获得人群的推广和转化效果数据。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTbkScUcrowdReportGet(
  client: TopClient,
  request: TaobaoTbkScUcrowdReportGetRequest,
  options?: CallOptions,
): Promise<TaobaoTbkScUcrowdReportGetResponse> {
  return client.call<TaobaoTbkScUcrowdReportGetResponse>(
    {
      method: 'taobao.tbk.sc.ucrowd.report.get',
      responseRoot: 'tbk_sc_ucrowd_report_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
