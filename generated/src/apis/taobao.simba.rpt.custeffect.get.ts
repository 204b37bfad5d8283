// Generated from specs/simba/taobao.simba.rpt.custeffect.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.rpt.custeffect.get` (用户账户报表效果数据查询（只有汇总数据，无分类数据）). */
export interface TaobaoSimbaRptCusteffectGetRequest {
  /** 主人昵称 */
  nick?: string;
  /** 开始时间，格式yyyy-mm-dd */
  start_time: string;
  /** 结束时间，格式yyyy-mm-dd */
  end_time: string;
  /** 权限校验参数 */
  subway_token: string;
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

/** Response of `taobao.simba.rpt.custeffect.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaRptCusteffectGetResponse {
  /** 账户效果数据返回结果 */
  rpt_cust_effect_list?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  nick: 'String',
  start_time: 'String',
  end_time: 'String',
  subway_token: 'String',
  page_no: 'Number',
  page_size: 'Number',
  source: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  rpt_cust_effect_list: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.simba.rpt.custeffect.get`: method, response root, request and response schemas. */
export const taobaoSimbaRptCusteffectGetOperation = {
  method: 'taobao.simba.rpt.custeffect.get',
  responseRoot: 'simba_rpt_custeffect_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 用户账户报表效果数据查询（只有汇总数据，无分类数据） — calls TOP method `taobao.simba.rpt.custeffect.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaRptCusteffectGet(
  client: TopClient,
  request: TaobaoSimbaRptCusteffectGetRequest,
  options?: CallOptions,
): Promise<TaobaoSimbaRptCusteffectGetResponse> {
  return client.call<TaobaoSimbaRptCusteffectGetResponse>(
    {
      method: 'taobao.simba.rpt.custeffect.get',
      responseRoot: 'simba_rpt_custeffect_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
