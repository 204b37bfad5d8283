// Generated from specs/simba/taobao.simba.rpt.custbase.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.rpt.custbase.get` (客户账户报表基础数据对象). */
export interface TaobaoSimbaRptCustbaseGetRequest {
  /** 权限验证信息 */
  subway_token: string;
  /** 昵称 */
  nick?: string;
  /** 开始日期，格式yyyy-mm-dd */
  start_time: string;
  /** 结束日期，格式yyyy-mm-dd */
  end_time: string;
  /**
   * 页码
   *
   * Min value: 1
   */
  page_no?: Int64Input;
  /**
   * 每页大小
   *
   * Min value: 1
   */
  page_size?: Int64Input;
  /** 数据来源（站内：1，站外：2 ，汇总：SUMMARY）SUMMARY必须单选，其他值可多选例如1,2 */
  source: string;
}

/** Response of `taobao.simba.rpt.custbase.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaRptCustbaseGetResponse {
  /** 用户帐户结果 */
  rpt_cust_base_list?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  subway_token: 'String',
  nick: 'String',
  start_time: 'String',
  end_time: 'String',
  page_no: 'Number',
  page_size: 'Number',
  source: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  rpt_cust_base_list: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.simba.rpt.custbase.get`: method, response root, request and response schemas. */
export const taobaoSimbaRptCustbaseGetOperation = {
  method: 'taobao.simba.rpt.custbase.get',
  responseRoot: 'simba_rpt_custbase_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 客户账户报表基础数据对象 — calls TOP method `taobao.simba.rpt.custbase.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaRptCustbaseGet(
  client: TopClient,
  request: TaobaoSimbaRptCustbaseGetRequest,
  options?: CallOptions,
): Promise<TaobaoSimbaRptCustbaseGetResponse> {
  return client.call<TaobaoSimbaRptCustbaseGetResponse>(
    {
      method: 'taobao.simba.rpt.custbase.get',
      responseRoot: 'simba_rpt_custbase_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
