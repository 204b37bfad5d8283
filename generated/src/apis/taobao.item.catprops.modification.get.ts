// Generated from specs/category/taobao.item.catprops.modification.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.item.catprops.modification.get` (查询商品类目属性变更). */
export interface TaobaoItemCatpropsModificationGetRequest {
  /** 类目Id（与商品Id二选一即可） */
  category_id?: Int64Input;
  /** 商品Id（与类目Id二选一即可。若同时传入商品Id和类目Id，则优先使用商品Id。若填写商品Id，则起始时间设为该商品最近修改时间） */
  item_id?: string;
  /** 起始请求时间（建议传入，默认为90天内） */
  start_time?: string;
}

/** Response of `taobao.item.catprops.modification.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoItemCatpropsModificationGetResponse {
  /** 返回结果 */
  results?: TaobaoItemCatpropsModificationGetPropsModificationResult[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PropsModificationResult` of `taobao.item.catprops.modification.get`. */
export interface TaobaoItemCatpropsModificationGetPropsModificationResult {
  /** 类目属性Id */
  property_id?: Int64;
  /** 是否必填，0-否，1-是 */
  required?: Int64;
  /** 是否多选，0-否，1-是 */
  multi_select?: Int64;
  /** 变更类型: 删除(1), 修改(2), 新增(3) */
  type?: Int64;
  /** 变更日期 */
  ds?: string;
  /** 属性名称 */
  property_name?: string;
}

const REQUEST_SCHEMA = {
  category_id: 'Number',
  item_id: 'String',
  start_time: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  results: [
    {
      property_id: 'Number',
      required: 'Number',
      multi_select: 'Number',
      type: 'Number',
      ds: 'String',
      property_name: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.item.catprops.modification.get`: method, response root, request and response schemas. */
export const taobaoItemCatpropsModificationGetOperation = {
  method: 'taobao.item.catprops.modification.get',
  responseRoot: 'item_catprops_modification_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询商品类目属性变更 — calls TOP method `taobao.item.catprops.modification.get`.
 *
 * 查询商品类目属性变更信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoItemCatpropsModificationGet(
  client: TopClient,
  request: TaobaoItemCatpropsModificationGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoItemCatpropsModificationGetResponse> {
  return client.call<TaobaoItemCatpropsModificationGetResponse>(
    {
      method: 'taobao.item.catprops.modification.get',
      responseRoot: 'item_catprops_modification_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
