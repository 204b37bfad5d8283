// Generated from specs/fenxiao/alibaba.fenxiao.cbutotaobao.relation.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.fenxiao.cbutotaobao.relation.add` (1688分销铺货到淘宝关系添加). */
export interface AlibabaFenxiaoCbutotaobaoRelationAddRequest {
  /** 淘宝商品id */
  item_id: Int64Input;
  /** 1688买家id */
  buyer_id: Int64Input;
  /** 1688供应商id */
  supplier_id: Int64Input;
  /** 1688商品id */
  offer_id: Int64Input;
}

/** Response of `alibaba.fenxiao.cbutotaobao.relation.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaFenxiaoCbutotaobaoRelationAddResponse {
  /** 结果返回值 */
  result?: string;
  /** 是否成功 */
  result_success?: boolean;
  /** 错误信息 */
  result_message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  item_id: 'Number',
  buyer_id: 'Number',
  supplier_id: 'Number',
  offer_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'String',
  result_success: 'Boolean',
  result_message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.fenxiao.cbutotaobao.relation.add`: method, response root, request and response schemas. */
export const alibabaFenxiaoCbutotaobaoRelationAddOperation = {
  method: 'alibaba.fenxiao.cbutotaobao.relation.add',
  responseRoot: 'alibaba_fenxiao_cbutotaobao_relation_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 1688分销铺货到淘宝关系添加 — calls TOP method `alibaba.fenxiao.cbutotaobao.relation.add`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaFenxiaoCbutotaobaoRelationAdd(
  client: TopClient,
  request: AlibabaFenxiaoCbutotaobaoRelationAddRequest,
  options?: CallOptions,
): Promise<AlibabaFenxiaoCbutotaobaoRelationAddResponse> {
  return client.call<AlibabaFenxiaoCbutotaobaoRelationAddResponse>(
    {
      method: 'alibaba.fenxiao.cbutotaobao.relation.add',
      responseRoot: 'alibaba_fenxiao_cbutotaobao_relation_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
