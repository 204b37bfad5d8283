// Generated from specs/product/alibaba.jym.item.external.goods.batch.modifyprice.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.jym.item.external.goods.batch.modifyprice` (交易猫外部商家批量商品改价接口). */
export interface AlibabaJymItemExternalGoodsBatchModifypriceRequest {
  /** 商品批量改价接口入参 */
  goods_price_modify_command: AlibabaJymItemExternalGoodsBatchModifypriceGoodsPriceModifyCommandDtoInput;
}

/** Response of `alibaba.jym.item.external.goods.batch.modifyprice`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaJymItemExternalGoodsBatchModifypriceResponse {
  /** 商品批量改价接口返回 */
  result?: AlibabaJymItemExternalGoodsBatchModifypriceGoodsBatchResultDto;
  /** 是否成功 */
  succeed?: boolean;
  /** 状态码 */
  state_code?: string;
  /** 错误信息 */
  extra_err_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `GoodsPriceModifyCommandDto` of `alibaba.jym.item.external.goods.batch.modifyprice`. */
export interface AlibabaJymItemExternalGoodsBatchModifypriceGoodsPriceModifyCommandDtoInput {
  /** 商品价格传输对象 */
  goods_price_list: AlibabaJymItemExternalGoodsBatchModifypriceGoodsPriceDtoInput[];
  /** 外部批次ID，用于幂等 */
  external_batch_id: string;
}

/** `GoodsPriceDto` of `alibaba.jym.item.external.goods.batch.modifyprice`. */
export interface AlibabaJymItemExternalGoodsBatchModifypriceGoodsPriceDtoInput {
  /** 外部商品id对象 */
  external_goods_id: AlibabaJymItemExternalGoodsBatchModifypriceExternalGoodsIdDtoInput;
  /** 商品价格 */
  price: string;
}

/** `ExternalGoodsIdDto` of `alibaba.jym.item.external.goods.batch.modifyprice`. */
export interface AlibabaJymItemExternalGoodsBatchModifypriceExternalGoodsIdDtoInput {
  /** 交易猫商品ID */
  goods_id: Int64Input;
  /** 外部商品ID，用于标识外部系统每次提交过来的商品 */
  external_goods_id: string;
}

/** `GoodsBatchResultDto` of `alibaba.jym.item.external.goods.batch.modifyprice`. */
export interface AlibabaJymItemExternalGoodsBatchModifypriceGoodsBatchResultDto {
  /** 商品改价批次ID */
  batch_id?: Int64;
}

const REQUEST_SCHEMA = {
  goods_price_modify_command: {
    goods_price_list: [
      {
        external_goods_id: {
          goods_id: 'Number',
          external_goods_id: 'String',
        },
        price: 'String',
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

/** Static description of `alibaba.jym.item.external.goods.batch.modifyprice`: method, response root, request and response schemas. */
export const alibabaJymItemExternalGoodsBatchModifypriceOperation = {
  method: 'alibaba.jym.item.external.goods.batch.modifyprice',
  responseRoot: 'alibaba_jym_item_external_goods_batch_modifyprice_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 交易猫外部商家批量商品改价接口 — calls TOP method `alibaba.jym.item.external.goods.batch.modifyprice`.
 *
 * 供外部B端商家接入，提交批量商品改价请求，返回批量改价任务结果
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaJymItemExternalGoodsBatchModifyprice(
  client: TopClient,
  request: AlibabaJymItemExternalGoodsBatchModifypriceRequest,
  options?: CallOptions,
): Promise<AlibabaJymItemExternalGoodsBatchModifypriceResponse> {
  return client.call<AlibabaJymItemExternalGoodsBatchModifypriceResponse>(
    {
      method: 'alibaba.jym.item.external.goods.batch.modifyprice',
      responseRoot: 'alibaba_jym_item_external_goods_batch_modifyprice_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
