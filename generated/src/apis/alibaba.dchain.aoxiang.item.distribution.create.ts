// Generated from specs/ascp/alibaba.dchain.aoxiang.item.distribution.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.dchain.aoxiang.item.distribution.create` (选择店铺商品并进行铺货（通用）). */
export interface AlibabaDchainAoxiangItemDistributionCreateRequest {
  /** 创建商品分销入参 */
  create_item_distribution_request: AlibabaDchainAoxiangItemDistributionCreateCreateItemDistributionRequestInput;
}

/** Response of `alibaba.dchain.aoxiang.item.distribution.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDchainAoxiangItemDistributionCreateResponse {
  /** 返回结构体 */
  create_item_distribution_response?: AlibabaDchainAoxiangItemDistributionCreateTopResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CreateItemDistributionRequest` of `alibaba.dchain.aoxiang.item.distribution.create`. */
export interface AlibabaDchainAoxiangItemDistributionCreateCreateItemDistributionRequestInput {
  /** 【必传】要选择进行铺货的店铺宝贝 itemId */
  item_id: string;
  /** 【非必传】如果商品没有sku则必传，如果有sku则非必传。 */
  item_code?: string;
  /** 【必传】商品名称 */
  item_title: string;
  /** 要选择进行铺货的店铺宝贝 skuId， 如果没有sku就不传 */
  sku_id?: string;
  /** sku的商家编码， 如果没有sku就不传， 如果有sku则必传 */
  sku_code?: string;
  /** sku规格 */
  sku_title?: string;
  /** 【和货品编码二选一】货品id */
  sc_item_id?: string;
  /** 【必传】运费模板id， 可以通过alibaba.dchain.aoxiang.deliverytemplate.query 这个接口进行获取 */
  logistics_cost_template_id: Int64Input;
  /** 业务请求ID，用于幂等 */
  request_id: string;
  /** 【必传】分销价格，卖给分销商的价格， 单位 分 */
  distribute_price: Int64Input;
  /** 币种 */
  distribute_currency: string;
  /** 建议零售价。 建议分销商卖给消费者的价格， 单位 分。 非必传 */
  retail_price?: Int64Input;
  /** 币种 */
  retail_currency?: string;
  /** 业务请求时间。时间戳。 毫秒 */
  request_time: Int64Input;
  /** 【和货品ID二选一】货品编码 */
  sc_item_code?: string;
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

/** `TopResponse` of `alibaba.dchain.aoxiang.item.distribution.create`. */
export interface AlibabaDchainAoxiangItemDistributionCreateTopResponse {
  /** 调用接口是否成功。调用成功之后，需要看data里面的success，才能知道业务处理是否成功 */
  success?: boolean;
  /** 返回信息 */
  code?: string;
  /** 返回信息码 */
  message?: string;
  /** 业务处理结果 */
  data?: AlibabaDchainAoxiangItemDistributionCreateDistributionResponse;
  /** 操作码 */
  trace_id?: string;
}

/** `DistributionResponse` of `alibaba.dchain.aoxiang.item.distribution.create`. */
export interface AlibabaDchainAoxiangItemDistributionCreateDistributionResponse {
  /** 处理是否成功 */
  success?: boolean;
  /** 错误编码 */
  error_code?: string;
  /** 错误消息 */
  error_message?: string;
  /** 要选择进行铺货的店铺宝贝 itemId */
  item_id?: string;
  /** 要选择进行铺货的店铺宝贝 skuId */
  sku_id?: string;
  /** 货品id */
  sc_item_id?: Int64;
}

const REQUEST_SCHEMA = {
  create_item_distribution_request: {
    item_id: 'String',
    item_code: 'String',
    item_title: 'String',
    sku_id: 'String',
    sku_code: 'String',
    sku_title: 'String',
    sc_item_id: 'String',
    logistics_cost_template_id: 'Number',
    request_id: 'String',
    distribute_price: 'Number',
    distribute_currency: 'String',
    retail_price: 'Number',
    retail_currency: 'String',
    request_time: 'Number',
    sc_item_code: 'String',
    level1_price: 'Number',
    level2_price: 'Number',
    level3_price: 'Number',
    level4_price: 'Number',
    level5_price: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  create_item_distribution_response: {
    success: 'Boolean',
    code: 'String',
    message: 'String',
    data: {
      success: 'Boolean',
      error_code: 'String',
      error_message: 'String',
      item_id: 'String',
      sku_id: 'String',
      sc_item_id: 'Number',
    },
    trace_id: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.dchain.aoxiang.item.distribution.create`: method, response root, request and response schemas. */
export const alibabaDchainAoxiangItemDistributionCreateOperation = {
  method: 'alibaba.dchain.aoxiang.item.distribution.create',
  responseRoot: 'alibaba_dchain_aoxiang_item_distribution_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 选择店铺商品并进行铺货（通用） — calls TOP method `alibaba.dchain.aoxiang.item.distribution.create`.
 *
 * 选择店铺商品并进行铺货, 铺货给所有的合作分销商。设定的价格为通用价格
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDchainAoxiangItemDistributionCreate(
  client: TopClient,
  request: AlibabaDchainAoxiangItemDistributionCreateRequest,
  options?: CallOptions,
): Promise<AlibabaDchainAoxiangItemDistributionCreateResponse> {
  return client.call<AlibabaDchainAoxiangItemDistributionCreateResponse>(
    {
      method: 'alibaba.dchain.aoxiang.item.distribution.create',
      responseRoot: 'alibaba_dchain_aoxiang_item_distribution_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
