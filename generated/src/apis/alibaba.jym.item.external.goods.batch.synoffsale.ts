// Generated from specs/jym/alibaba.jym.item.external.goods.batch.synoffsale.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.jym.item.external.goods.batch.synoffsale` (同步下架接口). */
export interface AlibabaJymItemExternalGoodsBatchSynoffsaleRequest {
  /** 入参 */
  param_sync_off_sale_command_d_t_o: AlibabaJymItemExternalGoodsBatchSynoffsaleSyncOffSaleCommandDTOInput;
}

/** Response of `alibaba.jym.item.external.goods.batch.synoffsale`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaJymItemExternalGoodsBatchSynoffsaleResponse {
  /** 出参 */
  result?: AlibabaJymItemExternalGoodsBatchSynoffsaleResultDTO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SyncOffSaleCommandDTO` of `alibaba.jym.item.external.goods.batch.synoffsale`. */
export interface AlibabaJymItemExternalGoodsBatchSynoffsaleSyncOffSaleCommandDTOInput {
  /** 交易猫商品ID */
  goods_id: Int64Input;
}

/** `ResultDTO` of `alibaba.jym.item.external.goods.batch.synoffsale`. */
export interface AlibabaJymItemExternalGoodsBatchSynoffsaleResultDTO {
  /** 调用错误信息 */
  extra_err_msg?: string;
  /** 业务对象 */
  result?: AlibabaJymItemExternalGoodsBatchSynoffsaleGoodsResultDTO;
  /** 调用错误码 */
  state_code?: string;
  /** 是否调用成功 */
  success?: string;
}

/** `GoodsResultDTO` of `alibaba.jym.item.external.goods.batch.synoffsale`. */
export interface AlibabaJymItemExternalGoodsBatchSynoffsaleGoodsResultDTO {
  /** 状态码 */
  code?: Int64;
  /** 描述 */
  desc?: string;
  /** 是否下架成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  param_sync_off_sale_command_d_t_o: {
    goods_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    extra_err_msg: 'String',
    result: {
      code: 'Number',
      desc: 'String',
      success: 'Boolean',
    },
    state_code: 'String',
    success: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.jym.item.external.goods.batch.synoffsale`: method, response root, request and response schemas. */
export const alibabaJymItemExternalGoodsBatchSynoffsaleOperation = {
  method: 'alibaba.jym.item.external.goods.batch.synoffsale',
  responseRoot: 'alibaba_jym_item_external_goods_batch_synoffsale_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 同步下架接口 — calls TOP method `alibaba.jym.item.external.goods.batch.synoffsale`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaJymItemExternalGoodsBatchSynoffsale(
  client: TopClient,
  request: AlibabaJymItemExternalGoodsBatchSynoffsaleRequest,
  options?: CallOptions,
): Promise<AlibabaJymItemExternalGoodsBatchSynoffsaleResponse> {
  return client.call<AlibabaJymItemExternalGoodsBatchSynoffsaleResponse>(
    {
      method: 'alibaba.jym.item.external.goods.batch.synoffsale',
      responseRoot: 'alibaba_jym_item_external_goods_batch_synoffsale_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
