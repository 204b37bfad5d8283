// Generated from specs/ascp/alibaba.dchain.aoxiang.item.distribution.specify.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.dchain.aoxiang.item.distribution.specify.create` (指定分销商进行铺货(专享)). */
export interface AlibabaDchainAoxiangItemDistributionSpecifyCreateRequest {
  /** 指定分销商铺品 */
  create_item_distribution_request: AlibabaDchainAoxiangItemDistributionSpecifyCreateSpecifyDistributionRequestInput;
}

/** Response of `alibaba.dchain.aoxiang.item.distribution.specify.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDchainAoxiangItemDistributionSpecifyCreateResponse {
  /** 返回结构体 */
  create_item_distribution_response?: AlibabaDchainAoxiangItemDistributionSpecifyCreateTopResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SpecifyDistributionRequest` of `alibaba.dchain.aoxiang.item.distribution.specify.create`. */
export interface AlibabaDchainAoxiangItemDistributionSpecifyCreateSpecifyDistributionRequestInput {
  /** 业务请求时间。时间戳。 毫秒 */
  request_time: Int64Input;
  /** 业务请求ID，用于幂等 */
  request_id: string;
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
  /** 【必传】货品id */
  sc_item_id: string;
  /** 【必传】运费模板id， 可以通过alibaba.dchain.aoxiang.deliverytemplate.query 这个接口进行获取 */
  logistics_cost_template_id: Int64Input;
  /** 【必传】指定分销商铺货详情 */
  distribution_info_list: AlibabaDchainAoxiangItemDistributionSpecifyCreateLongInput[];
}

/** `Long` of `alibaba.dchain.aoxiang.item.distribution.specify.create`. */
export interface AlibabaDchainAoxiangItemDistributionSpecifyCreateLongInput {
  /** 【必传】分销商sellerId */
  distributor_shop_user_id: Int64Input;
  /** 【必传】分销价 */
  distribute_price: Int64Input;
  /** 币种 */
  distribute_currency?: string;
  /** 建议零售价 */
  retail_price?: Int64Input;
  /** 币种 */
  retail_currency?: string;
}

/** `TopResponse` of `alibaba.dchain.aoxiang.item.distribution.specify.create`. */
export interface AlibabaDchainAoxiangItemDistributionSpecifyCreateTopResponse {
  /** 调用接口是否成功。调用成功之后，需要看data里面的success，才能知道业务处理是否成功 */
  success?: boolean;
  /** 返回信息 */
  code?: string;
  /** 返回信息码 */
  message?: string;
  /** 业务处理结果 */
  data?: AlibabaDchainAoxiangItemDistributionSpecifyCreateSpecifyDistributionResponse;
  /** 操作码 */
  trace_id?: string;
}

/** `SpecifyDistributionResponse` of `alibaba.dchain.aoxiang.item.distribution.specify.create`. */
export interface AlibabaDchainAoxiangItemDistributionSpecifyCreateSpecifyDistributionResponse {
  /** 处理是否成功，只有处理成功responseDetailList 中才会有值。 responseDetailList中代表每个品的处理结果 */
  success?: boolean;
  /** 错误编码 */
  error_code?: string;
  /** 错误消息 */
  error_message?: string;
  /** 每个品的处理结果 */
  response_detail_list?: AlibabaDchainAoxiangItemDistributionSpecifyCreateSpecifyDistributionResponseDetail[];
}

/** `SpecifyDistributionResponseDetail` of `alibaba.dchain.aoxiang.item.distribution.specify.create`. */
export interface AlibabaDchainAoxiangItemDistributionSpecifyCreateSpecifyDistributionResponseDetail {
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
  /** 分销商sellerId */
  distributor_shop_user_id?: Int64;
}

const REQUEST_SCHEMA = {
  create_item_distribution_request: {
    request_time: 'Number',
    request_id: 'String',
    item_id: 'String',
    item_code: 'String',
    item_title: 'String',
    sku_id: 'String',
    sku_code: 'String',
    sku_title: 'String',
    sc_item_id: 'String',
    logistics_cost_template_id: 'Number',
    distribution_info_list: [
      {
        distributor_shop_user_id: 'Number',
        distribute_price: 'Number',
        distribute_currency: 'String',
        retail_price: 'Number',
        retail_currency: 'String',
      },
    ],
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
      response_detail_list: [
        {
          success: 'Boolean',
          error_code: 'String',
          error_message: 'String',
          item_id: 'String',
          sku_id: 'String',
          distributor_shop_user_id: 'Number',
        },
      ],
    },
    trace_id: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.dchain.aoxiang.item.distribution.specify.create`: method, response root, request and response schemas. */
export const alibabaDchainAoxiangItemDistributionSpecifyCreateOperation = {
  method: 'alibaba.dchain.aoxiang.item.distribution.specify.create',
  responseRoot: 'alibaba_dchain_aoxiang_item_distribution_specify_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 指定分销商进行铺货(专享) — calls TOP method `alibaba.dchain.aoxiang.item.distribution.specify.create`.
 *
 * 选择店铺的商品进行指定分销商铺货。 可以指定对应的分销商对应的价格
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDchainAoxiangItemDistributionSpecifyCreate(
  client: TopClient,
  request: AlibabaDchainAoxiangItemDistributionSpecifyCreateRequest,
  options?: CallOptions,
): Promise<AlibabaDchainAoxiangItemDistributionSpecifyCreateResponse> {
  return client.call<AlibabaDchainAoxiangItemDistributionSpecifyCreateResponse>(
    {
      method: 'alibaba.dchain.aoxiang.item.distribution.specify.create',
      responseRoot: 'alibaba_dchain_aoxiang_item_distribution_specify_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
