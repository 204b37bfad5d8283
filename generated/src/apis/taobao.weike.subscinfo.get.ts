// Generated from specs/servicecenter/taobao.weike.subscinfo.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.weike.subscinfo.get` (需求订单查询接口). */
export interface TaobaoWeikeSubscinfoGetRequest {
  /** 商家旺旺名称 */
  seller_name?: string;
  /** 时间范围开始时间 */
  start_time?: DateInput;
  /** 时间范围结束时间 */
  end_time?: DateInput;
  /** 页码 */
  page_num?: Int64Input;
}

/** Response of `taobao.weike.subscinfo.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWeikeSubscinfoGetResponse {
  /** 返回结果 */
  result?: TaobaoWeikeSubscinfoGetSubscInfoWrapper;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SubscInfoWrapper` of `taobao.weike.subscinfo.get`. */
export interface TaobaoWeikeSubscinfoGetSubscInfoWrapper {
  /** 总量 */
  total_count?: Int64;
  /** 需求订购信息 */
  subsc_info_list?: TaobaoWeikeSubscinfoGetSubscInfo[];
}

/** `SubscInfo` of `taobao.weike.subscinfo.get`. */
export interface TaobaoWeikeSubscinfoGetSubscInfo {
  /** 订单id */
  id?: Int64;
  /** 订单创建时间 */
  subsc_created_time?: string;
  /** 服务商名称 */
  sp_name?: string;
  /** 子账号名称列表 */
  sub_account_list?: string;
  /** 服务开结束时间 */
  service_end_time?: string;
  /** 商家名称 */
  seller_name?: string;
  /** 服务开始时间 */
  service_start_time?: string;
  /** 订单修改时间 */
  subsc_modified_time?: string;
  /** 订单状态 */
  process_status?: Int64;
  /** 销售提成 */
  sale_bonus?: string;
}

const REQUEST_SCHEMA = {
  seller_name: 'String',
  start_time: 'Date',
  end_time: 'Date',
  page_num: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    total_count: 'Number',
    subsc_info_list: [
      {
        id: 'Number',
        subsc_created_time: 'Date',
        sp_name: 'String',
        sub_account_list: 'String',
        service_end_time: 'Date',
        seller_name: 'String',
        service_start_time: 'Date',
        subsc_modified_time: 'Date',
        process_status: 'Number',
        sale_bonus: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.weike.subscinfo.get`: method, response root, request and response schemas. */
export const taobaoWeikeSubscinfoGetOperation = {
  method: 'taobao.weike.subscinfo.get',
  responseRoot: 'weike_subscinfo_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 需求订单查询接口 — calls TOP method `taobao.weike.subscinfo.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWeikeSubscinfoGet(
  client: TopClient,
  request: TaobaoWeikeSubscinfoGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoWeikeSubscinfoGetResponse> {
  return client.call<TaobaoWeikeSubscinfoGetResponse>(
    {
      method: 'taobao.weike.subscinfo.get',
      responseRoot: 'weike_subscinfo_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
