// Generated from specs/alihealth2/alibaba.alihealth.examination.stock.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.examination.stock.query` (体检机构对接_体检套餐库存查询). */
export interface AlibabaAlihealthExaminationStockQueryRequest {
  /** 商户唯一码 */
  merchant_code?: string;
  /** 分院ID */
  hospital_id?: string;
  /** 套餐id */
  package_id?: string;
  /** 开始日期 */
  time_from?: string;
  /** 结束日期 */
  time_to?: string;
}

/** Response of `alibaba.alihealth.examination.stock.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthExaminationStockQueryResponse {
  /** 返回结果描述 */
  message?: string;
  /** 门店库存列表 */
  storage_list?: AlibabaAlihealthExaminationStockQueryStorage[];
  /** 返回结果编码 */
  response_code?: string;
  /** 是否支持分时能力 */
  time_sharing_enable?: boolean;
  /** 预约至少提前多少小时 */
  reservation_min_ahead_hours?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Storage` of `alibaba.alihealth.examination.stock.query`. */
export interface AlibabaAlihealthExaminationStockQueryStorage {
  /** 已经使用的数量 */
  used_num?: string;
  /** 日期 */
  str_regdate?: string;
  /** 可使用的最大数 */
  max_num?: string;
  /** 状态,目前仅瑞慈使用,瑞慈状态:00:正常 01:已满 02:机构休息 03: 预约截止 */
  status?: string;
}

const REQUEST_SCHEMA = {
  merchant_code: 'String',
  hospital_id: 'String',
  package_id: 'String',
  time_from: 'String',
  time_to: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  message: 'String',
  storage_list: [
    {
      used_num: 'String',
      str_regdate: 'String',
      max_num: 'String',
      status: 'String',
    },
  ],
  response_code: 'String',
  time_sharing_enable: 'Boolean',
  reservation_min_ahead_hours: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.examination.stock.query`: method, response root, request and response schemas. */
export const alibabaAlihealthExaminationStockQueryOperation = {
  method: 'alibaba.alihealth.examination.stock.query',
  responseRoot: 'alibaba_alihealth_examination_stock_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 体检机构对接_体检套餐库存查询 — calls TOP method `alibaba.alihealth.examination.stock.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthExaminationStockQuery(
  client: TopClient,
  request: AlibabaAlihealthExaminationStockQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthExaminationStockQueryResponse> {
  return client.call<AlibabaAlihealthExaminationStockQueryResponse>(
    {
      method: 'alibaba.alihealth.examination.stock.query',
      responseRoot: 'alibaba_alihealth_examination_stock_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
