// Generated from specs/tbrefund/taobao.rp.returngoods.refuse.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient, TopFile } from '../runtime/index.js';

/** Request params of `taobao.rp.returngoods.refuse` (卖家拒绝退货). */
export interface TaobaoRpReturngoodsRefuseRequest {
  /** 退款编号 */
  refund_id: Int64Input;
  /** 退款服务状态，售后或者售中 */
  refund_phase: string;
  /** 退款版本号 */
  refund_version: Int64Input;
  /** 拒绝退货凭证图片，必须图片格式，大小不能超过5M */
  refuse_proof: TopFile;
  /** 拒绝原因编号，会提供拒绝原因列表供选择 */
  refuse_reason_id?: Int64Input;
}

/** Response of `taobao.rp.returngoods.refuse`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoRpReturngoodsRefuseResponse {
  /** asdf */
  result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  refund_id: 'Number',
  refund_phase: 'String',
  refund_version: 'Number',
  refuse_proof: 'byte[]',
  refuse_reason_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.rp.returngoods.refuse`: method, response root, request and response schemas. */
export const taobaoRpReturngoodsRefuseOperation = {
  method: 'taobao.rp.returngoods.refuse',
  responseRoot: 'rp_returngoods_refuse_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 卖家拒绝退货 — calls TOP method `taobao.rp.returngoods.refuse`.
 *
 * 卖家拒绝退货，目前仅支持天猫退货。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoRpReturngoodsRefuse(
  client: TopClient,
  request: TaobaoRpReturngoodsRefuseRequest,
  options?: CallOptions,
): Promise<TaobaoRpReturngoodsRefuseResponse> {
  return client.call<TaobaoRpReturngoodsRefuseResponse>(
    {
      method: 'taobao.rp.returngoods.refuse',
      responseRoot: 'rp_returngoods_refuse_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
