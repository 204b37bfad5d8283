// Generated from specs/wdk/alibaba.wdk.sku.channelsku.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.sku.channelsku.add` (新增渠道商品). */
export interface AlibabaWdkSkuChannelskuAddRequest {
  /**
   * 入参模型
   *
   * Max list size: 20
   */
  ch_sku_d_o_list: AlibabaWdkSkuChannelskuAddChannelSkuDoInput[];
}

/** Response of `alibaba.wdk.sku.channelsku.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkSkuChannelskuAddResponse {
  /** 结果 */
  result?: AlibabaWdkSkuChannelskuAddApiResults;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ChannelSkuDo` of `alibaba.wdk.sku.channelsku.add`. */
export interface AlibabaWdkSkuChannelskuAddChannelSkuDoInput {
  /** 门店或DC编码 */
  ou_code: string;
  /** 商品编码 */
  sku_code: string;
  /** 销售价格，单位元 */
  sale_price?: string;
  /** 是否可退：0不可退，1可退，默认不可退 */
  return_flag?: string;
  /** 最小销售量 */
  sale_minimum?: Int64Input;
  /** 销售单位 */
  sale_unit?: string;
  /** 销售规格（如果不填，默认为sale_minimum字段值） */
  sale_spec?: string;
  /** 状态（用来判断是否可售；1-正常） */
  life_status?: string;
  /** 出货仓（默认为店仓一体，仓编码为店编码） */
  deliver_warehouse?: string;
  /** 是否支持先销后采，默认false */
  sale_before_purchase?: boolean;
  /** 原始供应商编码 */
  original_supplier_no?: string;
  /** 渠道（默认-1） */
  channel_code?: Int64Input;
  /** 是否toB渠道（默认true） */
  to_b_channel?: boolean;
  /** 时间戳，时间的毫秒数 */
  time_stamp?: Int64Input;
  /** 客户商家编码 */
  customer_merchant_code?: string;
  /** 渠道店id */
  shop_id?: string;
  /** 是否在线上露出，0不露出，1露出 */
  online_sale_flag?: Int64Input;
}

/** `ApiResults` of `alibaba.wdk.sku.channelsku.add`. */
export interface AlibabaWdkSkuChannelskuAddApiResults {
  /** 错误编码 */
  err_code?: string;
  /** 错误信息 */
  err_msg?: string;
  /** 返会结果集合 */
  models?: AlibabaWdkSkuChannelskuAddApiResult[];
  /** 成功失败 */
  success?: boolean;
}

/** `ApiResult` of `alibaba.wdk.sku.channelsku.add`. */
export interface AlibabaWdkSkuChannelskuAddApiResult {
  /** 成功失败 */
  success?: boolean;
  /** 错误编码 */
  err_code?: string;
  /** 返会结果 */
  model?: string;
  /** 错误信息 */
  err_msg?: string;
}

const REQUEST_SCHEMA = {
  ch_sku_d_o_list: [
    {
      ou_code: 'String',
      sku_code: 'String',
      sale_price: 'String',
      return_flag: 'String',
      sale_minimum: 'Number',
      sale_unit: 'String',
      sale_spec: 'String',
      life_status: 'String',
      deliver_warehouse: 'String',
      sale_before_purchase: 'Boolean',
      original_supplier_no: 'String',
      channel_code: 'Number',
      to_b_channel: 'Boolean',
      time_stamp: 'Number',
      customer_merchant_code: 'String',
      shop_id: 'String',
      online_sale_flag: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    err_code: 'String',
    err_msg: 'String',
    models: [
      {
        success: 'Boolean',
        err_code: 'String',
        model: 'String',
        err_msg: 'String',
      },
    ],
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.sku.channelsku.add`: method, response root, request and response schemas. */
export const alibabaWdkSkuChannelskuAddOperation = {
  method: 'alibaba.wdk.sku.channelsku.add',
  responseRoot: 'alibaba_wdk_sku_channelsku_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 新增渠道商品 — calls TOP method `alibaba.wdk.sku.channelsku.add`.
 *
 * 盒马帮1期新增渠道商品
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkSkuChannelskuAdd(
  client: TopClient,
  request: AlibabaWdkSkuChannelskuAddRequest,
  options?: CallOptions,
): Promise<AlibabaWdkSkuChannelskuAddResponse> {
  return client.call<AlibabaWdkSkuChannelskuAddResponse>(
    {
      method: 'alibaba.wdk.sku.channelsku.add',
      responseRoot: 'alibaba_wdk_sku_channelsku_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
