// Generated from specs/wdk/alibaba.wdk.ums.inventory.check.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.ums.inventory.check.get` (盘点结果单-回流单). */
export interface AlibabaWdkUmsInventoryCheckGetRequest {
  /** 店仓code，指的是库调对象，对应一个物理店或仓编码 */
  warehouse_code: string;
}

/** Response of `alibaba.wdk.ums.inventory.check.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkUmsInventoryCheckGetResponse {
  /** result */
  result?: AlibabaWdkUmsInventoryCheckGetUtmsResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `UtmsResult` of `alibaba.wdk.ums.inventory.check.get`. */
export interface AlibabaWdkUmsInventoryCheckGetUtmsResult {
  /** list */
  list?: AlibabaWdkUmsInventoryCheckGetPdStockDto[];
  /** true */
  success?: boolean;
  /** msg */
  msg?: string;
  /** code */
  code?: string;
}

/** `PdStockDto` of `alibaba.wdk.ums.inventory.check.get`. */
export interface AlibabaWdkUmsInventoryCheckGetPdStockDto {
  /** 备注 */
  remark?: string;
  /** 盘点类型，可选值：1：大盘 2：周盘 ； */
  pd_type?: Int64;
  /** 单据号 */
  pd_order_code?: string;
  /** 店仓code，指的是盘点对象，对应一个物理店或仓编码 */
  warehouse_code?: string;
  /** 唯一识别码 */
  uuid?: string;
  /** itemList */
  item_list?: AlibabaWdkUmsInventoryCheckGetPdStockDetailDto[];
}

/** `PdStockDetailDto` of `alibaba.wdk.ums.inventory.check.get`. */
export interface AlibabaWdkUmsInventoryCheckGetPdStockDetailDto {
  /** 备注 */
  remark?: string;
  /** 盘点时间，盘点结果提交的时间 */
  effective_time?: string;
  /** 盘点人员 */
  operator_name?: string;
  /** 差异数量，盘点结果数量与快照数量的差异值 */
  diff_count?: string;
  /** 实盘数量，盘点结果数量 */
  real_count?: string;
  /** 快照数量，盘点任务单下发时的商品数量 */
  snapshot_count?: string;
  /** 库位，盒马系统中的库位号 */
  cabinet_code?: string;
  /** 商品code */
  item_code?: string;
}

const REQUEST_SCHEMA = {
  warehouse_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    list: [
      {
        remark: 'String',
        pd_type: 'Number',
        pd_order_code: 'String',
        warehouse_code: 'String',
        uuid: 'String',
        item_list: [
          {
            remark: 'String',
            effective_time: 'Date',
            operator_name: 'String',
            diff_count: 'String',
            real_count: 'String',
            snapshot_count: 'String',
            cabinet_code: 'String',
            item_code: 'String',
          },
        ],
      },
    ],
    success: 'Boolean',
    msg: 'String',
    code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.ums.inventory.check.get`: method, response root, request and response schemas. */
export const alibabaWdkUmsInventoryCheckGetOperation = {
  method: 'alibaba.wdk.ums.inventory.check.get',
  responseRoot: 'alibaba_wdk_ums_inventory_check_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 盘点结果单-回流单 — calls TOP method `alibaba.wdk.ums.inventory.check.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkUmsInventoryCheckGet(
  client: TopClient,
  request: AlibabaWdkUmsInventoryCheckGetRequest,
  options?: CallOptions,
): Promise<AlibabaWdkUmsInventoryCheckGetResponse> {
  return client.call<AlibabaWdkUmsInventoryCheckGetResponse>(
    {
      method: 'alibaba.wdk.ums.inventory.check.get',
      responseRoot: 'alibaba_wdk_ums_inventory_check_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
