// Generated from specs/ascp/alibaba.dchain.aoxiang.consignorder.cancel.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.dchain.aoxiang.consignorder.cancel` (自动流转单据取消仓内发货). */
export interface AlibabaDchainAoxiangConsignorderCancelRequest {
  /** 取消仓内发货入参 */
  cancel_consignorder_request: AlibabaDchainAoxiangConsignorderCancelCancelConsignOrderRequestInput;
}

/** Response of `alibaba.dchain.aoxiang.consignorder.cancel`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDchainAoxiangConsignorderCancelResponse {
  /** 返回结果 */
  cancel_consignorder_response?: AlibabaDchainAoxiangConsignorderCancelCancelConsignOrderResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CancelConsignOrderRequest` of `alibaba.dchain.aoxiang.consignorder.cancel`. */
export interface AlibabaDchainAoxiangConsignorderCancelCancelConsignOrderRequestInput {
  /** 仓库编码(统仓统配等无需ERP指定仓储编码的情况填OTHER) */
  warehouse_code?: string;
  /** 货主编码 */
  owner_code?: string;
  /** 翱象的发货单号（翱象发货单号、交易主单号两个字段必须填一个） */
  consign_order_code?: string;
  /** 交易主单号（翱象发货单号、交易主单号两个字段必须填一个） */
  trade_id?: string;
  /** 交易子单号 */
  sub_trade_ids?: string[];
  /** 取消原因 */
  cancel_reason?: string;
  /** 扩展属性 */
  extend_props?: string;
  /** 业务请求时间 */
  request_time: Int64Input;
  /** 业务请求Id，用于幂等 */
  request_id: string;
}

/** `CancelConsignOrderResponse` of `alibaba.dchain.aoxiang.consignorder.cancel`. */
export interface AlibabaDchainAoxiangConsignorderCancelCancelConsignOrderResponse {
  /** 成功或者失败 */
  success?: boolean;
  /** 返回信息 */
  message?: string;
  /** 返回信息码 */
  code?: string;
}

const REQUEST_SCHEMA = {
  cancel_consignorder_request: {
    warehouse_code: 'String',
    owner_code: 'String',
    consign_order_code: 'String',
    trade_id: 'String',
    sub_trade_ids: ['String'],
    cancel_reason: 'String',
    extend_props: 'String',
    request_time: 'Number',
    request_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  cancel_consignorder_response: {
    success: 'Boolean',
    message: 'String',
    code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.dchain.aoxiang.consignorder.cancel`: method, response root, request and response schemas. */
export const alibabaDchainAoxiangConsignorderCancelOperation = {
  method: 'alibaba.dchain.aoxiang.consignorder.cancel',
  responseRoot: 'alibaba_dchain_aoxiang_consignorder_cancel_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 自动流转单据取消仓内发货 — calls TOP method `alibaba.dchain.aoxiang.consignorder.cancel`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDchainAoxiangConsignorderCancel(
  client: TopClient,
  request: AlibabaDchainAoxiangConsignorderCancelRequest,
  options?: CallOptions,
): Promise<AlibabaDchainAoxiangConsignorderCancelResponse> {
  return client.call<AlibabaDchainAoxiangConsignorderCancelResponse>(
    {
      method: 'alibaba.dchain.aoxiang.consignorder.cancel',
      responseRoot: 'alibaba_dchain_aoxiang_consignorder_cancel_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
