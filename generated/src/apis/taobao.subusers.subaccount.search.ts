// Generated from specs/subuser/taobao.subusers.subaccount.search.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.subusers.subaccount.search` (根据子账号登录名后缀模糊搜索子账号列表). */
export interface TaobaoSubusersSubaccountSearchRequest {
  /** 主账号登录名 */
  main_nick: string;
  /** 根据子账号冒号后缀的搜索词，支持中文单字、英文单词 分词规则搜索。该搜索词必传。如果不需要模糊搜索仅需要分页获取子账号列表，请使用taobao.sellercenter.subusers.page接口 */
  filter_key: string;
  /** 页大小，大于1小于200 */
  page_size: Int64Input;
  /** 页码，大于等于1 */
  page_num: Int64Input;
}

/** Response of `taobao.subusers.subaccount.search`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSubusersSubaccountSearchResponse {
  /** 子账号列表 */
  subaccounts?: TaobaoSubusersSubaccountSearchSubAccountInfo[];
  /** isv本次调用传入的页大小 */
  page_size?: Int64;
  /** 本次调用删选条件下的总子账号数量，除以页大小可得出最大页数 */
  total_count?: Int64;
  /** isv本次调用传入的页码 */
  page_num?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SubAccountInfo` of `taobao.subusers.subaccount.search`. */
export interface TaobaoSubusersSubaccountSearchSubAccountInfo {
  /** 子账号id */
  sub_id?: Int64;
  /** 子账号状态， 1正常 2冻结 3处罚 */
  status?: Int64;
  /** 主账号id */
  seller_id?: string;
  /** 子账号登录名 */
  sub_nick?: string;
}

const REQUEST_SCHEMA = {
  main_nick: 'String',
  filter_key: 'String',
  page_size: 'Number',
  page_num: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  subaccounts: [
    {
      sub_id: 'Number',
      status: 'Number',
      seller_id: 'String',
      sub_nick: 'String',
    },
  ],
  page_size: 'Number',
  total_count: 'Number',
  page_num: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.subusers.subaccount.search`: method, response root, request and response schemas. */
export const taobaoSubusersSubaccountSearchOperation = {
  method: 'taobao.subusers.subaccount.search',
  responseRoot: 'subusers_subaccount_search_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据子账号登录名后缀模糊搜索子账号列表 — calls TOP method `taobao.subusers.subaccount.search`.
 *
 * 根据子账号冒号后缀搜索子账号列表，支持中文单字、英文单词（不支持英文单字母） 分词规则搜索，该搜索词必传。模糊搜索使用阿里云搜索引擎所以该接口增值收费，如果不需要模糊搜索仅需要分页获取子账号列表，请使用taobao.sellercenter.subusers.page接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSubusersSubaccountSearch(
  client: TopClient,
  request: TaobaoSubusersSubaccountSearchRequest,
  options?: CallOptions,
): Promise<TaobaoSubusersSubaccountSearchResponse> {
  return client.call<TaobaoSubusersSubaccountSearchResponse>(
    {
      method: 'taobao.subusers.subaccount.search',
      responseRoot: 'subusers_subaccount_search_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
