// Generated from specs/tbitem/alibaba.item.edit.fastupdate.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.item.edit.fastupdate` (商品编辑增量更新). */
export interface AlibabaItemEditFastupdateRequest {
  /** 商品ID */
  item_id: Int64Input;
  /** 商品类目ID。若不需要修改商品类目，则不用填写 */
  cat_id?: Int64Input;
  /** 产品ID，若不需要修改关联的产品信息，则不需要填写 */
  spu_id?: Int64Input;
  /** 编辑后的schema信息(增量更新，只填写需要更新的字段) */
  schema: string;
}

/** Response of `alibaba.item.edit.fastupdate`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaItemEditFastupdateResponse {
  /** 商品更新时间 */
  update_time?: string;
  /** 商品ID */
  item_id?: Int64;
  /** 商品所属市场 */
  market?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  item_id: 'Number',
  cat_id: 'Number',
  spu_id: 'Number',
  schema: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  update_time: 'String',
  item_id: 'Number',
  market: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.item.edit.fastupdate`: method, response root, request and response schemas. */
export const alibabaItemEditFastupdateOperation = {
  method: 'alibaba.item.edit.fastupdate',
  responseRoot: 'alibaba_item_edit_fastupdate_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商品编辑增量更新 — calls TOP method `alibaba.item.edit.fastupdate`.
 *
 * 商品编辑增量更新;
 *
 * 该接口编辑sku，只能更新价格、库存等信息，不能新增sku;
 *
 * 新增sku用全量接口alibaba.item.edit.submit，先设置销售属性;
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaItemEditFastupdate(
  client: TopClient,
  request: AlibabaItemEditFastupdateRequest,
  options?: CallOptions,
): Promise<AlibabaItemEditFastupdateResponse> {
  return client.call<AlibabaItemEditFastupdateResponse>(
    {
      method: 'alibaba.item.edit.fastupdate',
      responseRoot: 'alibaba_item_edit_fastupdate_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
