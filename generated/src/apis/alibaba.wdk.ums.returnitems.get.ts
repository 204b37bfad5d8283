// Generated from specs/wdk/alibaba.wdk.ums.returnitems.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.ums.returnitems.get` (退货库位商品查询（退货出库辅助）-回流单). */
export interface AlibabaWdkUmsReturnitemsGetRequest {
  /** 店仓code，指的是作业对象，对应一个物理店或仓编码 */
  warehouse_code: string;
}

/** Response of `alibaba.wdk.ums.returnitems.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkUmsReturnitemsGetResponse {
  /** reslut */
  result?: AlibabaWdkUmsReturnitemsGetUtmsResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `UtmsResult` of `alibaba.wdk.ums.returnitems.get`. */
export interface AlibabaWdkUmsReturnitemsGetUtmsResult {
  /** list */
  list?: AlibabaWdkUmsReturnitemsGetErpReturnItemDto[];
  /** success */
  success?: boolean;
  /** msg */
  msg?: string;
  /** code */
  code?: string;
}

/** `ErpReturnItemDto` of `alibaba.wdk.ums.returnitems.get`. */
export interface AlibabaWdkUmsReturnitemsGetErpReturnItemDto {
  /** 数量 */
  count?: string;
  /** 库位号，退货库位号 */
  cabinet_code?: string;
  /** 商品code */
  item_code?: string;
  /** warehouseCode */
  warehouse_code?: string;
}

const REQUEST_SCHEMA = {
  warehouse_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    list: [
      {
        count: 'String',
        cabinet_code: 'String',
        item_code: 'String',
        warehouse_code: 'String',
      },
    ],
    success: 'Boolean',
    msg: 'String',
    code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.ums.returnitems.get`: method, response root, request and response schemas. */
export const alibabaWdkUmsReturnitemsGetOperation = {
  method: 'alibaba.wdk.ums.returnitems.get',
  responseRoot: 'alibaba_wdk_ums_returnitems_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 退货库位商品查询（退货出库辅助）-回流单 — calls TOP method `alibaba.wdk.ums.returnitems.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkUmsReturnitemsGet(
  client: TopClient,
  request: AlibabaWdkUmsReturnitemsGetRequest,
  options?: CallOptions,
): Promise<AlibabaWdkUmsReturnitemsGetResponse> {
  return client.call<AlibabaWdkUmsReturnitemsGetResponse>(
    {
      method: 'alibaba.wdk.ums.returnitems.get',
      responseRoot: 'alibaba_wdk_ums_returnitems_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
