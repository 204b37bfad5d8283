// Generated from specs/omniorder/taobao.omniitem.category.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.omniitem.category.get` (全渠道商品轻发布类目信息). */
export interface TaobaoOmniitemCategoryGetRequest {
  /** 全渠道商品类目ID，不填表示获取所有全渠道商品类目信息 */
  category_id?: Int64Input;
}

/** Response of `taobao.omniitem.category.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOmniitemCategoryGetResponse {
  /** result */
  result?: TaobaoOmniitemCategoryGetResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.omniitem.category.get`. */
export interface TaobaoOmniitemCategoryGetResult {
  /** 错误码 */
  code?: string;
  /** data */
  datas?: TaobaoOmniitemCategoryGetOmniItemCategoryDto[];
  /** 错误信息 */
  message?: string;
  /** success */
  success?: boolean;
}

/** `OmniItemCategoryDto` of `taobao.omniitem.category.get`. */
export interface TaobaoOmniitemCategoryGetOmniItemCategoryDto {
  /** 类目名称 */
  category_name?: string;
  /** 类目cid */
  cid?: Int64;
  /** props */
  props?: TaobaoOmniitemCategoryGetOmniItemCategoryPropDto[];
}

/** `OmniItemCategoryPropDto` of `taobao.omniitem.category.get`. */
export interface TaobaoOmniitemCategoryGetOmniItemCategoryPropDto {
  /** 销售属性名称 */
  name?: string;
  /** pid */
  pid?: Int64;
}

const REQUEST_SCHEMA = {
  category_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    datas: [
      {
        category_name: 'String',
        cid: 'Number',
        props: [
          {
            name: 'String',
            pid: 'Number',
          },
        ],
      },
    ],
    message: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.omniitem.category.get`: method, response root, request and response schemas. */
export const taobaoOmniitemCategoryGetOperation = {
  method: 'taobao.omniitem.category.get',
  responseRoot: 'omniitem_category_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 全渠道商品轻发布类目信息 — calls TOP method `taobao.omniitem.category.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOmniitemCategoryGet(
  client: TopClient,
  request: TaobaoOmniitemCategoryGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoOmniitemCategoryGetResponse> {
  return client.call<TaobaoOmniitemCategoryGetResponse>(
    {
      method: 'taobao.omniitem.category.get',
      responseRoot: 'omniitem_category_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
