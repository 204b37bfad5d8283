// Generated from specs/wdk/wdk.wms.pick.medicine.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `wdk.wms.pick.medicine.query` (查询拣货单中的药品信息). */
export interface WdkWmsPickMedicineQueryRequest {
  /** uuid */
  uuid: string;
  /** shopId */
  shop_id: Int64Input;
}

/** Response of `wdk.wms.pick.medicine.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface WdkWmsPickMedicineQueryResponse {
  /** 接口返回model */
  result?: WdkWmsPickMedicineQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `wdk.wms.pick.medicine.query`. */
export interface WdkWmsPickMedicineQueryResult {
  /** 系统自动生成 */
  error_msg?: string;
  /** 拣货单维度药品信息list */
  medicine_items?: WdkWmsPickMedicineQueryMedicineItemDo[];
  /** 是否成功 */
  success?: boolean;
  /** 履约单维度药品明细 */
  source_order_medicine_d_t_o_s?: WdkWmsPickMedicineQuerySourceOrderMedicineDto[];
}

/** `MedicineItemDo` of `wdk.wms.pick.medicine.query`. */
export interface WdkWmsPickMedicineQueryMedicineItemDo {
  /** 数量 */
  count?: Int64;
  /** sku名称 */
  sku_title?: string;
  /** sku编码 */
  sku_code?: string;
}

/** `SourceOrderMedicineDto` of `wdk.wms.pick.medicine.query`. */
export interface WdkWmsPickMedicineQuerySourceOrderMedicineDto {
  /** 药品明细list */
  medicine_item_d_o_s?: WdkWmsPickMedicineQueryMedicineItemDo[];
  /** 盒马履约单号 */
  source_order_code?: string;
  /** 外部单号(比如饿了么) */
  original_order_id?: string;
  /** 盒马app订单号 */
  out_main_order_id?: string;
}

const REQUEST_SCHEMA = {
  uuid: 'String',
  shop_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_msg: 'String',
    medicine_items: [
      {
        count: 'Number',
        sku_title: 'String',
        sku_code: 'String',
      },
    ],
    success: 'Boolean',
    source_order_medicine_d_t_o_s: [
      {
        medicine_item_d_o_s: [
          {
            count: 'Number',
            sku_title: 'String',
            sku_code: 'String',
          },
        ],
        source_order_code: 'String',
        original_order_id: 'String',
        out_main_order_id: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `wdk.wms.pick.medicine.query`: method, response root, request and response schemas. */
export const wdkWmsPickMedicineQueryOperation = {
  method: 'wdk.wms.pick.medicine.query',
  responseRoot: 'wdk_wms_pick_medicine_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询拣货单中的药品信息 — calls TOP method `wdk.wms.pick.medicine.query`.
 *
 * 联营商药机查询拣货单中的药品信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function wdkWmsPickMedicineQuery(
  client: TopClient,
  request: WdkWmsPickMedicineQueryRequest,
  options?: CallOptions,
): Promise<WdkWmsPickMedicineQueryResponse> {
  return client.call<WdkWmsPickMedicineQueryResponse>(
    {
      method: 'wdk.wms.pick.medicine.query',
      responseRoot: 'wdk_wms_pick_medicine_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
