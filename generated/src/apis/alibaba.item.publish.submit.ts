// Generated from specs/tbitem/alibaba.item.publish.submit.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.item.publish.submit` (商品发布). */
export interface AlibabaItemPublishSubmitRequest {
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
  /** 商品schema信息，通过alibaba.item.publish.props.get获取并补全后提交 */
  schema: string;
}

/** Response of `alibaba.item.publish.submit`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaItemPublishSubmitResponse {
  /** 商品创建时间 */
  create_time?: string;
  /** 商品ID */
  item_id?: Int64;
  /** 商品所属市场 */
  market?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  biz_type: 'String',
  market: 'String',
  cat_id: 'Number',
  spu_id: 'Number',
  barcode: 'String',
  schema: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  create_time: 'String',
  item_id: 'Number',
  market: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.item.publish.submit`: method, response root, request and response schemas. */
export const alibabaItemPublishSubmitOperation = {
  method: 'alibaba.item.publish.submit',
  responseRoot: 'alibaba_item_publish_submit_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商品发布 — calls TOP method `alibaba.item.publish.submit`.
 *
 * 新商品发布，提交商品发布信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaItemPublishSubmit(
  client: TopClient,
  request: AlibabaItemPublishSubmitRequest,
  options?: CallOptions,
): Promise<AlibabaItemPublishSubmitResponse> {
  return client.call<AlibabaItemPublishSubmitResponse>(
    {
      method: 'alibaba.item.publish.submit',
      responseRoot: 'alibaba_item_publish_submit_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
