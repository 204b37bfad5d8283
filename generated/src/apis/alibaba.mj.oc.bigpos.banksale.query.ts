// Generated from specs/mos/alibaba.mj.oc.bigpos.banksale.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mj.oc.bigpos.banksale.query` (大pos银行卡查账接口). */
export interface AlibabaMjOcBigposBanksaleQueryRequest {
  /** 开始时间 */
  start_time?: string;
  /** 卡号 */
  card_no?: string;
  /** 外部门店号 */
  out_store_no?: string;
  /** 结束时间 */
  end_time?: string;
}

/** Response of `alibaba.mj.oc.bigpos.banksale.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMjOcBigposBanksaleQueryResponse {
  /** 明细数量 */
  total?: Int64;
  /** 数据主体 */
  datas?: AlibabaMjOcBigposBanksaleQueryData[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Data` of `alibaba.mj.oc.bigpos.banksale.query`. */
export interface AlibabaMjOcBigposBanksaleQueryData {
  /** 行号 */
  row_no?: Int64;
  /** 交易时间 */
  oper_time?: string;
  /** 查询流水号 */
  pos_trace_no?: string;
  /** 银联系统参考号 */
  refnum?: string;
  /** 交易金额 */
  amount?: Int64;
  /** 已调账金额 */
  adjusted_amount?: Int64;
  /** 小票号后7位 */
  fphm?: string;
}

const REQUEST_SCHEMA = {
  start_time: 'String',
  card_no: 'String',
  out_store_no: 'String',
  end_time: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  total: 'Number',
  datas: [
    {
      row_no: 'Number',
      oper_time: 'String',
      pos_trace_no: 'String',
      refnum: 'String',
      amount: 'Number',
      adjusted_amount: 'Number',
      fphm: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `alibaba.mj.oc.bigpos.banksale.query`: method, response root, request and response schemas. */
export const alibabaMjOcBigposBanksaleQueryOperation = {
  method: 'alibaba.mj.oc.bigpos.banksale.query',
  responseRoot: 'alibaba_mj_oc_bigpos_banksale_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 大pos银行卡查账接口 — calls TOP method `alibaba.mj.oc.bigpos.banksale.query`.
 *
 * 大pos银行卡查账接口，给收银员查询银行卡销售记录，便于调账
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMjOcBigposBanksaleQuery(
  client: TopClient,
  request: AlibabaMjOcBigposBanksaleQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaMjOcBigposBanksaleQueryResponse> {
  return client.call<AlibabaMjOcBigposBanksaleQueryResponse>(
    {
      method: 'alibaba.mj.oc.bigpos.banksale.query',
      responseRoot: 'alibaba_mj_oc_bigpos_banksale_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
