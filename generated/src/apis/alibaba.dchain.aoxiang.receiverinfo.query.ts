// Generated from specs/ascp/alibaba.dchain.aoxiang.receiverinfo.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.dchain.aoxiang.receiverinfo.query` (供应链优仓即时配隐私小号查询). */
export interface AlibabaDchainAoxiangReceiverinfoQueryRequest {
  /** 收件人查询条件 */
  order_privacy_receiver_query: AlibabaDchainAoxiangReceiverinfoQueryOrderPrivacyReceiverQueryInput;
}

/** Response of `alibaba.dchain.aoxiang.receiverinfo.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDchainAoxiangReceiverinfoQueryResponse {
  /** 用户信息 */
  order_receiver_privacy_response?: AlibabaDchainAoxiangReceiverinfoQueryOrderReceiverPrivacyResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OrderPrivacyReceiverQuery` of `alibaba.dchain.aoxiang.receiverinfo.query`. */
export interface AlibabaDchainAoxiangReceiverinfoQueryOrderPrivacyReceiverQueryInput {
  /** 收件人 */
  oaid: string;
  /** 淘系交易单号 */
  tid?: string;
  /** 翱象强控出库单号 主场景：翱象下发的WMS出库单号 与交易单号必须二选一 */
  delivery_order_code?: string;
  /** 货主 */
  owner_code: string;
  /** 仓库编码 */
  warehouse_code: string;
  /** 使用场景。3001，即时配发货 */
  scene: string;
  /** 扩展属性 */
  extend_props?: string;
  /** 业务请求时间，Unix timestamp ，毫秒 */
  request_time: Int64Input;
  /** 店铺名称 */
  shop_nick?: string;
}

/** `OrderReceiverPrivacyResponse` of `alibaba.dchain.aoxiang.receiverinfo.query`. */
export interface AlibabaDchainAoxiangReceiverinfoQueryOrderReceiverPrivacyResponse {
  /** 响应码 */
  code?: string;
  /** 用户信息 */
  data?: AlibabaDchainAoxiangReceiverinfoQueryOrderReceiverPrivacyData;
  /** 成功或者失败 */
  success?: boolean;
  /** 响应信息 */
  message?: string;
}

/** `OrderReceiverPrivacyData` of `alibaba.dchain.aoxiang.receiverinfo.query`. */
export interface AlibabaDchainAoxiangReceiverinfoQueryOrderReceiverPrivacyData {
  /** 姓名 */
  name?: string;
  /** 移动电话隐私 */
  phone?: string;
  /** 国家二字码 */
  country_code?: string;
  /** 省份 */
  province?: string;
  /** 详细地址 */
  detail_address?: string;
  /** 收件人所在城市 */
  city?: string;
  /** 收件人所在区 */
  district?: string;
  /** 收件人所在街道 */
  town?: string;
}

const REQUEST_SCHEMA = {
  order_privacy_receiver_query: {
    oaid: 'String',
    tid: 'String',
    delivery_order_code: 'String',
    owner_code: 'String',
    warehouse_code: 'String',
    scene: 'String',
    extend_props: 'String',
    request_time: 'Number',
    shop_nick: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  order_receiver_privacy_response: {
    code: 'String',
    data: {
      name: 'String',
      phone: 'String',
      country_code: 'String',
      province: 'String',
      detail_address: 'String',
      city: 'String',
      district: 'String',
      town: 'String',
    },
    success: 'Boolean',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.dchain.aoxiang.receiverinfo.query`: method, response root, request and response schemas. */
export const alibabaDchainAoxiangReceiverinfoQueryOperation = {
  method: 'alibaba.dchain.aoxiang.receiverinfo.query',
  responseRoot: 'alibaba_dchain_aoxiang_receiverinfo_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 供应链优仓即时配隐私小号查询 — calls TOP method `alibaba.dchain.aoxiang.receiverinfo.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDchainAoxiangReceiverinfoQuery(
  client: TopClient,
  request: AlibabaDchainAoxiangReceiverinfoQueryRequest,
  options?: CallOptions,
): Promise<AlibabaDchainAoxiangReceiverinfoQueryResponse> {
  return client.call<AlibabaDchainAoxiangReceiverinfoQueryResponse>(
    {
      method: 'alibaba.dchain.aoxiang.receiverinfo.query',
      responseRoot: 'alibaba_dchain_aoxiang_receiverinfo_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
