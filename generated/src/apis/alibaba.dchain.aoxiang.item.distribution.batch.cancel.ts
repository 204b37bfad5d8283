// Generated from specs/ascp/alibaba.dchain.aoxiang.item.distribution.batch.cancel.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.dchain.aoxiang.item.distribution.batch.cancel` (取消商品分销). */
export interface AlibabaDchainAoxiangItemDistributionBatchCancelRequest {
  /** 取消商品分销入参 */
  cancel_distribute_request: AlibabaDchainAoxiangItemDistributionBatchCancelCancelDistributeRequestInput;
}

/** Response of `alibaba.dchain.aoxiang.item.distribution.batch.cancel`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDchainAoxiangItemDistributionBatchCancelResponse {
  /** 返回结构体 */
  cancel_distribute_response?: AlibabaDchainAoxiangItemDistributionBatchCancelTopResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CancelDistributeRequest` of `alibaba.dchain.aoxiang.item.distribution.batch.cancel`. */
export interface AlibabaDchainAoxiangItemDistributionBatchCancelCancelDistributeRequestInput {
  /** 业务请求时间。时间戳。 毫秒 */
  request_time: Int64Input;
  /** 业务请求ID，用于幂等 */
  request_id: string;
  /** 取消详情 */
  cancel_distribute_info_list: AlibabaDchainAoxiangItemDistributionBatchCancelCancelDistributeInfoInput[];
}

/** `CancelDistributeInfo` of `alibaba.dchain.aoxiang.item.distribution.batch.cancel`. */
export interface AlibabaDchainAoxiangItemDistributionBatchCancelCancelDistributeInfoInput {
  /** 【必传】要取消的商品itemId */
  item_id: string;
  /** 要取消的商品skuId, 如果没有则不需要传 */
  sku_id?: string;
  /** 【必传】取消所有铺货,如果设置为false，则需要设置 distributorShopUserIdList */
  cancel_all: boolean;
  /** 要取消铺货的分销商ID列表,如果 cancelAll = true, 则不需要设置此字段,如果 cancelAll = false， 则此字段必填 */
  distributor_shop_user_id_list?: Int64Input[];
}

/** `TopResponse` of `alibaba.dchain.aoxiang.item.distribution.batch.cancel`. */
export interface AlibabaDchainAoxiangItemDistributionBatchCancelTopResponse {
  /** 返回信息码 */
  code?: string;
  /** 业务处理结果。 */
  data?: AlibabaDchainAoxiangItemDistributionBatchCancelCancelDistributeResponse;
  /** 调用接口是否成功。调用成功之后，需要看data里面的success，才能知道业务处理是否成功 */
  success?: boolean;
  /** 返回信息 */
  message?: string;
  /** 操作码 */
  trace_id?: string;
}

/** `CancelDistributeResponse` of `alibaba.dchain.aoxiang.item.distribution.batch.cancel`. */
export interface AlibabaDchainAoxiangItemDistributionBatchCancelCancelDistributeResponse {
  /** 处理结果。 打平到 item + 分销商粒度。 处理成功和处理失败都会返回 */
  cancel_distribute_detail_list?: AlibabaDchainAoxiangItemDistributionBatchCancelCancelDistributeDetail[];
  /** 成功或者失败 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 错误内容 */
  error_message?: string;
}

/** `CancelDistributeDetail` of `alibaba.dchain.aoxiang.item.distribution.batch.cancel`. */
export interface AlibabaDchainAoxiangItemDistributionBatchCancelCancelDistributeDetail {
  /** 传入的商品id */
  item_id?: string;
  /** 传入的商品skuId */
  sku_id?: string;
  /** 分销商 shopUserId */
  distributor_shop_user_id?: Int64;
  /** 分销商昵称 */
  distributor_company_name?: string;
  /** 处理结果 */
  success?: boolean;
  /** 错误编码 */
  error_code?: string;
  /** 错误信息 */
  error_message?: string;
}

const REQUEST_SCHEMA = {
  cancel_distribute_request: {
    request_time: 'Number',
    request_id: 'String',
    cancel_distribute_info_list: [
      {
        item_id: 'String',
        sku_id: 'String',
        cancel_all: 'Boolean',
        distributor_shop_user_id_list: ['Number'],
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  cancel_distribute_response: {
    code: 'String',
    data: {
      cancel_distribute_detail_list: [
        {
          item_id: 'String',
          sku_id: 'String',
          distributor_shop_user_id: 'Number',
          distributor_company_name: 'String',
          success: 'Boolean',
          error_code: 'String',
          error_message: 'String',
        },
      ],
      success: 'Boolean',
      error_code: 'String',
      error_message: 'String',
    },
    success: 'Boolean',
    message: 'String',
    trace_id: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.dchain.aoxiang.item.distribution.batch.cancel`: method, response root, request and response schemas. */
export const alibabaDchainAoxiangItemDistributionBatchCancelOperation = {
  method: 'alibaba.dchain.aoxiang.item.distribution.batch.cancel',
  responseRoot: 'alibaba_dchain_aoxiang_item_distribution_batch_cancel_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 取消商品分销 — calls TOP method `alibaba.dchain.aoxiang.item.distribution.batch.cancel`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDchainAoxiangItemDistributionBatchCancel(
  client: TopClient,
  request: AlibabaDchainAoxiangItemDistributionBatchCancelRequest,
  options?: CallOptions,
): Promise<AlibabaDchainAoxiangItemDistributionBatchCancelResponse> {
  return client.call<AlibabaDchainAoxiangItemDistributionBatchCancelResponse>(
    {
      method: 'alibaba.dchain.aoxiang.item.distribution.batch.cancel',
      responseRoot: 'alibaba_dchain_aoxiang_item_distribution_batch_cancel_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
