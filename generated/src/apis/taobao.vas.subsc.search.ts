// Generated from specs/servicecenter/taobao.vas.subsc.search.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.vas.subsc.search` (订购记录导出). */
export interface TaobaoVasSubscSearchRequest {
  /** 应用收费代码，从合作伙伴后台（my.open.taobao.com）-收费管理-收费项目列表 能够获得该应用的收费代码 */
  article_code: string;
  /** 收费项目代码，从合作伙伴后台（my.open.taobao.com）-收费管理-收费项目列表 能够获得收费项目代码 */
  item_code?: string;
  /** 到期时间起始值（当start_deadline和end_deadline都不填写时，默认返回最近90天的数据） */
  start_deadline?: DateInput;
  /** 到期时间结束值 */
  end_deadline?: DateInput;
  /** 订购记录状态，1=有效 2=过期 空=全部 */
  status?: Int64Input;
  /** 是否自动续费，true=自动续费 false=非自动续费 空=全部 */
  autosub?: boolean;
  /** 是否到期提醒，true=到期提醒 false=非到期提醒 空=全部 */
  expire_notice?: boolean;
  /** 一页包含的记录数 */
  page_size?: Int64Input;
  /** 页码 */
  page_no?: Int64Input;
  /** 淘宝会员名 */
  nick?: string;
}

/** Response of `taobao.vas.subsc.search`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoVasSubscSearchResponse {
  /** 订购关系对象 */
  article_subs?: TaobaoVasSubscSearchArticleSub[];
  /** 总记录数 */
  total_item?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ArticleSub` of `taobao.vas.subsc.search`. */
export interface TaobaoVasSubscSearchArticleSub {
  /** 淘宝会员名 */
  nick?: string;
  /** 应用名称 */
  article_name?: string;
  /** 应用收费代码，从合作伙伴后台（my.open.taobao.com）-收费管理-收费项目列表 能够获得该应用的收费代码 */
  article_code?: string;
  /** 收费项目名称 */
  item_name?: string;
  /** 收费项目代码，从合作伙伴后台（my.open.taobao.com）-收费管理-收费项目列表 能够获得收费项目代码 */
  item_code?: string;
  /** 订购关系到期时间 */
  deadline?: string;
  /** 状态，1=有效 2=过期 */
  status?: Int64;
  /** 是否自动续费 */
  autosub?: boolean;
  /** 是否到期提醒 */
  expire_notice?: boolean;
}

const REQUEST_SCHEMA = {
  article_code: 'String',
  item_code: 'String',
  start_deadline: 'Date',
  end_deadline: 'Date',
  status: 'Number',
  autosub: 'Boolean',
  expire_notice: 'Boolean',
  page_size: 'Number',
  page_no: 'Number',
  nick: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  article_subs: [
    {
      nick: 'String',
      article_name: 'String',
      article_code: 'String',
      item_name: 'String',
      item_code: 'String',
      deadline: 'Date',
      status: 'Number',
      autosub: 'Boolean',
      expire_notice: 'Boolean',
    },
  ],
  total_item: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.vas.subsc.search`: method, response root, request and response schemas. */
export const taobaoVasSubscSearchOperation = {
  method: 'taobao.vas.subsc.search',
  responseRoot: 'vas_subsc_search_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 订购记录导出 — calls TOP method `taobao.vas.subsc.search`.
 *
 * 用于ISV查询自己名下的应用及收费项目的订购记录
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoVasSubscSearch(
  client: TopClient,
  request: TaobaoVasSubscSearchRequest,
  options?: CallOptions,
): Promise<TaobaoVasSubscSearchResponse> {
  return client.call<TaobaoVasSubscSearchResponse>(
    {
      method: 'taobao.vas.subsc.search',
      responseRoot: 'vas_subsc_search_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
