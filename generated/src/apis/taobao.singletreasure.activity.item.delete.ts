// Generated from specs/singletreasure/taobao.singletreasure.activity.item.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.singletreasure.activity.item.delete` (删除单品优惠接口). */
export interface TaobaoSingletreasureActivityItemDeleteRequest {
  /** 活动id */
  activity_id: Int64Input;
  /** 商品Id */
  item_id: Int64Input;
}

/** Response of `taobao.singletreasure.activity.item.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSingletreasureActivityItemDeleteResponse {
  /** result */
  result?: TaobaoSingletreasureActivityItemDeleteResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultDto` of `taobao.singletreasure.activity.item.delete`. */
export interface TaobaoSingletreasureActivityItemDeleteResultDto {
  /** 请求返回信息 */
  message?: string;
  /** 返回所有的处理错误的信息 */
  data?: TaobaoSingletreasureActivityItemDeleteItemProcessErrorResultDto;
  /** 请求返回码 */
  code?: Int64;
  /** 是否成功 */
  success?: boolean;
}

/** `ItemProcessErrorResultDto` of `taobao.singletreasure.activity.item.delete`. */
export interface TaobaoSingletreasureActivityItemDeleteItemProcessErrorResultDto {
  /** 活动Id */
  activity_id?: Int64;
  /** 处理失败的item和sku: map结构为:itemId: skuId-错误信息,所有返回的外层key是itemId，里面的key是skuId，商品级别的skuId为-1 */
  sku_id_map?: string;
}

const REQUEST_SCHEMA = {
  activity_id: 'Number',
  item_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    data: {
      activity_id: 'Number',
      sku_id_map: 'String',
    },
    code: 'Number',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.singletreasure.activity.item.delete`: method, response root, request and response schemas. */
export const taobaoSingletreasureActivityItemDeleteOperation = {
  method: 'taobao.singletreasure.activity.item.delete',
  responseRoot: 'singletreasure_activity_item_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 删除单品优惠接口 — calls TOP method `taobao.singletreasure.activity.item.delete`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSingletreasureActivityItemDelete(
  client: TopClient,
  request: TaobaoSingletreasureActivityItemDeleteRequest,
  options?: CallOptions,
): Promise<TaobaoSingletreasureActivityItemDeleteResponse> {
  return client.call<TaobaoSingletreasureActivityItemDeleteResponse>(
    {
      method: 'taobao.singletreasure.activity.item.delete',
      responseRoot: 'singletreasure_activity_item_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
