// Generated from specs/tbitem/alibaba.item.edit.submit.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.item.edit.submit` (商品编辑提交schema信息). */
export interface AlibabaItemEditSubmitRequest {
  /** 商品ID */
  item_id: Int64Input;
  /** 业务扩展参数，需与平台约定好 */
  biz_type?: string;
  /** 商品类目ID。若不需要修改商品类目，则不用填写 */
  cat_id?: Int64Input;
  /** 产品ID，若不需要修改关联的产品信息，则不需要填写 */
  spu_id?: Int64Input;
  /** 编辑后的schema信息，通过alibaba.item.edit.schema.get获取 */
  schema: string;
}

/** Response of `alibaba.item.edit.submit`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaItemEditSubmitResponse {
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
  biz_type: 'String',
  cat_id: 'Number',
  spu_id: 'Number',
  schema: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  update_time: 'String',
  item_id: 'Number',
  market: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.item.edit.submit`: method, response root, request and response schemas. */
export const alibabaItemEditSubmitOperation = {
  method: 'alibaba.item.edit.submit',
  responseRoot: 'alibaba_item_edit_submit_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商品编辑提交schema信息 — calls TOP method `alibaba.item.edit.submit`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaItemEditSubmit(
  client: TopClient,
  request: AlibabaItemEditSubmitRequest,
  options?: CallOptions,
): Promise<AlibabaItemEditSubmitResponse> {
  return client.call<AlibabaItemEditSubmitResponse>(
    {
      method: 'alibaba.item.edit.submit',
      responseRoot: 'alibaba_item_edit_submit_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
