// Generated from specs/tmallservice/tmall.service.settlement.billinfo.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.service.settlement.billinfo.query` (查询工单结算信息). */
export interface TmallServiceSettlementBillinfoQueryRequest {
  /** 已经结算的工单ID */
  workcard_id: Int64Input;
}

/** Response of `tmall.service.settlement.billinfo.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServiceSettlementBillinfoQueryResponse {
  /** 接口响应 */
  result?: TmallServiceSettlementBillinfoQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `tmall.service.settlement.billinfo.query`. */
export interface TmallServiceSettlementBillinfoQueryResult {
  /** 错误信息 */
  display_msg?: string;
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 工单结算信息 */
  value?: TmallServiceSettlementBillinfoQueryWorkcardBillInfoDTO;
  /** 错误提示 */
  error_msg?: string;
}

/** `WorkcardBillInfoDTO` of `tmall.service.settlement.billinfo.query`. */
export interface TmallServiceSettlementBillinfoQueryWorkcardBillInfoDTO {
  /** 工单ID */
  workcard_id?: Int64;
  /** 分成金额（分） */
  amount?: Int64;
  /** 平台抽佣比例 0.0 ~ 1.0 */
  platform_commission_rate?: Int64;
  /** 费用明细 */
  details?: TmallServiceSettlementBillinfoQueryDouble[];
}

/** `Double` of `tmall.service.settlement.billinfo.query`. */
export interface TmallServiceSettlementBillinfoQueryDouble {
  /** 费用名称 */
  name?: string;
  /** 费用金额（分） */
  amount?: Int64;
}

const REQUEST_SCHEMA = {
  workcard_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    display_msg: 'String',
    success: 'Boolean',
    error_code: 'String',
    value: {
      workcard_id: 'Number',
      amount: 'Number',
      platform_commission_rate: 'Number',
      details: [
        {
          name: 'String',
          amount: 'Number',
        },
      ],
    },
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.service.settlement.billinfo.query`: method, response root, request and response schemas. */
export const tmallServiceSettlementBillinfoQueryOperation = {
  method: 'tmall.service.settlement.billinfo.query',
  responseRoot: 'tmall_service_settlement_billinfo_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询工单结算信息 — calls TOP method `tmall.service.settlement.billinfo.query`.
 *
 * 提供给服务商查询工单结算信息，包含结算的分成金额以及结算的收款明细，平台抽佣比例。用于服务商进行对账
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServiceSettlementBillinfoQuery(
  client: TopClient,
  request: TmallServiceSettlementBillinfoQueryRequest,
  options?: CallOptions,
): Promise<TmallServiceSettlementBillinfoQueryResponse> {
  return client.call<TmallServiceSettlementBillinfoQueryResponse>(
    {
      method: 'tmall.service.settlement.billinfo.query',
      responseRoot: 'tmall_service_settlement_billinfo_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
