// Generated from specs/alihealth2/alibaba.alihealth.bc.item.period.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.bc.item.period.sync` (代销品效期同步). */
export interface AlibabaAlihealthBcItemPeriodSyncRequest {
  /** 请求体 */
  validity_period_sync_req_dto?: AlibabaAlihealthBcItemPeriodSyncValidityPeriodSyncReqDTOInput;
}

/** Response of `alibaba.alihealth.bc.item.period.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthBcItemPeriodSyncResponse {
  /** 链路跟踪id, 用于排查问题 */
  trace_id?: string;
  /** 请求是否可重试 */
  can_retry?: boolean;
  /** 当前请求是否成功-所有明细都成功才算成功 */
  succ?: boolean;
  /** 错误编码, 编码以"ALIHEALTH.BC.5"开头时表示当前品仓的操作处于未知状态, 后继可通过同样的请求流水号来获取最终结果 */
  error_no?: string;
  /** 错误描述 */
  error_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ValidityPeriodSyncReqDTO` of `alibaba.alihealth.bc.item.period.sync`. */
export interface AlibabaAlihealthBcItemPeriodSyncValidityPeriodSyncReqDTOInput {
  /** 供应商ID */
  supplier_id: Int64Input;
  /** 请求明细 */
  items: AlibabaAlihealthBcItemPeriodSyncValidityPeriodItemInput[];
  /** 仓库编码 */
  store_code: string;
}

/** `ValidityPeriodItem` of `alibaba.alihealth.bc.item.period.sync`. */
export interface AlibabaAlihealthBcItemPeriodSyncValidityPeriodItemInput {
  /** 货品名称 */
  sc_item_name?: string;
  /** 请求子明细 */
  sub_items: AlibabaAlihealthBcItemPeriodSyncValidityPeriodSubItemInput[];
  /** 规格 */
  specification: string;
  /** 货品ID */
  sc_item_id: Int64Input;
  /** 批准文号 */
  approval_number: string;
  /** 条码 */
  barcode: string;
  /** 生产企业 */
  manufacturer: string;
}

/** `ValidityPeriodSubItem` of `alibaba.alihealth.bc.item.period.sync`. */
export interface AlibabaAlihealthBcItemPeriodSyncValidityPeriodSubItemInput {
  /** 生产日期 */
  produce_date: string;
  /** 数量 */
  quantity: Int64Input;
  /** 失效日期 */
  expire_date: string;
  /** 生产批号 */
  produce_no: string;
}

const REQUEST_SCHEMA = {
  validity_period_sync_req_dto: {
    supplier_id: 'Number',
    items: [
      {
        sc_item_name: 'String',
        sub_items: [
          {
            produce_date: 'String',
            quantity: 'Number',
            expire_date: 'String',
            produce_no: 'String',
          },
        ],
        specification: 'String',
        sc_item_id: 'Number',
        approval_number: 'String',
        barcode: 'String',
        manufacturer: 'String',
      },
    ],
    store_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  trace_id: 'String',
  can_retry: 'Boolean',
  succ: 'Boolean',
  error_no: 'String',
  error_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.bc.item.period.sync`: method, response root, request and response schemas. */
export const alibabaAlihealthBcItemPeriodSyncOperation = {
  method: 'alibaba.alihealth.bc.item.period.sync',
  responseRoot: 'alibaba_alihealth_bc_item_period_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 代销品效期同步 — calls TOP method `alibaba.alihealth.bc.item.period.sync`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthBcItemPeriodSync(
  client: TopClient,
  request: AlibabaAlihealthBcItemPeriodSyncRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthBcItemPeriodSyncResponse> {
  return client.call<AlibabaAlihealthBcItemPeriodSyncResponse>(
    {
      method: 'alibaba.alihealth.bc.item.period.sync',
      responseRoot: 'alibaba_alihealth_bc_item_period_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
