// Generated from specs/product/tmall.item.sku.status.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.item.sku.status.get` (商品sku上下架查询). */
export interface TmallItemSkuStatusGetRequest {
  /** 商品ID */
  item_id: Int64Input;
}

/** Response of `tmall.item.sku.status.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallItemSkuStatusGetResponse {
  /** 结果 */
  result?: TmallItemSkuStatusGetApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ApiResult` of `tmall.item.sku.status.get`. */
export interface TmallItemSkuStatusGetApiResult {
  /** 错误信息 */
  error_codes?: TmallItemSkuStatusGetErrorCode[];
  /** 返回内容 */
  item_sku_status?: TmallItemSkuStatusGetItemSkuStatus;
  /** 执行结果 */
  success?: string;
}

/** `ErrorCode` of `tmall.item.sku.status.get`. */
export interface TmallItemSkuStatusGetErrorCode {
  /** 错误编码 */
  mes_code?: string;
  /** 错误信息 */
  message?: string;
}

/** `ItemSkuStatus` of `tmall.item.sku.status.get`. */
export interface TmallItemSkuStatusGetItemSkuStatus {
  /** sku集合 */
  sku_status_list?: TmallItemSkuStatusGetSkuStatus[];
  /** 商品状态 */
  status?: Int64;
  /** 商品标题 */
  title?: string;
}

/** `SkuStatus` of `tmall.item.sku.status.get`. */
export interface TmallItemSkuStatusGetSkuStatus {
  /** sku状态描述 */
  desc?: string;
  /** 商家编码 */
  outer_id?: string;
  /** outerId */
  sku_id?: Int64;
  /** sku状态 */
  status?: Int64;
}

const REQUEST_SCHEMA = {
  item_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_codes: [
      {
        mes_code: 'String',
        message: 'String',
      },
    ],
    item_sku_status: {
      sku_status_list: [
        {
          desc: 'String',
          outer_id: 'String',
          sku_id: 'Number',
          status: 'Number',
        },
      ],
      status: 'Number',
      title: 'String',
    },
    success: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.item.sku.status.get`: method, response root, request and response schemas. */
export const tmallItemSkuStatusGetOperation = {
  method: 'tmall.item.sku.status.get',
  responseRoot: 'tmall_item_sku_status_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商品sku上下架查询 — calls TOP method `tmall.item.sku.status.get`.
 *
 * 商品sku上下架状态查询
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallItemSkuStatusGet(
  client: TopClient,
  request: TmallItemSkuStatusGetRequest,
  options?: CallOptions,
): Promise<TmallItemSkuStatusGetResponse> {
  return client.call<TmallItemSkuStatusGetResponse>(
    {
      method: 'tmall.item.sku.status.get',
      responseRoot: 'tmall_item_sku_status_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
