// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.voucher.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.voucher.query` (查询单个代金券信息). */
export interface AlitripMerchantGalaxyVoucherQueryRequest {
  /** 11 */
  tenant_key: string;
  /** 11 */
  token: string;
  /** 11 */
  voucher_id: string;
}

/** Response of `alitrip.merchant.galaxy.voucher.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyVoucherQueryResponse {
  /** 返回参数 */
  result?: AlitripMerchantGalaxyVoucherQueryResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Response` of `alitrip.merchant.galaxy.voucher.query`. */
export interface AlitripMerchantGalaxyVoucherQueryResponse2 {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 返回信息 */
  content?: AlitripMerchantGalaxyVoucherQueryVoucherInfoVO;
  /** 错误信息 */
  error_msg?: string;
}

/** `VoucherInfoVO` of `alitrip.merchant.galaxy.voucher.query`. */
export interface AlitripMerchantGalaxyVoucherQueryVoucherInfoVO {
  /** 代金券id */
  voucher_id?: string;
  /** 券状态 */
  voucher_status?: string;
  /** 酒店数量 */
  hotel_number?: Int64;
  /** 使用时间 */
  voucher_used_date?: string;
  /** 订单id */
  order_id?: string;
  /** 券价格 */
  voucher_price?: Int64;
  /** 券码数量 */
  voucher_number?: Int64;
  /** 券码名称 */
  voucher_name?: string;
  /** 有效期开始时间 */
  effective_date?: string;
  /** 有效期结束时间 */
  expire_date?: string;
  /** 预约须知 */
  appointment_notice?: AlitripMerchantGalaxyVoucherQueryBaseDescVO[];
  /** 可约日期 */
  available_date_list?: string[];
  /** 头图 */
  img?: string;
  /** 关联酒店集合 */
  hotel_list?: string[];
  /** 关联rpCode集合 */
  rate_code_list?: string[];
  /** 可住几晚 */
  night_account?: Int64;
}

/** `BaseDescVO` of `alitrip.merchant.galaxy.voucher.query`. */
export interface AlitripMerchantGalaxyVoucherQueryBaseDescVO {
  /** 名称 */
  name?: string;
  /** 描述 */
  description?: string;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
  token: 'String',
  voucher_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    content: {
      voucher_id: 'String',
      voucher_status: 'String',
      hotel_number: 'Number',
      voucher_used_date: 'String',
      order_id: 'String',
      voucher_price: 'Number',
      voucher_number: 'Number',
      voucher_name: 'String',
      effective_date: 'String',
      expire_date: 'String',
      appointment_notice: [
        {
          name: 'String',
          description: 'String',
        },
      ],
      available_date_list: ['String'],
      img: 'String',
      hotel_list: ['String'],
      rate_code_list: ['String'],
      night_account: 'Number',
    },
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.voucher.query`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyVoucherQueryOperation = {
  method: 'alitrip.merchant.galaxy.voucher.query',
  responseRoot: 'alitrip_merchant_galaxy_voucher_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询单个代金券信息 — calls TOP method `alitrip.merchant.galaxy.voucher.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyVoucherQuery(
  client: TopClient,
  request: AlitripMerchantGalaxyVoucherQueryRequest,
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyVoucherQueryResponse> {
  return client.call<AlitripMerchantGalaxyVoucherQueryResponse>(
    {
      method: 'alitrip.merchant.galaxy.voucher.query',
      responseRoot: 'alitrip_merchant_galaxy_voucher_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
