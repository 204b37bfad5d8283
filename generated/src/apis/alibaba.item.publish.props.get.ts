// Generated from specs/tbitem/alibaba.item.publish.props.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.item.publish.props.get` (商品级联属性信息获取). */
export interface AlibabaItemPublishPropsGetRequest {
  /** 商品发布的市场。taobao:淘宝,tmall:天猫,litetao:淘宝特价版 */
  market: string;
  /** 商品类目ID */
  cat_id: Int64Input;
  /** 商品条码 */
  barcode?: string;
  /** 类目属性渲染schema */
  schema: string;
  /** 属性ID */
  prop_id: Int64Input;
}

/** Response of `alibaba.item.publish.props.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaItemPublishPropsGetResponse {
  /** 商品发布规则信息，XML格式. */
  result?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  market: 'String',
  cat_id: 'Number',
  barcode: 'String',
  schema: 'String',
  prop_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.item.publish.props.get`: method, response root, request and response schemas. */
export const alibabaItemPublishPropsGetOperation = {
  method: 'alibaba.item.publish.props.get',
  responseRoot: 'alibaba_item_publish_props_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商品级联属性信息获取 — calls TOP method `alibaba.item.publish.props.get`.
 *
 * 新商品发布，商品级联属性信息获取
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaItemPublishPropsGet(
  client: TopClient,
  request: AlibabaItemPublishPropsGetRequest,
  options?: CallOptions,
): Promise<AlibabaItemPublishPropsGetResponse> {
  return client.call<AlibabaItemPublishPropsGetResponse>(
    {
      method: 'alibaba.item.publish.props.get',
      responseRoot: 'alibaba_item_publish_props_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
