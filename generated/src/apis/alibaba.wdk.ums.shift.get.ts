// Generated from specs/wdk/alibaba.wdk.ums.shift.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.ums.shift.get` (移库单获取). */
export interface AlibabaWdkUmsShiftGetRequest {
  /** 店仓code，指的是库调对象，对应一个物理店或仓编码 */
  warehouse_code?: string;
}

/** Response of `alibaba.wdk.ums.shift.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkUmsShiftGetResponse {
  /** result */
  result?: AlibabaWdkUmsShiftGetUtmsResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `UtmsResult` of `alibaba.wdk.ums.shift.get`. */
export interface AlibabaWdkUmsShiftGetUtmsResult {
  /** list */
  list?: AlibabaWdkUmsShiftGetStockShiftDTO[];
  /** code */
  code?: string;
  /** success */
  success?: boolean;
  /** msg */
  msg?: string;
}

/** `StockShiftDTO` of `alibaba.wdk.ums.shift.get`. */
export interface AlibabaWdkUmsShiftGetStockShiftDTO {
  /** itemList */
  item_list?: AlibabaWdkUmsShiftGetStockShiftDetailDTO[];
  /** remark */
  remark?: string;
  /** shiftDescribe */
  shift_describe?: string;
  /** occurrenceDate */
  occurrence_date?: string;
  /** warehouseCode */
  warehouse_code?: string;
  /** documentNo */
  document_no?: string;
  /** uuid */
  uuid?: string;
}

/** `StockShiftDetailDTO` of `alibaba.wdk.ums.shift.get`. */
export interface AlibabaWdkUmsShiftGetStockShiftDetailDTO {
  /** batchInfo */
  batch_info?: string;
  /** outDeptCode */
  out_dept_code?: string;
  /** inDeptCode */
  in_dept_code?: string;
  /** outCabinetCode */
  out_cabinet_code?: string;
  /** inCabinetCode */
  in_cabinet_code?: string;
  /** quantity */
  quantity?: string;
  /** itemCode */
  item_code?: string;
}

const REQUEST_SCHEMA = {
  warehouse_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    list: [
      {
        item_list: [
          {
            batch_info: 'String',
            out_dept_code: 'String',
            in_dept_code: 'String',
            out_cabinet_code: 'String',
            in_cabinet_code: 'String',
            quantity: 'String',
            item_code: 'String',
          },
        ],
        remark: 'String',
        shift_describe: 'String',
        occurrence_date: 'Date',
        warehouse_code: 'String',
        document_no: 'String',
        uuid: 'String',
      },
    ],
    code: 'String',
    success: 'Boolean',
    msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.ums.shift.get`: method, response root, request and response schemas. */
export const alibabaWdkUmsShiftGetOperation = {
  method: 'alibaba.wdk.ums.shift.get',
  responseRoot: 'alibaba_wdk_ums_shift_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 移库单获取 — calls TOP method `alibaba.wdk.ums.shift.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkUmsShiftGet(
  client: TopClient,
  request: AlibabaWdkUmsShiftGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaWdkUmsShiftGetResponse> {
  return client.call<AlibabaWdkUmsShiftGetResponse>(
    {
      method: 'alibaba.wdk.ums.shift.get',
      responseRoot: 'alibaba_wdk_ums_shift_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
