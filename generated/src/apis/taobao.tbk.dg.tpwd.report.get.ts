// Generated from specs/tbk/taobao.tbk.dg.tpwd.report.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tbk.dg.tpwd.report.get` (淘宝客-推广者-淘口令回流数据查询). */
export interface TaobaoTbkDgTpwdReportGetRequest {
  /** 待查询的口令 */
  tao_password: string;
  /** mm_xxx_xxx_xxx的第3段数字 */
  adzone_id: string;
}

/** Response of `taobao.tbk.dg.tpwd.report.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTbkDgTpwdReportGetResponse {
  /** 返回结果 */
  data?: TaobaoTbkDgTpwdReportGetMapData;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MapData` of `taobao.tbk.dg.tpwd.report.get`. */
export interface TaobaoTbkDgTpwdReportGetMapData {
  /** 截止查询时刻近1小时回流pv */
  hour_pv?: Int64;
  /** 截止查询时刻近1小时回流uv */
  hour_uv?: Int64;
  /** 今日截止查询时刻累计uv */
  uv?: Int64;
  /** 今日截止查询时刻累计pv */
  pv?: Int64;
}

const REQUEST_SCHEMA = {
  tao_password: 'String',
  adzone_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    hour_pv: 'Number',
    hour_uv: 'Number',
    uv: 'Number',
    pv: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.tbk.dg.tpwd.report.get`: method, response root, request and response schemas. */
export const taobaoTbkDgTpwdReportGetOperation = {
  method: 'taobao.tbk.dg.tpwd.report.get',
  responseRoot: 'tbk_dg_tpwd_report_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘宝客-推广者-淘口令回流数据查询 — calls TOP method `taobao.tbk.dg.tpwd.report.get`.
 *
 * 淘宝客获取单个淘口令的回流PV、UV数据。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTbkDgTpwdReportGet(
  client: TopClient,
  request: TaobaoTbkDgTpwdReportGetRequest,
  options?: CallOptions,
): Promise<TaobaoTbkDgTpwdReportGetResponse> {
  return client.call<TaobaoTbkDgTpwdReportGetResponse>(
    {
      method: 'taobao.tbk.dg.tpwd.report.get',
      responseRoot: 'tbk_dg_tpwd_report_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
