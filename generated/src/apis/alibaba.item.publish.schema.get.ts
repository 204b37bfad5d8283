// Generated from specs/tbitem/alibaba.item.publish.schema.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.item.publish.schema.get` (获取商品发布规则信息). */
export interface AlibabaItemPublishSchemaGetRequest {
  /**
   * 商品主图链接，最多5张，传入完整URL
   *
   * Max list size: 5
   */
  images?: string[];
  /** 商品类型。b:一口价 a:拍卖 默认值b一口价 */
  item_type?: string;
  /** 业务扩展参数，需与平台约定好 */
  biz_type?: string;
  /** 商品发布的市场。taobao:淘宝,tmall:天猫,litetao:淘宝特价版 */
  market: string;
  /** 商品类目ID */
  cat_id: Int64Input;
  /** 产品ID，天猫市场(market=tmall)时必填 */
  spu_id?: Int64Input;
  /** 商品条码 */
  barcode?: string;
}

/** Response of `alibaba.item.publish.schema.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaItemPublishSchemaGetResponse {
  /** 商品发布规则信息，XML格式. */
  result?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  images: ['String'],
  item_type: 'String',
  biz_type: 'String',
  market: 'String',
  cat_id: 'Number',
  spu_id: 'Number',
  barcode: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.item.publish.schema.get`: method, response root, request and response schemas. */
export const alibabaItemPublishSchemaGetOperation = {
  method: 'alibaba.item.publish.schema.get',
  responseRoot: 'alibaba_item_publish_schema_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取商品发布规则信息 — calls TOP method `alibaba.item.publish.schema.get`.
 *
 * 新商品发布，获取商品发布规则信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaItemPublishSchemaGet(
  client: TopClient,
  request: AlibabaItemPublishSchemaGetRequest,
  options?: CallOptions,
): Promise<AlibabaItemPublishSchemaGetResponse> {
  return client.call<AlibabaItemPublishSchemaGetResponse>(
    {
      method: 'alibaba.item.publish.schema.get',
      responseRoot: 'alibaba_item_publish_schema_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
