// Generated from specs/mos/alibaba.mj.presale.settlement.statistics.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mj.presale.settlement.statistics` (预购结算数据统计). */
export interface AlibabaMjPresaleSettlementStatisticsRequest {
  /** 活动期号 */
  action_no: Int64Input;
  /** 外部门店编码 */
  store_no: string;
}

/** Response of `alibaba.mj.presale.settlement.statistics`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMjPresaleSettlementStatisticsResponse {
  /** data */
  data?: AlibabaMjPresaleSettlementStatisticsData;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Data` of `alibaba.mj.presale.settlement.statistics`. */
export interface AlibabaMjPresaleSettlementStatisticsData {
  /** onLineNum */
  on_line_num?: string;
  /** aliPayNum */
  ali_pay_num?: string;
  /** offLineNum */
  off_line_num?: string;
  /** aliPayPrice */
  ali_pay_price?: string;
  /** onLinePrice */
  on_line_price?: string;
  /** offLinePrice */
  off_line_price?: string;
}

const REQUEST_SCHEMA = {
  action_no: 'Number',
  store_no: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    on_line_num: 'String',
    ali_pay_num: 'String',
    off_line_num: 'String',
    ali_pay_price: 'String',
    on_line_price: 'String',
    off_line_price: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.mj.presale.settlement.statistics`: method, response root, request and response schemas. */
export const alibabaMjPresaleSettlementStatisticsOperation = {
  method: 'alibaba.mj.presale.settlement.statistics',
  responseRoot: 'alibaba_mj_presale_settlement_statistics_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 预购结算数据统计 — calls TOP method `alibaba.mj.presale.settlement.statistics`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMjPresaleSettlementStatistics(
  client: TopClient,
  request: AlibabaMjPresaleSettlementStatisticsRequest,
  options?: CallOptions,
): Promise<AlibabaMjPresaleSettlementStatisticsResponse> {
  return client.call<AlibabaMjPresaleSettlementStatisticsResponse>(
    {
      method: 'alibaba.mj.presale.settlement.statistics',
      responseRoot: 'alibaba_mj_presale_settlement_statistics_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
