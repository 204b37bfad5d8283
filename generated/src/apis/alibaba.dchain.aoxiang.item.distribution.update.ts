// Generated from specs/ascp/alibaba.dchain.aoxiang.item.distribution.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.dchain.aoxiang.item.distribution.update` (更新商品分销内容). */
export interface AlibabaDchainAoxiangItemDistributionUpdateRequest {
  /** 更新商品分销入参 */
  update_item_distribution_request: AlibabaDchainAoxiangItemDistributionUpdateUpdateItemDistributionRequestInput;
}

/** Response of `alibaba.dchain.aoxiang.item.distribution.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDchainAoxiangItemDistributionUpdateResponse {
  /** 返回结构体 */
  update_item_distribution_response?: AlibabaDchainAoxiangItemDistributionUpdateSaveItemDistributionResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `UpdateItemDistributionRequest` of `alibaba.dchain.aoxiang.item.distribution.update`. */
export interface AlibabaDchainAoxiangItemDistributionUpdateUpdateItemDistributionRequestInput {
  /** 业务请求ID，用于幂等 */
  request_id: string;
  /** 业务请求时间。时间戳。 毫秒 */
  request_time: Int64Input;
  /** 【必传】要选择进行铺货的店铺宝贝 itemId */
  item_id: string;
  /** 要选择进行铺货的店铺宝贝 skuId， 如果没有sku就不传 */
  sku_id?: string;
  /** 运费模板id，如果要修改则需要传 */
  logistics_cost_template_id?: Int64Input;
  /** 通用分销价格，卖给分销商的价格， 单位 分。 如果需要修改则需要传 */
  distribute_price: Int64Input;
  /** 币种 */
  distribute_currency: string;
  /** 建议零售价。 建议分销商卖给消费者的价格， 单位 分。 非必传 */
  retail_price?: Int64Input;
  /** 币种 */
  retail_currency?: string;
  /** 1级分销价格 */
  level1_price?: Int64Input;
  /** 2级分销价格 */
  level2_price?: Int64Input;
  /** 3级分销价格 */
  level3_price?: Int64Input;
  /** 4级分销价格 */
  level4_price?: Int64Input;
  /** 5级分销价格 */
  level5_price?: Int64Input;
}

/** `SaveItemDistributionResponse` of `alibaba.dchain.aoxiang.item.distribution.update`. */
export interface AlibabaDchainAoxiangItemDistributionUpdateSaveItemDistributionResponse {
  /** 返回信息码 */
  code?: string;
  /** 业务处理结果 */
  data?: AlibabaDchainAoxiangItemDistributionUpdateDistributionResponse;
  /** 调用接口是否成功。调用成功之后，需要看data里面的success，才能知道业务处理是否成功 */
  success?: boolean;
  /** 返回信息 */
  message?: string;
  /** 操作码 */
  trace_id?: string;
}

/** `DistributionResponse` of `alibaba.dchain.aoxiang.item.distribution.update`. */
export interface AlibabaDchainAoxiangItemDistributionUpdateDistributionResponse {
  /** 执行结果 */
  success?: boolean;
  /** 错误编码 */
  error_code?: string;
  /** 错误描述 */
  error_message?: string;
}

const REQUEST_SCHEMA = {
  update_item_distribution_request: {
    request_id: 'String',
    request_time: 'Number',
    item_id: 'String',
    sku_id: 'String',
    logistics_cost_template_id: 'Number',
    distribute_price: 'Number',
    distribute_currency: 'String',
    retail_price: 'Number',
    retail_currency: 'String',
    level1_price: 'Number',
    level2_price: 'Number',
    level3_price: 'Number',
    level4_price: 'Number',
    level5_price: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  update_item_distribution_response: {
    code: 'String',
    data: {
      success: 'Boolean',
      error_code: 'String',
      error_message: 'String',
    },
    success: 'Boolean',
    message: 'String',
    trace_id: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.dchain.aoxiang.item.distribution.update`: method, response root, request and response schemas. */
export const alibabaDchainAoxiangItemDistributionUpdateOperation = {
  method: 'alibaba.dchain.aoxiang.item.distribution.update',
  responseRoot: 'alibaba_dchain_aoxiang_item_distribution_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 更新商品分销内容 — calls TOP method `alibaba.dchain.aoxiang.item.distribution.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDchainAoxiangItemDistributionUpdate(
  client: TopClient,
  request: AlibabaDchainAoxiangItemDistributionUpdateRequest,
  options?: CallOptions,
): Promise<AlibabaDchainAoxiangItemDistributionUpdateResponse> {
  return client.call<AlibabaDchainAoxiangItemDistributionUpdateResponse>(
    {
      method: 'alibaba.dchain.aoxiang.item.distribution.update',
      responseRoot: 'alibaba_dchain_aoxiang_item_distribution_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
