// Generated from specs/bill/taobao.tae.accounts.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tae.accounts.get` (tae查询费用科目信息). */
export interface TaobaoTaeAccountsGetRequest {
  /**
   * 需要返回的字段
   *
   * Max list size: 20
   */
  fields: string[];
  /**
   * 需要获取的科目ID
   *
   * Max list size: 20
   */
  aids?: string[];
}

/** Response of `taobao.tae.accounts.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTaeAccountsGetResponse {
  /** 返回记录行数 */
  total_results?: Int64;
  /** 返回的科目信息 */
  accounts?: TaobaoTaeAccountsGetTopAccountDto[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopAccountDto` of `taobao.tae.accounts.get`. */
export interface TaobaoTaeAccountsGetTopAccountDto {
  /** 创建时间 */
  gmt_create?: string;
  /** 费用科目编号 */
  account_id?: Int64;
  /** 状态:0-不可用 1-可用 */
  status?: Int64;
  /** 费用科目编码 */
  account_code?: string;
  /** 修改时间 */
  gmt_modified?: string;
  /** 费用科目类型:1-虚拟账户 2-交易 3-交易佣金 4-服务费 5-天猫积分 6-其他 */
  account_type?: Int64;
  /** 费用科目名称 */
  account_name?: string;
  /** 是否订单相关:0-订单无关 1-订单相关 */
  related_order?: Int64;
}

const REQUEST_SCHEMA = {
  fields: ['String'],
  aids: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  total_results: 'Number',
  accounts: [
    {
      gmt_create: 'Date',
      account_id: 'Number',
      status: 'Number',
      account_code: 'String',
      gmt_modified: 'Date',
      account_type: 'Number',
      account_name: 'String',
      related_order: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.tae.accounts.get`: method, response root, request and response schemas. */
export const taobaoTaeAccountsGetOperation = {
  method: 'taobao.tae.accounts.get',
  responseRoot: 'tae_accounts_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * tae查询费用科目信息 — calls TOP method `taobao.tae.accounts.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTaeAccountsGet(
  client: TopClient,
  request: TaobaoTaeAccountsGetRequest,
  options?: CallOptions,
): Promise<TaobaoTaeAccountsGetResponse> {
  return client.call<TaobaoTaeAccountsGetResponse>(
    {
      method: 'taobao.tae.accounts.get',
      responseRoot: 'tae_accounts_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
