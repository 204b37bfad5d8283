// Generated from specs/product/alibaba.jym.item.external.goods.batch.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.jym.item.external.goods.batch.delete` (交易猫外部商家批量删除商品接口). */
export interface AlibabaJymItemExternalGoodsBatchDeleteRequest {
  /** 商品批量删除接口入参 */
  goods_delete_command_dto: AlibabaJymItemExternalGoodsBatchDeleteGoodsDeleteCommandDTOInput;
}

/** Response of `alibaba.jym.item.external.goods.batch.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaJymItemExternalGoodsBatchDeleteResponse {
  /** 商品批量删除接口返回 */
  result?: AlibabaJymItemExternalGoodsBatchDeleteGoodsBatchResultDTO;
  /** 是否成功 */
  succeed?: boolean;
  /** 状态码 */
  state_code?: string;
  /** 错误信息 */
  extra_err_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `GoodsDeleteCommandDTO` of `alibaba.jym.item.external.goods.batch.delete`. */
export interface AlibabaJymItemExternalGoodsBatchDeleteGoodsDeleteCommandDTOInput {
  /** 批量删除商品id集合 */
  external_goods_id_list: AlibabaJymItemExternalGoodsBatchDeleteExternalGoodsIdDTOInput[];
  /** 外部批次ID，用于幂等 */
  external_batch_id: string;
}

/** `ExternalGoodsIdDTO` of `alibaba.jym.item.external.goods.batch.delete`. */
export interface AlibabaJymItemExternalGoodsBatchDeleteExternalGoodsIdDTOInput {
  /** 交易猫商品ID */
  goods_id: Int64Input;
  /** 外部商品ID，用于标识外部系统每次提交过来的商品 */
  external_goods_id: string;
}

/** `GoodsBatchResultDTO` of `alibaba.jym.item.external.goods.batch.delete`. */
export interface AlibabaJymItemExternalGoodsBatchDeleteGoodsBatchResultDTO {
  /** 商品下架批次ID */
  batch_id?: Int64;
}

const REQUEST_SCHEMA = {
  goods_delete_command_dto: {
    external_goods_id_list: [
      {
        goods_id: 'Number',
        external_goods_id: 'String',
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

/** Static description of `alibaba.jym.item.external.goods.batch.delete`: method, response root, request and response schemas. */
export const alibabaJymItemExternalGoodsBatchDeleteOperation = {
  method: 'alibaba.jym.item.external.goods.batch.delete',
  responseRoot: 'alibaba_jym_item_external_goods_batch_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 交易猫外部商家批量删除商品接口 — calls TOP method `alibaba.jym.item.external.goods.batch.delete`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaJymItemExternalGoodsBatchDelete(
  client: TopClient,
  request: AlibabaJymItemExternalGoodsBatchDeleteRequest,
  options?: CallOptions,
): Promise<AlibabaJymItemExternalGoodsBatchDeleteResponse> {
  return client.call<AlibabaJymItemExternalGoodsBatchDeleteResponse>(
    {
      method: 'alibaba.jym.item.external.goods.batch.delete',
      responseRoot: 'alibaba_jym_item_external_goods_batch_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
