// Generated from specs/wdk/alibaba.wdk.ums.inventory.adjust.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.ums.inventory.adjust.get` (库调单-回流单). */
export interface AlibabaWdkUmsInventoryAdjustGetRequest {
  /** 店仓code，指的是库调对象，对应一个物理店或仓编码 */
  warehouse_code: string;
}

/** Response of `alibaba.wdk.ums.inventory.adjust.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkUmsInventoryAdjustGetResponse {
  /** result */
  result?: AlibabaWdkUmsInventoryAdjustGetUtmsResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `UtmsResult` of `alibaba.wdk.ums.inventory.adjust.get`. */
export interface AlibabaWdkUmsInventoryAdjustGetUtmsResult {
  /** code */
  code?: string;
  /** list */
  list?: AlibabaWdkUmsInventoryAdjustGetStockChangeDto[];
  /** msg */
  msg?: string;
  /** success */
  success?: boolean;
}

/** `StockChangeDto` of `alibaba.wdk.ums.inventory.adjust.get`. */
export interface AlibabaWdkUmsInventoryAdjustGetStockChangeDto {
  /** itemList */
  item_list?: AlibabaWdkUmsInventoryAdjustGetStockChangeDetailDto[];
  /** 部门编码 */
  dept_code?: string;
  /** remark */
  remark?: string;
  /** adjustDescribe */
  adjust_describe?: string;
  /** occurrenceDate */
  occurrence_date?: string;
  /** warehouseCode */
  warehouse_code?: string;
  /** 单据类型 */
  document_type?: Int64;
  /** supplierCode */
  supplier_code?: string;
  /** documentNo */
  document_no?: string;
  /** uuid */
  uuid?: string;
  /** 费用承担部门（按需取） */
  cost_duty_dept_code?: string;
}

/** `StockChangeDetailDto` of `alibaba.wdk.ums.inventory.adjust.get`. */
export interface AlibabaWdkUmsInventoryAdjustGetStockChangeDetailDto {
  /** quantity */
  quantity?: string;
  /** itemCode */
  item_code?: string;
  /** batchCode */
  batch_code?: string;
  /** reason */
  reason?: string;
  /** bizOrderCode */
  biz_order_code?: string;
  /** cabinetCode */
  cabinet_code?: string;
}

const REQUEST_SCHEMA = {
  warehouse_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    list: [
      {
        item_list: [
          {
            quantity: 'String',
            item_code: 'String',
            batch_code: 'String',
            reason: 'String',
            biz_order_code: 'String',
            cabinet_code: 'String',
          },
        ],
        dept_code: 'String',
        remark: 'String',
        adjust_describe: 'String',
        occurrence_date: 'Date',
        warehouse_code: 'String',
        document_type: 'Number',
        supplier_code: 'String',
        document_no: 'String',
        uuid: 'String',
        cost_duty_dept_code: 'String',
      },
    ],
    msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.ums.inventory.adjust.get`: method, response root, request and response schemas. */
export const alibabaWdkUmsInventoryAdjustGetOperation = {
  method: 'alibaba.wdk.ums.inventory.adjust.get',
  responseRoot: 'alibaba_wdk_ums_inventory_adjust_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 库调单-回流单 — calls TOP method `alibaba.wdk.ums.inventory.adjust.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkUmsInventoryAdjustGet(
  client: TopClient,
  request: AlibabaWdkUmsInventoryAdjustGetRequest,
  options?: CallOptions,
): Promise<AlibabaWdkUmsInventoryAdjustGetResponse> {
  return client.call<AlibabaWdkUmsInventoryAdjustGetResponse>(
    {
      method: 'alibaba.wdk.ums.inventory.adjust.get',
      responseRoot: 'alibaba_wdk_ums_inventory_adjust_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
