// Generated from specs/product/alibaba.jym.item.external.goods.batch.offsale.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.jym.item.external.goods.batch.offsale` (交易猫外部商家批量下架商品接口). */
export interface AlibabaJymItemExternalGoodsBatchOffsaleRequest {
  /** 商品批量下架接口入参 */
  goods_off_sale_command: AlibabaJymItemExternalGoodsBatchOffsaleGoodsOffSaleCommandDtoInput;
}

/** Response of `alibaba.jym.item.external.goods.batch.offsale`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaJymItemExternalGoodsBatchOffsaleResponse {
  /** 商品批量下架接口返回 */
  result?: AlibabaJymItemExternalGoodsBatchOffsaleGoodsBatchResultDto;
  /** 是否成功 */
  succeed?: boolean;
  /** 状态码 */
  state_code?: string;
  /** 错误信息 */
  extra_err_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `GoodsOffSaleCommandDto` of `alibaba.jym.item.external.goods.batch.offsale`. */
export interface AlibabaJymItemExternalGoodsBatchOffsaleGoodsOffSaleCommandDtoInput {
  /** 批量下架商品id集合 */
  external_goods_id_list: AlibabaJymItemExternalGoodsBatchOffsaleExternalGoodsIdDtoInput[];
  /** 外部批次ID，用于幂等 */
  external_batch_id: string;
}

/** `ExternalGoodsIdDto` of `alibaba.jym.item.external.goods.batch.offsale`. */
export interface AlibabaJymItemExternalGoodsBatchOffsaleExternalGoodsIdDtoInput {
  /** 外部商品ID，用于标识外部系统每次提交过来的商品 */
  external_goods_id: string;
  /** 交易猫商品ID */
  goods_id: Int64Input;
}

/** `GoodsBatchResultDto` of `alibaba.jym.item.external.goods.batch.offsale`. */
export interface AlibabaJymItemExternalGoodsBatchOffsaleGoodsBatchResultDto {
  /** 商品下架批次ID */
  batch_id?: Int64;
}

const REQUEST_SCHEMA = {
  goods_off_sale_command: {
    external_goods_id_list: [
      {
        external_goods_id: 'String',
        goods_id: 'Number',
      },
    ],
    external_batch_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    batch_id: 'Number',
  },
  succeed: 'Boolean',
  state_code: 'String',
  extra_err_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.jym.item.external.goods.batch.offsale`: method, response root, request and response schemas. */
export const alibabaJymItemExternalGoodsBatchOffsaleOperation = {
  method: 'alibaba.jym.item.external.goods.batch.offsale',
  responseRoot: 'alibaba_jym_item_external_goods_batch_offsale_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 交易猫外部商家批量下架商品接口 — calls TOP method `alibaba.jym.item.external.goods.batch.offsale`.
 *
 * 供外部B端商家接入，提交批量下架商品请求，返回批量下架任务结果
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaJymItemExternalGoodsBatchOffsale(
  client: TopClient,
  request: AlibabaJymItemExternalGoodsBatchOffsaleRequest,
  options?: CallOptions,
): Promise<AlibabaJymItemExternalGoodsBatchOffsaleResponse> {
  return client.call<AlibabaJymItemExternalGoodsBatchOffsaleResponse>(
    {
      method: 'alibaba.jym.item.external.goods.batch.offsale',
      responseRoot: 'alibaba_jym_item_external_goods_batch_offsale_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
