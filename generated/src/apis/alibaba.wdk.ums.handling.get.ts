// Generated from specs/wdk/alibaba.wdk.ums.handling.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.ums.handling.get` (加工单-回流单（新接口）). */
export interface AlibabaWdkUmsHandlingGetRequest {
  /** 仓库编码 */
  warehouse_code?: string;
}

/** Response of `alibaba.wdk.ums.handling.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkUmsHandlingGetResponse {
  /** result */
  result?: AlibabaWdkUmsHandlingGetUtmsResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `UtmsResult` of `alibaba.wdk.ums.handling.get`. */
export interface AlibabaWdkUmsHandlingGetUtmsResult {
  /** list */
  list?: AlibabaWdkUmsHandlingGetBomProcessDTO[];
  /** code */
  code?: string;
  /** success */
  success?: boolean;
  /** msg */
  msg?: string;
}

/** `BomProcessDTO` of `alibaba.wdk.ums.handling.get`. */
export interface AlibabaWdkUmsHandlingGetBomProcessDTO {
  /** 部门编码 */
  dept_code?: string;
  /** 加工日期 */
  occurrence_date?: string;
  /** 加工类型 */
  occurrence_type?: string;
  /** 店仓code，指的是库调对象，对应一个物理店或仓编码 */
  warehouse_code?: string;
  /** 唯一识别码 */
  uuid?: string;
  /** 单据编码 */
  bom_process_code?: string;
  /** productItemInfos */
  product_item_infos?: AlibabaWdkUmsHandlingGetBomItemInfos[];
  /** materialItemInfos */
  material_item_infos?: AlibabaWdkUmsHandlingGetBomItemInfos[];
}

/** `BomItemInfos` of `alibaba.wdk.ums.handling.get`. */
export interface AlibabaWdkUmsHandlingGetBomItemInfos {
  /** quantity */
  quantity?: string;
  /** itemCode */
  item_code?: string;
  /** cabinetCode */
  cabinet_code?: string;
}

const REQUEST_SCHEMA = {
  warehouse_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    list: [
      {
        dept_code: 'String',
        occurrence_date: 'Date',
        occurrence_type: 'String',
        warehouse_code: 'String',
        uuid: 'String',
        bom_process_code: 'String',
        product_item_infos: [
          {
            quantity: 'String',
            item_code: 'String',
            cabinet_code: 'String',
          },
        ],
        material_item_infos: [
          {
            quantity: 'String',
            item_code: 'String',
            cabinet_code: 'String',
          },
        ],
      },
    ],
    code: 'String',
    success: 'Boolean',
    msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.ums.handling.get`: method, response root, request and response schemas. */
export const alibabaWdkUmsHandlingGetOperation = {
  method: 'alibaba.wdk.ums.handling.get',
  responseRoot: 'alibaba_wdk_ums_handling_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 加工单-回流单（新接口） — calls TOP method `alibaba.wdk.ums.handling.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkUmsHandlingGet(
  client: TopClient,
  request: AlibabaWdkUmsHandlingGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaWdkUmsHandlingGetResponse> {
  return client.call<AlibabaWdkUmsHandlingGetResponse>(
    {
      method: 'alibaba.wdk.ums.handling.get',
      responseRoot: 'alibaba_wdk_ums_handling_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
