// Generated from specs/wdk/alibaba.tcls.aelophy.merchant.channel.order.precheck.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.tcls.aelophy.merchant.channel.order.precheck` (前置校验商品是否可下单作业). */
export interface AlibabaTclsAelophyMerchantChannelOrderPrecheckRequest {
  /** 前置校验入参 */
  pre_check_request: AlibabaTclsAelophyMerchantChannelOrderPrecheckPreCheckRequestInput;
}

/** Response of `alibaba.tcls.aelophy.merchant.channel.order.precheck`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaTclsAelophyMerchantChannelOrderPrecheckResponse {
  /** 结果 */
  api_result?: AlibabaTclsAelophyMerchantChannelOrderPrecheckApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PreCheckRequest` of `alibaba.tcls.aelophy.merchant.channel.order.precheck`. */
export interface AlibabaTclsAelophyMerchantChannelOrderPrecheckPreCheckRequestInput {
  /** 渠道店ID */
  shop_id: string;
  /** 配送地址经纬度 */
  geo: string;
  /** CartScene = 购物车场景 / PostOrderScene = 进入支付场景 */
  scene: string;
  /** 选择时间片日期, PostOrderScene场景必填 */
  time_slice_date?: string;
  /** 选择时间片时间段, PostOrderScene场景必填 */
  time_slice?: string;
  /** 购买商品列表 */
  sku_list: AlibabaTclsAelophyMerchantChannelOrderPrecheckPromiseSkuInfoInput[];
}

/** `PromiseSkuInfo` of `alibaba.tcls.aelophy.merchant.channel.order.precheck`. */
export interface AlibabaTclsAelophyMerchantChannelOrderPrecheckPromiseSkuInfoInput {
  /** 商品编码 */
  sku_code: string;
  /** 加购数量 */
  quantity: string;
  /** 商品履约线路 */
  line_instances?: string;
}

/** `ApiResult` of `alibaba.tcls.aelophy.merchant.channel.order.precheck`. */
export interface AlibabaTclsAelophyMerchantChannelOrderPrecheckApiResult {
  /** 返回码说明 */
  err_msg?: string;
  /** 返回码 */
  err_code?: string;
  /** 是否成功 */
  success?: boolean;
  /** 商品校验结果返回对象 */
  model?: AlibabaTclsAelophyMerchantChannelOrderPrecheckPreCheckResponse;
}

/** `PreCheckResponse` of `alibaba.tcls.aelophy.merchant.channel.order.precheck`. */
export interface AlibabaTclsAelophyMerchantChannelOrderPrecheckPreCheckResponse {
  /** 履约前置校验扩展数据 */
  ext?: string;
  /** 商品是否可作业信息 */
  product_list?: AlibabaTclsAelophyMerchantChannelOrderPrecheckPreCheckProductResponse[];
}

/** `PreCheckProductResponse` of `alibaba.tcls.aelophy.merchant.channel.order.precheck`. */
export interface AlibabaTclsAelophyMerchantChannelOrderPrecheckPreCheckProductResponse {
  /** 商品编码 */
  sku_code?: string;
  /** 是否可作业 */
  can_fulfill?: boolean;
}

const REQUEST_SCHEMA = {
  pre_check_request: {
    shop_id: 'String',
    geo: 'String',
    scene: 'String',
    time_slice_date: 'String',
    time_slice: 'String',
    sku_list: [
      {
        sku_code: 'String',
        quantity: 'Price',
        line_instances: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  api_result: {
    err_msg: 'String',
    err_code: 'String',
    success: 'Boolean',
    model: {
      ext: 'String',
      product_list: [
        {
          sku_code: 'String',
          can_fulfill: 'Boolean',
        },
      ],
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.tcls.aelophy.merchant.channel.order.precheck`: method, response root, request and response schemas. */
export const alibabaTclsAelophyMerchantChannelOrderPrecheckOperation = {
  method: 'alibaba.tcls.aelophy.merchant.channel.order.precheck',
  responseRoot: 'alibaba_tcls_aelophy_merchant_channel_order_precheck_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 前置校验商品是否可下单作业 — calls TOP method `alibaba.tcls.aelophy.merchant.channel.order.precheck`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaTclsAelophyMerchantChannelOrderPrecheck(
  client: TopClient,
  request: AlibabaTclsAelophyMerchantChannelOrderPrecheckRequest,
  options?: CallOptions,
): Promise<AlibabaTclsAelophyMerchantChannelOrderPrecheckResponse> {
  return client.call<AlibabaTclsAelophyMerchantChannelOrderPrecheckResponse>(
    {
      method: 'alibaba.tcls.aelophy.merchant.channel.order.precheck',
      responseRoot: 'alibaba_tcls_aelophy_merchant_channel_order_precheck_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
